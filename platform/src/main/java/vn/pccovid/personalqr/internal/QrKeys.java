package vn.pccovid.personalqr.internal;

import java.nio.file.Path;
import java.security.interfaces.ECPublicKey;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.pccovid.core.SigningKeyring;

/**
 * The personal-QR signing keys (ES256, P-256) in {@code <data-dir>/keys/personal-qr}: a {@link SigningKeyring},
 * generated at first start, rotated on request, shared by every node through the key directory. A rotated-out key's
 * public half stays so that the QRs it signed remain valid until they expire.
 */
@Component
class QrKeys {

	private final SigningKeyring ring;

	QrKeys(@Value("${pccovid.data-dir:./data}") Path dataDir) {
		this.ring = new SigningKeyring(dataDir.resolve("keys").resolve("personal-qr"), "personal-QR");
	}

	SigningKeyring.Signing signing() {
		return ring.signing();
	}

	/** The public key with this id, re-reading the directory once when it is not known yet. */
	Optional<ECPublicKey> publicKey(String kid) {
		return ring.publicKey(kid);
	}

	/** Every public key with its id (the current one and all rotated-out ones still on disk). */
	Map<String, ECPublicKey> publicKeys() {
		return ring.publicKeys();
	}

	/** The JWK set: the current key first, then the rotated-out keys the filter keeps. */
	Map<String, Object> jwkSet(Predicate<String> publishRetired) {
		return ring.jwkSet(publishRetired);
	}

	/** Makes a new signing key current and retires the old one; answers the new key's id. */
	String rotate() {
		return ring.rotate();
	}
}
