package vn.pccovid.checkin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key pair (ES256, P-256) that signs venue posters, generated at first start into
 * {@code <data-dir>/keys/venue-qr/} (the private half readable by the owner only) and shared by every node through
 * that directory. Posters live for months on walls, so the key is not rotated on a schedule; its id is the first
 * 8 bytes of the SHA-256 of the public key, base64url.
 */
@Component
class VenueQrKeys {

	private static final Logger log = LoggerFactory.getLogger(VenueQrKeys.class);

	private final String kid;
	private final ECPrivateKey privateKey;
	private final ECPublicKey publicKey;

	VenueQrKeys(@Value("${pccovid.data-dir:./data}") Path dataDir) {
		Path dir = dataDir.resolve("keys").resolve("venue-qr");
		Path pub = dir.resolve("venue-qr.pub");
		Path key = dir.resolve("venue-qr.key");
		try {
			if (!Files.exists(key)) {
				generate(dir, pub, key);
				log.info("Generated the venue-QR signing key in {}", dir);
			}
			KeyFactory ec = KeyFactory.getInstance("EC");
			this.publicKey = (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(read(pub)));
			this.privateKey = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(read(key)));
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
			this.kid = Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create the venue-QR key in " + dir, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Unreadable venue-QR key in " + dir, e);
		}
	}

	String kid() {
		return kid;
	}

	ECPrivateKey privateKey() {
		return privateKey;
	}

	ECPublicKey publicKey() {
		return publicKey;
	}

	private static void generate(Path dir, Path pub, Path key) throws IOException, GeneralSecurityException {
		Files.createDirectories(dir);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair pair = generator.generateKeyPair();
		Files.writeString(pub, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
		Path temp = dir.resolve("venue-qr.key.tmp");
		Files.deleteIfExists(temp);
		Files.createFile(temp);
		try {
			Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system: the directory's own protection applies
		}
		Files.writeString(temp, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
		Files.move(temp, key, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private static byte[] read(Path file) throws IOException {
		return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
	}
}
