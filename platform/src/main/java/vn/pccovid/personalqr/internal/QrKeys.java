package vn.pccovid.personalqr.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.pccovid.core.KeyFiles;

/**
 * The personal-QR signing keys (ES256, P-256): generated at first start, rotated on request, shared by every node
 * through the key directory. Nodes re-read the directory every few seconds and whenever a QR names a key they have
 * not seen, so a rotation on one node reaches the others. A retired key's private half is deleted; its public half
 * stays so that the QRs it signed remain valid until they expire.
 */
@Component
class QrKeys {

	private static final Logger log = LoggerFactory.getLogger(QrKeys.class);
	private static final Duration RELOAD_EVERY = Duration.ofSeconds(5);

	/** The key that signs new QRs. */
	record Signing(String kid, ECPrivateKey key) {
	}

	private final KeyFiles files;
	private final SecureRandom random = new SecureRandom();
	private volatile State state;

	private record State(Signing signing, Map<String, ECPublicKey> publicKeys, long loadedAtNanos) {
	}

	QrKeys(@Value("${pccovid.data-dir:./data}") Path dataDir) {
		try {
			this.files = new KeyFiles(dataDir.resolve("keys").resolve("personal-qr"));
			if (files.read(KeyFiles.CURRENT).isEmpty()) {
				generate();
				log.info("Generated the first personal-QR signing key in {}", files.dir());
			}
			this.state = load();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create the personal-QR keys", e);
		}
	}

	Signing signing() {
		return fresh().signing();
	}

	/** The public key with this id, re-reading the directory once when it is not known yet. */
	Optional<ECPublicKey> publicKey(String kid) {
		ECPublicKey key = fresh().publicKeys().get(kid);
		if (key == null && kid != null && kid.matches("[A-Za-z0-9_-]{1,64}")) {
			reload();
			key = state.publicKeys().get(kid);
		}
		return Optional.ofNullable(key);
	}

	/** Every public key with its id (the current one and all retired ones still on disk). */
	Map<String, ECPublicKey> publicKeys() {
		return fresh().publicKeys();
	}

	/** Makes a new signing key current and retires the old one; answers the new key's id. */
	synchronized String rotate() {
		try {
			String retired = files.read(KeyFiles.CURRENT).orElse(null);
			String kid = generate();
			if (retired != null) {
				files.delete(retired + ".key");
			}
			state = load();
			log.info("Rotated the personal-QR signing key: {} replaces {}", kid, retired);
			return kid;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not rotate the personal-QR key", e);
		}
	}

	private State fresh() {
		State current = state;
		if (System.nanoTime() - current.loadedAtNanos() > RELOAD_EVERY.toNanos()) {
			reload();
		}
		return state;
	}

	private synchronized void reload() {
		try {
			state = load();
		}
		catch (IOException | RuntimeException e) {
			log.warn("Could not re-read the personal-QR keys; keeping the ones loaded", e);
		}
	}

	private String generate() throws IOException {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			byte[] id = new byte[6];
			random.nextBytes(id);
			String kid = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
			files.write(kid + ".pub", base64(pair.getPublic().getEncoded()), false);
			files.write(kid + ".key", base64(pair.getPrivate().getEncoded()), false);
			files.write(KeyFiles.CURRENT, kid, true);
			return kid;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("No P-256 key generator", e);
		}
	}

	private State load() throws IOException {
		try {
			KeyFactory ec = KeyFactory.getInstance("EC");
			Map<String, ECPublicKey> publicKeys = new HashMap<>();
			for (String kid : files.names(".pub")) {
				publicKeys.put(kid, (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(decode(files.read(kid + ".pub").orElseThrow()))));
			}
			String kid = files.read(KeyFiles.CURRENT).orElseThrow(() -> new IOException("no current personal-QR key"));
			ECPrivateKey key = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(decode(files.read(kid + ".key")
					.orElseThrow(() -> new IOException("no private key for " + kid)))));
			return new State(new Signing(kid, key), Map.copyOf(publicKeys), System.nanoTime());
		}
		catch (GeneralSecurityException e) {
			throw new IOException("unreadable personal-QR key", e);
		}
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static byte[] decode(String text) {
		return Base64.getDecoder().decode(text);
	}
}
