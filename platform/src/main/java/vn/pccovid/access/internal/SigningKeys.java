package vn.pccovid.access.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The platform's secrets, generated at first start into {@code <data-dir>/keys} (never in the repository): the
 * ES256 key pair that signs bearer tokens and the HMAC key that protects one-time codes at rest. Nodes that serve
 * one deployment share the directory (or a copy of it). The directory is mode 700 and each file mode 600 from the
 * moment it is created; a directory found looser at start is tightened.
 */
@Component
class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
	private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY_DIRECTORY =
			PosixFilePermissions.fromString("rwx------");
	private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY_FILE =
			PosixFilePermissions.fromString("rw-------");

	private final ECPublicKey publicKey;
	private final ECPrivateKey privateKey;
	private final byte[] hmacKey;

	SigningKeys(@Value("${pccovid.data-dir:./data}") Path dataDir) {
		Path dir = dataDir.resolve("keys");
		try {
			privateDirectory(dir);
			Path privateFile = dir.resolve("token-signing.p8");
			Path publicFile = dir.resolve("token-signing.pub");
			if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
				generator.initialize(new ECGenParameterSpec("secp256r1"));
				KeyPair pair = generator.generateKeyPair();
				Files.deleteIfExists(publicFile); // half a pair is of no use: both are made anew, as before
				Files.deleteIfExists(privateFile);
				writeSecret(publicFile, pair.getPublic().getEncoded());
				writeSecret(privateFile, pair.getPrivate().getEncoded());
				log.info("Generated a new token-signing key pair in {}", dir);
			}
			KeyFactory ec = KeyFactory.getInstance("EC");
			publicKey = (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(read(publicFile)));
			privateKey = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(read(privateFile)));
			Path hmacFile = dir.resolve("otp-hmac.key");
			if (!Files.exists(hmacFile)) {
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				writeSecret(hmacFile, key);
			}
			hmacKey = read(hmacFile);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create the keys in " + dir, e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The keys in " + dir + " are unreadable", e);
		}
	}

	ECPublicKey publicKey() {
		return publicKey;
	}

	ECPrivateKey privateKey() {
		return privateKey;
	}

	byte[] hmacKey() {
		return hmacKey.clone();
	}

	private static byte[] read(Path file) throws IOException {
		return Base64.getDecoder().decode(Files.readString(file).strip());
	}

	/** Creates the directory readable by its owner only (700), or tightens an existing one and its files. */
	static void privateDirectory(Path dir) throws IOException {
		Files.createDirectories(dir.toAbsolutePath().getParent());
		if (!posix(dir)) {
			Files.createDirectories(dir);
			return;
		}
		if (Files.notExists(dir)) {
			try {
				Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
			}
			catch (java.nio.file.FileAlreadyExistsException e) {
				// another node sharing the directory made it first
			}
		}
		if (!Files.getPosixFilePermissions(dir).equals(OWNER_ONLY_DIRECTORY)) {
			Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
			log.warn("Tightened {} to mode 700: only the platform's own user may read its keys", dir);
		}
		try (var files = Files.list(dir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY_FILE)) {
					Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
					log.warn("Tightened {} to mode 600", file);
				}
			}
		}
	}

	/** Creates the file with mode 600 from the first instant (never readable by others, not even briefly), then writes it. */
	private static void writeSecret(Path file, byte[] content) throws IOException {
		if (posix(file.getParent())) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
		}
		else {
			Files.createFile(file);
		}
		Files.writeString(file, Base64.getEncoder().encodeToString(content), java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}
}
