package vn.pccovid.declaration.internal;

import java.util.Map;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
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

/** The public keys of movement-declaration QRs as a JWK set, for checkpoints that verify offline, and their rotation. */
@RestController
@Tag(name = "Declarations")
class MovementKeysController {

	static final String WHAT = "movement-declaration-key";

	private final MovementQrKeys keys;
	private final AuditLog audit;
	private final TransactionTemplate transactions;

	MovementKeysController(MovementQrKeys keys, AuditLog audit, PlatformTransactionManager transactionManager) {
		this.keys = keys;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@GetMapping(value = "/api/v1/keys/movement-declaration", produces = { "application/jwk-set+json", "application/json" })
	@Allowed(area = AreaRule.PUBLIC)
	@Operation(summary = "The public keys that sign movement-declaration QRs (JWK set, ES256)",
			description = "The signing key first, then every rotated-out key not yet retired (their QRs still verify).")
	Map<String, Object> jwks() {
		return keys.ring().jwkSet(kid -> true);
	}

	@PostMapping("/api/v1/keys/movement-declaration/rotate")
	@Allowed(value = Permission.PERSONAL_QR_KEYS, area = AreaRule.ANY_AREA)
	@Operation(summary = "Make a new movement-declaration signing key current",
			description = "→ {kid}. QRs signed by the previous key keep verifying until that key is retired. Audited.")
	Map<String, String> rotate(Actor actor) {
		String kid = keys.ring().rotate();
		record(actor, AuditAction.UPDATE, purpose(actor), WHAT + ";rotate;" + kid);
		return Map.of("kid", kid);
	}

	@PostMapping("/api/v1/keys/movement-declaration/{kid}/retire")
	@Allowed(value = Permission.PERSONAL_QR_KEYS, area = AreaRule.ANY_AREA)
	@Operation(summary = "Retire a rotated-out movement-declaration key: the QRs it signed stop verifying",
			description = "→ {kid, retired: true}. 409 while the key is the signing key (rotate first), 404 for an unknown key. Audited.")
	Map<String, Object> retire(Actor actor, @PathVariable String kid) {
		SigningKeyring.Retirement result = keys.ring().retire(kid);
		record(actor, AuditAction.DELETE, purpose(actor), WHAT + ";retire;" + result + ";" + abbreviated(kid));
		return switch (result) {
			case RETIRED -> Map.of("kid", kid, "retired", true);
			case CURRENT -> throw new ConflictException("kid", "declaration.key.current", abbreviated(kid));
			case UNKNOWN -> throw new NotFoundException("declaration.key.unknown", abbreviated(kid));
		};
	}

	/** Audited in a transaction of its own: a refused operation is recorded too. */
	private void record(Actor actor, AuditAction action, String purpose, String what) {
		transactions.executeWithoutResult(status -> audit.recordMiss(actor, action, purpose, what, null));
	}

	/** Key operations serve system operation; an actor without that purpose is recorded with its default one. */
	static String purpose(Actor actor) {
		return actor.purposes().contains("system-operation") ? "system-operation" : actor.purpose(null);
	}

	static String abbreviated(String kid) {
		return kid == null ? "" : kid.length() > 64 ? kid.substring(0, 64) + "…" : kid;
	}
}
