package vn.pccovid.movement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
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
 * The permit-QR signing key (ES256, P-256), generated at first start into {@code <data-dir>/keys/movement-permit}, a
 * directory every node shares. Checkpoint devices verify offline with the public half published as a JWK set.
 * One key, no rotation yet (see docs/movement.md).
 */
@Component
class PermitKeys {

	private static final Logger log = LoggerFactory.getLogger(PermitKeys.class);

	private final String kid;
	private final ECPrivateKey privateKey;
	private final ECPublicKey publicKey;

	PermitKeys(@Value("${pccovid.data-dir:./data}") Path dataDir) {
		Path dir = dataDir.resolve("keys").resolve("movement-permit");
		try {
			Files.createDirectories(dir);
			Path current = dir.resolve("current");
			if (!Files.exists(current)) {
				generate(dir);
				log.info("Generated the permit-QR signing key in {}", dir);
			}
			this.kid = Files.readString(current).strip();
			KeyFactory ec = KeyFactory.getInstance("EC");
			this.publicKey = (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(read(dir.resolve(kid + ".pub"))));
			this.privateKey = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(read(dir.resolve(kid + ".key"))));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create the permit-QR key", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Unreadable permit-QR key", e);
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

	private static void generate(Path dir) throws IOException, GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair pair = generator.generateKeyPair();
		byte[] id = new byte[6];
		new SecureRandom().nextBytes(id);
		String kid = "permit-" + Base64.getUrlEncoder().withoutPadding().encodeToString(id);
		write(dir.resolve(kid + ".pub"), pair.getPublic().getEncoded());
		write(dir.resolve(kid + ".key"), pair.getPrivate().getEncoded());
		// Written last: a node that sees "current" finds both halves.
		Path tmp = dir.resolve("current.tmp");
		Files.writeString(tmp, kid, StandardCharsets.US_ASCII);
		Files.move(tmp, dir.resolve("current"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	private static void write(Path file, byte[] bytes) throws IOException {
		Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII,
				StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			// Not a POSIX file system: the directory's own permissions protect the key.
		}
	}

	private static byte[] read(Path file) throws IOException {
		return Base64.getDecoder().decode(Files.readString(file).strip());
	}
}
