package vn.pccovid.core;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;

/**
 * A rotating set of ES256 (P-256) signing keys in a {@link KeyFiles} directory: {@code <kid>.pub} (X.509),
 * {@code <kid>.key} (PKCS#8) and {@code current} naming the key that signs. The first key is generated at first
 * start. A rotation makes a new key current and deletes the old private half, keeping its public half so that what it
 * signed still verifies; retiring a key deletes its public half too, so what it signed stops verifying. Nodes of one
 * deployment share the directory: each re-reads it every few seconds and whenever it meets a key id it has not seen,
 * so a rotation or retirement on one node reaches the others.
 */
public final class SigningKeyring {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyring.class);
	private static final Duration RELOAD_EVERY = Duration.ofSeconds(5);

	/** The key that signs now. */
	public record Signing(String kid, ECPrivateKey key) {
	}

	/** What {@link #retire} did. */
	public enum Retirement {
		/** The key's files are gone: what it signed no longer verifies. */
		RETIRED,
		/** Refused: the key signs now (rotate first). */
		CURRENT,
		/** No such key. */
		UNKNOWN
	}

	private final KeyFiles files;
	private final String label;
	private final SecureRandom random = new SecureRandom();
	private volatile State state;

	private record State(Signing signing, Map<String, ECPublicKey> publicKeys, long loadedAtNanos) {
	}

	/**
	 * Opens the keyring in {@code dir}, generating the first key when none is current.
	 *
	 * @param label what the keys sign, for logs and errors (such as "venue-QR")
	 */
	public SigningKeyring(Path dir, String label) {
		this.label = label;
		try {
			this.files = new KeyFiles(dir);
			if (files.read(KeyFiles.CURRENT).isEmpty()) {
				generate();
				log.info("Generated the first {} signing key in {}", label, dir);
			}
			this.state = load();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create the " + label + " keys in " + dir, e);
		}
	}

	/** The key directory. */
	public KeyFiles files() {
		return files;
	}

	/** The key that signs now. */
	public Signing signing() {
		return fresh().signing();
	}

	/** The public key with this id, re-reading the directory once when it is not known yet. */
	public Optional<ECPublicKey> publicKey(String kid) {
		ECPublicKey key = fresh().publicKeys().get(kid);
		if (key == null && kid != null && kid.matches("[A-Za-z0-9_-]{1,64}")) {
			reload();
			key = state.publicKeys().get(kid);
		}
		return Optional.ofNullable(key);
	}

	/** Whether a key with this id still verifies (without re-reading the directory: for hot paths). */
	public boolean active(String kid) {
		return kid != null && fresh().publicKeys().containsKey(kid);
	}

	/** Every public key that still verifies, by id (the current one and the rotated-out ones not yet retired). */
	public Map<String, ECPublicKey> publicKeys() {
		return fresh().publicKeys();
	}

	/** Makes a new key current; the old one's private half is deleted, its public half kept. Answers the new id. */
	public synchronized String rotate() {
		try {
			String previous = files.read(KeyFiles.CURRENT).orElse(null);
			String kid = generate();
			if (previous != null) {
				files.delete(previous + ".key");
			}
			state = load();
			log.info("Rotated the {} signing key: {} replaces {}", label, kid, previous);
			return kid;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not rotate the " + label + " key", e);
		}
	}

	/** Deletes a rotated-out key, so that what it signed no longer verifies; refused for the current key. */
	public synchronized Retirement retire(String kid) {
		try {
			state = load();
			if (kid == null || !state.publicKeys().containsKey(kid)) {
				return Retirement.UNKNOWN;
			}
			if (kid.equals(state.signing().kid())) {
				return Retirement.CURRENT;
			}
			files.delete(kid + ".key");
			files.delete(kid + ".pub");
			state = load();
			log.info("Retired the {} key {}", label, kid);
			return Retirement.RETIRED;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not retire the " + label + " key " + kid, e);
		}
	}

	/** The public keys as a JWK set: the current key first, then each other key the filter keeps, by id. */
	public Map<String, Object> jwkSet(Predicate<String> publishRetired) {
		State now = fresh();
		String current = now.signing().kid();
		List<JWK> published = new ArrayList<>();
		now.publicKeys().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			if (entry.getKey().equals(current)) {
				published.add(0, jwk(entry.getKey(), entry.getValue()));
			}
			else if (publishRetired.test(entry.getKey())) {
				published.add(jwk(entry.getKey(), entry.getValue()));
			}
		});
		return new JWKSet(published).toJSONObject(true);
	}

	private static JWK jwk(String kid, ECPublicKey key) {
		return new ECKey.Builder(Curve.P_256, key).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256).build();
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
			log.warn("Could not re-read the {} keys; keeping the ones loaded", label, e);
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
			files.write(kid + ".pub", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()), false);
			files.write(kid + ".key", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()), false);
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
				Optional<String> text = files.read(kid + ".pub");
				if (text.isPresent()) { // retired on another node meanwhile otherwise
					publicKeys.put(kid, (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(text.get()))));
				}
			}
			String kid = files.read(KeyFiles.CURRENT).orElseThrow(() -> new IOException("no current " + label + " key"));
			ECPrivateKey key = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(
					files.read(kid + ".key").orElseThrow(() -> new IOException("no private key for " + kid)))));
			return new State(new Signing(kid, key), Map.copyOf(publicKeys), System.nanoTime());
		}
		catch (GeneralSecurityException e) {
			throw new IOException("unreadable " + label + " key", e);
		}
	}
}
