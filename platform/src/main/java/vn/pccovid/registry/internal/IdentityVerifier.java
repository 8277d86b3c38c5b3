package vn.pccovid.registry.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.access.AuditSubject;
import vn.pccovid.core.InvalidInputException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.TooManyRequestsException;
import vn.pccovid.registry.Cccd;
import vn.pccovid.registry.IdentityCheck;
import vn.pccovid.registry.IdentityClaim;
import vn.pccovid.registry.IdentityVerification;
import vn.pccovid.registry.PersonName;

/**
 * Verifies claimed identities with one statement (unique CCCD index + the caller's failure count). Which fields
 * differ is told only to callers who may read the citizen: to anyone else it would be an oracle that reveals a date
 * of birth in a few dozen guesses. Failures are counted per caller and CCCD, so guessing stops at the quota.
 */
@Service
class IdentityVerifier implements IdentityVerification {

	static final String PURPOSE = "identity-verification";

	private final VerificationQuota quota;
	private final AuditLog audit;

	IdentityVerifier(VerificationQuota quota, AuditLog audit) {
		this.quota = quota;
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
		VerificationQuota.Lookup lookup = quota.lookup(actor, cccd);
		var stored = lookup.identity();
		if (!lookup.retryAfter().isZero()) {
			audit(actor, stored.orElse(null), cccd, "refused");
			throw refused(lookup.retryAfter());
		}
		List<String> mismatches = new ArrayList<>(2);
		boolean mayRead;
		if (stored.isEmpty()) {
			mismatches.add(Cccd.FIELD);
			// Only a national reader may learn that a number is nowhere: anyone else could not tell it from "outside".
			mayRead = actor.can(Permission.CITIZEN_READ) && actor.scope().isNational();
		}
		else {
			if (!PersonName.key(stored.get().fullName()).equals(nameKey)) {
				mismatches.add("fullName");
			}
			if (!stored.get().dateOfBirth().equals(claim.dateOfBirth())) {
				mismatches.add("dateOfBirth");
			}
			mayRead = actor.can(Permission.CITIZEN_READ) && actor.scope().covers(stored.get().area());
		}
		if (!mismatches.isEmpty()) {
			Duration wait = quota.fail(actor, cccd);
			if (!wait.isZero()) {
				audit(actor, stored.orElse(null), cccd, "refused");
				throw refused(wait);
			}
		}
		audit(actor, stored.orElse(null), cccd, "identity");
		return mayRead ? new IdentityCheck(mismatches.isEmpty(), mismatches) : IdentityCheck.only(mismatches.isEmpty());
	}

	/** Against the citizen when known; else an entry without one that names only the number's last four digits. */
	private void audit(Actor actor, CitizenRecords.Identity stored, String cccd, String what) {
		if (stored != null) {
			audit.recordSoon(actor, AuditAction.VERIFY, PURPOSE, what, List.of(new AuditSubject(stored.id(), stored.area())));
		}
		else {
			audit.recordMissSoon(actor, AuditAction.VERIFY, PURPOSE, what + ";cccd=********" + cccd.substring(8), null);
		}
	}

	private static TooManyRequestsException refused(Duration wait) {
		return new TooManyRequestsException(wait, "registry.verification.quota", Math.max(1, wait.toMinutes()));
	}
}
