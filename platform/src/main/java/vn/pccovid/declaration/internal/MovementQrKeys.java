package vn.pccovid.declaration.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that signs movement-declaration QRs (ES256, P-256), kept in {@code <data-dir>/keys/movement-declaration}
 * (mode 700): {@code <kid>.key} (PKCS#8) and {@code <kid>.pub} (X.509), Base64, mode 600, and {@code current}
 * naming the signing key. Generated at first start; every node of a deployment shares the directory. Public keys of
 * other ids found there still verify (a key replaced by hand keeps its QRs readable while its {@code .pub} stays).
 */
@Component
class MovementQrKeys {

	private static final Logger log = LoggerFactory.getLogger(MovementQrKeys.class);
	private static final String CURRENT = "current";

	/** The signing key and its id. */
	record Signing(String kid, ECPrivateKey key) {
	}

	private final Signing signing;
	private final Map<String, ECPublicKey> publicKeys;

	MovementQrKeys(@Value("${pccovid.data-dir:./data}") Path dataDir) {
		Path dir = dataDir.resolve("keys").resolve("movement-declaration");
		try {
			createDirectory(dir);
			if (!Files.exists(dir.resolve(CURRENT))) {
				generate(dir);
				log.info("Generated the movement-declaration QR signing key in {}", dir);
			}
			KeyFactory ec = KeyFactory.getInstance("EC");
			String kid = read(dir.resolve(CURRENT));
			this.signing = new Signing(kid, (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(
					Base64.getDecoder().decode(read(dir.resolve(kid + ".key"))))));
			Map<String, ECPublicKey> keys = new HashMap<>();
			try (var files = Files.list(dir)) {
				for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pub")).toList()) {
					String name = file.getFileName().toString();
					keys.put(name.substring(0, name.length() - 4), (ECPublicKey) ec.generatePublic(
							new X509EncodedKeySpec(Base64.getDecoder().decode(read(file)))));
				}
			}
			this.publicKeys = Map.copyOf(keys);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create the movement-declaration QR key", e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Unreadable movement-declaration QR key in " + dir, e);
		}
	}

	Signing signing() {
		return signing;
	}

	Optional<ECPublicKey> publicKey(String kid) {
		return Optional.ofNullable(kid == null ? null : publicKeys.get(kid));
	}

	Map<String, ECPublicKey> publicKeys() {
		return publicKeys;
	}

	private static void generate(Path dir) throws IOException, GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair pair = generator.generateKeyPair();
		byte[] id = new byte[6];
		new SecureRandom().nextBytes(id);
		String kid = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
		write(dir, kid + ".pub", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
		write(dir, kid + ".key", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
		write(dir, CURRENT, kid);
	}

	private static void createDirectory(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			return;
		}
		Files.createDirectories(dir.getParent());
		try {
			Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		catch (FileAlreadyExistsException e) {
			// another node created it meanwhile
		}
		catch (UnsupportedOperationException e) {
			Files.createDirectories(dir);
		}
	}

	/** Written to a temporary file created mode 600 and moved into place, so no node reads half a key. */
	private static void write(Path dir, String name, String content) throws IOException {
		Path temp;
		try {
			temp = Files.createTempFile(dir, ".tmp-", "", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException e) {
			temp = Files.createTempFile(dir, ".tmp-", "");
		}
		try {
			Files.writeString(temp, content, StandardCharsets.US_ASCII);
			try {
				Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, dir.resolve(name));
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.US_ASCII).strip();
	}
}
