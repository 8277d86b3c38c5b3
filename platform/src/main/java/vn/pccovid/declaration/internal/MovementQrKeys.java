package vn.pccovid.declaration.internal;

import java.nio.file.Path;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.pccovid.core.SigningKeyring;

/**
 * The keys that sign movement-declaration QRs (ES256, P-256): a {@link SigningKeyring} in
 * {@code <data-dir>/keys/movement-declaration} shared by every node. A rotated-out key keeps verifying the QRs it
 * signed until an administrator retires it.
 */
@Component
class MovementQrKeys {

	private final SigningKeyring ring;

	MovementQrKeys(@Value("${pccovid.data-dir:./data}") Path dataDir) {
		this.ring = new SigningKeyring(dataDir.resolve("keys").resolve("movement-declaration"), "movement-declaration QR");
	}

	SigningKeyring.Signing signing() {
		return ring.signing();
	}

	Optional<ECPublicKey> publicKey(String kid) {
		return ring.publicKey(kid);
	}

	SigningKeyring ring() {
		return ring;
	}
}
