package vn.pccovid.checkin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.pccovid.core.KeyFiles;
import vn.pccovid.core.SigningKeyring;

/**
 * The keys (ES256, P-256) that sign venue posters: a {@link SigningKeyring} in {@code <data-dir>/keys/venue-qr}
 * shared by every node. Posters live for months on walls, so a rotated-out key keeps verifying the posters it signed
 * until an administrator retires it. Installs from before rotation kept one pair as {@code venue-qr.pub} /
 * {@code venue-qr.key} with the id derived from the public key (first 8 bytes of its SHA-256, base64url); that pair
 * is moved into the keyring under the same id, so the posters it signed keep verifying.
 */
@Component
class VenueQrKeys {

	private static final Logger log = LoggerFactory.getLogger(VenueQrKeys.class);
	private static final String LEGACY_PUB = "venue-qr.pub";
	private static final String LEGACY_KEY = "venue-qr.key";

	private final SigningKeyring ring;

	VenueQrKeys(@Value("${pccovid.data-dir:./data}") Path dataDir) {
		Path dir = dataDir.resolve("keys").resolve("venue-qr");
		importLegacyPair(dir);
		this.ring = new SigningKeyring(dir, "venue-QR");
	}

	SigningKeyring ring() {
		return ring;
	}

	/** Moves a pre-rotation pair into the keyring layout (once; another node may have done it meanwhile). */
	private static void importLegacyPair(Path dir) {
		try {
			KeyFiles files = new KeyFiles(dir);
			Optional<String> pub = files.read(LEGACY_PUB);
			Optional<String> key = files.read(LEGACY_KEY);
			if (pub.isEmpty() || key.isEmpty()) {
				return;
			}
			if (files.read(KeyFiles.CURRENT).isEmpty()) {
				String kid = legacyKid(pub.get());
				files.write(kid + ".pub", pub.get(), false);
				files.write(kid + ".key", key.get(), false);
				files.write(KeyFiles.CURRENT, kid, false);
				log.info("Moved the venue-QR key {} into the rotating keyring in {}", kid, dir);
			}
			files.delete(LEGACY_KEY);
			files.delete(LEGACY_PUB);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the venue-QR keys in " + dir, e);
		}
	}

	/** The id the pre-rotation code gave its one key: the first 8 bytes of the public key's SHA-256, base64url. */
	static String legacyKid(String publicKeyBase64) {
		try {
			byte[] encoded = Base64.getDecoder().decode(publicKeyBase64);
			KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(encoded)); // refuses a damaged file
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoded);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Unreadable venue-QR public key", e);
		}
	}
}
