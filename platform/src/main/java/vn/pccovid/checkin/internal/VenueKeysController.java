package vn.pccovid.checkin.internal;

import java.util.Map;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.pccovid.access.Actor;
import vn.pccovid.access.AuditAction;
import vn.pccovid.access.AuditLog;
import vn.pccovid.core.Allowed;
import vn.pccovid.core.AreaRule;
import vn.pccovid.core.ConflictException;
import vn.pccovid.core.NotFoundException;
import vn.pccovid.core.Permission;
import vn.pccovid.core.SigningKeyring;

/** Rotation and retirement of the venue-QR keys (system administrators); the JWK set is in {@link VenueController}. */
@RestController
@Tag(name = "Venues")
class VenueKeysController {

	static final String WHAT = "venue-qr-key";

	private final VenueQrKeys keys;
	private final VenueRegistry registry;
	private final AuditLog audit;
	private final TransactionTemplate transactions;

	VenueKeysController(VenueQrKeys keys, VenueRegistry registry, AuditLog audit, PlatformTransactionManager transactionManager) {
		this.keys = keys;
		this.registry = registry;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@PostMapping("/api/v1/keys/venue-qr/rotate")
	@Allowed(value = Permission.PERSONAL_QR_KEYS, area = AreaRule.ANY_AREA)
	@Operation(summary = "Make a new venue-QR signing key current",
			description = "→ {kid}. New venues are signed with it; posters signed by the previous key keep verifying until that key is retired (a venue's poster is re-signed only when asked: POST /api/v1/venues/{id}/qr). Audited.")
	Map<String, String> rotate(Actor actor) {
		String kid = keys.ring().rotate();
		record(actor, AuditAction.UPDATE, purpose(actor), WHAT + ";rotate;" + kid);
		return Map.of("kid", kid);
	}

	@PostMapping("/api/v1/keys/venue-qr/{kid}/retire")
	@Allowed(value = Permission.PERSONAL_QR_KEYS, area = AreaRule.ANY_AREA)
	@Operation(summary = "Retire a rotated-out venue-QR key: posters signed with it stop verifying",
			description = "→ {kid, retired: true, reissued}: the stored QR of every venue signed with the key is re-signed with the current key (those venues must print their poster again). 409 while the key is the signing key (rotate first), 404 for an unknown key. Audited.")
	Map<String, Object> retire(Actor actor, @PathVariable String kid) {
		SigningKeyring.Retirement result = keys.ring().retire(kid);
		String shown = kid.length() > 64 ? kid.substring(0, 64) + "…" : kid;
		if (result != SigningKeyring.Retirement.RETIRED) {
			record(actor, AuditAction.DELETE, purpose(actor), WHAT + ";retire;" + result + ";" + shown);
		}
		return switch (result) {
			case RETIRED -> {
				int reissued = registry.reissueSignedWith(kid);
				record(actor, AuditAction.DELETE, purpose(actor), WHAT + ";retire;" + kid + ";reissued=" + reissued);
				yield Map.of("kid", kid, "retired", true, "reissued", reissued);
			}
			case CURRENT -> throw new ConflictException("kid", "checkin.key.current", shown);
			case UNKNOWN -> throw new NotFoundException("checkin.key.unknown", shown);
		};
	}

	/** Audited in a transaction of its own: a refused operation is recorded too. */
	private void record(Actor actor, AuditAction action, String purpose, String what) {
		transactions.executeWithoutResult(status -> audit.recordMiss(actor, action, purpose, what, null));
	}

	/** Key operations serve system operation; an actor without that purpose is recorded with its default one. */
	private static String purpose(Actor actor) {
		return actor.purposes().contains("system-operation") ? "system-operation" : actor.purpose(null);
	}
}
