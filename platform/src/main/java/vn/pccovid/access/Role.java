package vn.pccovid.access;

import static vn.pccovid.core.Permission.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.pccovid.core.Permission;

/**
 * The staff roles of the platform, what each may do and why. Every role is held within an area scope
 * ({@link Scope}): the permissions say what, the scope says where, and the purposes say for which ends its holders
 * may read personal data (each read is audited with one of them, see {@link Actor#purpose}). Roles get only the
 * permissions their work needs: a system administrator manages accounts but reads no citizen's data.
 * <p>
 * {@code docs/access.md} shows this table; a test fails when the two disagree.
 */
public enum Role {

	SYSTEM_ADMIN(List.of(Purposes.AUDIT_REVIEW, Purposes.REGISTRY_MAINTENANCE, "system-operation"),
			ACCOUNT_MANAGE, AUDIT_READ, OUTBOX_READ, METRICS_READ, CITIZEN_IMPORT, NOTIFICATION_READ, PERSONAL_QR_KEYS,
			CERTIFICATE_TRUST_MANAGE),
	PROVINCE_ADMIN(List.of(Purposes.AUDIT_REVIEW, Purposes.REGISTRY_MAINTENANCE),
			ACCOUNT_MANAGE, AUDIT_READ, CITIZEN_IMPORT, CITIZEN_REGISTER, NOTIFICATION_READ,
			VACCINATION_SITE_MANAGE, VACCINE_STOCK_MANAGE, CARD_RULES_MANAGE, MOVEMENT_RULES_MANAGE,
			RELIEF_PROGRAMME_MANAGE),
	REGISTRY_OFFICER(List.of(Purposes.REGISTRY_MAINTENANCE),
			CITIZEN_READ, CITIZEN_CONTACT_READ, CITIZEN_REGISTER, CITIZEN_IMPORT, IDENTITY_VERIFY, PAPER_QR_ISSUE),
	HEALTH_WORKER(List.of("testing", "vaccination", "treatment", Purposes.CASE_INVESTIGATION),
			CITIZEN_READ, CITIZEN_CONTACT_READ, IDENTITY_VERIFY, NOTIFICATION_READ, PERSONAL_QR_VERIFY, PAPER_QR_ISSUE,
			DECLARATION_READ, DECLARATION_RECORD, VENUE_APPROVE, VISITOR_LOG_READ, TESTING_SITE_MANAGE, SAMPLE_TAKE,
			RESULT_READ, VACCINATION_RECORD, VACCINATION_READ, CASE_READ, CASE_MANAGE, CERTIFICATE_VERIFY),
	VACCINATION_STAFF(List.of("vaccination"),
			CITIZEN_READ, CITIZEN_CONTACT_READ, IDENTITY_VERIFY, PERSONAL_QR_VERIFY, VACCINATION_SITE_MANAGE,
			VACCINATION_RECORD, VACCINE_STOCK_MANAGE, VACCINATION_READ, VACCINATION_REGISTER_LIST, CERTIFICATE_VERIFY),
	/** Laboratory staff: receive sample tubes and record results. */
	LAB_TECHNICIAN(List.of("testing"),
			IDENTITY_VERIFY, RESULT_RECORD, RESULT_READ),
	EPIDEMIOLOGIST(List.of(Purposes.CASE_INVESTIGATION, "contact-tracing"),
			CITIZEN_READ, CITIZEN_CONTACT_READ, IDENTITY_VERIFY, PERSONAL_QR_VERIFY, DECLARATION_READ, VENUE_APPROVE,
			VISITOR_LOG_READ, RESULT_READ, VACCINATION_READ, CASE_READ, CASE_MANAGE, TRACING_RUN),
	WARD_POLICE(List.of("quarantine-enforcement", Purposes.CASE_INVESTIGATION, Purposes.REGISTRY_MAINTENANCE),
			CITIZEN_READ, CITIZEN_CONTACT_READ, CITIZEN_REGISTER, IDENTITY_VERIFY, PERSONAL_QR_VERIFY, PAPER_QR_ISSUE,
			CASE_READ, CASE_MANAGE, PERMIT_DECIDE, CHECKPOINT_MANAGE, CHECKPOINT_SCAN, SHIPPER_READ, CERTIFICATE_VERIFY),
	CHECKPOINT_OFFICER(List.of("movement-control"),
			CITIZEN_READ, IDENTITY_VERIFY, PERSONAL_QR_VERIFY, CHECKPOINT_SCAN, CERTIFICATE_VERIFY),
	LOCAL_GOVERNMENT_OFFICER(List.of("relief-support", "quarantine-enforcement"),
			CITIZEN_READ, IDENTITY_VERIFY, PAPER_QR_ISSUE, RELIEF_PROPOSE, RELIEF_APPROVE, RELIEF_READ),
	/** Pays relief against signature or by transfer and exports bank files; reads only what a payment needs. */
	RELIEF_CASHIER(List.of("relief-support"),
			IDENTITY_VERIFY, RELIEF_PAY, RELIEF_READ),
	VENUE_OWNER(List.of("venue-check-in"), PERSONAL_QR_VERIFY, VENUE_REGISTER, VENUE_SCAN, CERTIFICATE_VERIFY),
	/** An employer's account in a ward: applies for its workers' permits and registers them for vaccination. */
	ORGANISATION(List.of("employer-registration"),
			IDENTITY_VERIFY, PERMIT_APPLY, VACCINATION_REGISTER_LIST),
	/** Another system (a partner's server) calling the API with its own account. */
	PARTNER_SYSTEM(List.of("identity-verification", "venue-check-in"),
			IDENTITY_VERIFY, VENUE_SCAN);

	private final List<String> purposes;
	private final EnumSet<Permission> permissions;

	Role(List<String> purposes, Permission... permissions) {
		this.purposes = List.copyOf(purposes);
		this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(permissions);
	}

	public boolean grants(Permission permission) {
		return permissions.contains(permission);
	}

	/** The purposes its holders may give for reading personal data, the default first. */
	public List<String> purposes() {
		return purposes;
	}

	/** Purpose labels shared by several roles. */
	private static final class Purposes {
		static final String AUDIT_REVIEW = "audit-review";
		static final String REGISTRY_MAINTENANCE = "registry-maintenance";
		static final String CASE_INVESTIGATION = "case-investigation";
	}
}
