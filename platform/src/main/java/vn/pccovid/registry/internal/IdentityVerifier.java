package vn.pccovid.registry.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.pccovid.core.InvalidInputException;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.IdentityCheck;
import vn.pccovid.registry.IdentityClaim;
import vn.pccovid.registry.IdentityVerification;
import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.registry.PersonName;

/**
 * Verifies claimed identities with one lookup on the unique CCCD index; the answer names only the claimed fields
 * that differ, never the stored values.
 */
@Service
class IdentityVerifier implements IdentityVerification {

	private static final IdentityCheck UNKNOWN = new IdentityCheck(false, List.of(Cccd.FIELD));

	private final CitizenRecords citizens;
	private final AuditLog audit;

	IdentityVerifier(CitizenRecords citizens, AuditLog audit) {
		this.citizens = citizens;
		this.audit = audit;
	}

	@Override
	public IdentityCheck verify(Actor actor, IdentityClaim claim) {
		String cccd = claim.cccd() == null ? "" : claim.cccd().strip();
		if (cccd.isEmpty()) {
			throw new InvalidInputException(Cccd.FIELD, "registry.field.required", Cccd.FIELD);
		}
		if (!Cccd.isWellFormed(cccd)) {
			throw new InvalidInputException(Cccd.FIELD, "registry.cccd.format", cccd);
		}
		String nameKey = PersonName.key(claim.fullName());
		if (nameKey == null || nameKey.isEmpty()) {
			throw new InvalidInputException("fullName", "registry.field.required", "fullName");
		}
		if (nameKey.length() > PersonName.MAX_LENGTH) {
			throw new InvalidInputException("fullName", "registry.name.invalid", PersonName.MAX_LENGTH);
		}
		if (claim.dateOfBirth() == null) {
			throw new InvalidInputException("dateOfBirth", "registry.field.required", "dateOfBirth");
		}
		return citizens.identity(cccd).map(stored -> {
			audit.recordSoon(actor, AuditAction.VERIFY, "identity-verification", "identity",
					List.of(new AuditSubject(stored.id(), stored.area())));
			List<String> mismatches = new ArrayList<>(2);
			if (!PersonName.key(stored.fullName()).equals(nameKey)) {
				mismatches.add("fullName");
			}
			if (!stored.dateOfBirth().equals(claim.dateOfBirth())) {
				mismatches.add("dateOfBirth");
			}
			return new IdentityCheck(mismatches.isEmpty(), mismatches);
		}).orElse(UNKNOWN);
	}
}
