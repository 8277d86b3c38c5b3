package vn.pccovid.access;

import java.util.EnumSet;

import vn.pccovid.core.Permission;
import java.util.Set;

import static vn.pccovid.core.Permission.*;

/**
 * The staff roles of the platform and what each may do. Every role is held within an area scope ({@link Scope});
 * the permissions say what, the scope says where. Roles get only the permissions their work needs: a system
 * administrator manages accounts but reads no citizen's data.
 */
public enum Role {

	SYSTEM_ADMIN(ACCOUNT_MANAGE, AUDIT_READ, OUTBOX_READ, METRICS_READ, CITIZEN_IMPORT, PERSONAL_QR_KEYS),
	PROVINCE_ADMIN(ACCOUNT_MANAGE, AUDIT_READ, CITIZEN_IMPORT, CITIZEN_REGISTER),
	REGISTRY_OFFICER(CITIZEN_READ, CITIZEN_CONTACT_READ, CITIZEN_REGISTER, CITIZEN_IMPORT, IDENTITY_VERIFY, PAPER_QR_ISSUE),
	HEALTH_WORKER(CITIZEN_READ, CITIZEN_CONTACT_READ, IDENTITY_VERIFY, PERSONAL_QR_VERIFY, PAPER_QR_ISSUE),
	VACCINATION_STAFF(CITIZEN_READ, CITIZEN_CONTACT_READ, IDENTITY_VERIFY, PERSONAL_QR_VERIFY),
	EPIDEMIOLOGIST(CITIZEN_READ, CITIZEN_CONTACT_READ, IDENTITY_VERIFY, PERSONAL_QR_VERIFY),
	WARD_POLICE(CITIZEN_READ, CITIZEN_CONTACT_READ, CITIZEN_REGISTER, IDENTITY_VERIFY, PERSONAL_QR_VERIFY, PAPER_QR_ISSUE),
	CHECKPOINT_OFFICER(CITIZEN_READ, IDENTITY_VERIFY, PERSONAL_QR_VERIFY),
	LOCAL_GOVERNMENT_OFFICER(CITIZEN_READ, IDENTITY_VERIFY, PAPER_QR_ISSUE),
	VENUE_OWNER(PERSONAL_QR_VERIFY),
	/** Another system (a partner's server) calling the API with its own account. */
	PARTNER_SYSTEM(IDENTITY_VERIFY);

	private final EnumSet<Permission> permissions;

	Role(Permission... permissions) {
		this.permissions = permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.of(permissions[0], permissions);
	}

	public Set<Permission> permissions() {
		return EnumSet.copyOf(permissions);
	}

	public boolean grants(Permission permission) {
		return permissions.contains(permission);
	}
}
