package vn.pccovid.certificate.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.pccovid.core.KeyFiles;

/**
 * The platform's own signing keys: a national CSCA and its document signers (DSC), generated at first start into
 * {@code <data-dir>/keys/certificate} (never in the repository) and shared by every node through that directory.
 * Rotation makes a new DSC current and deletes the old one's private key; its certificate stays, so what it signed
 * stays verifiable. Nodes re-read the directory every few seconds.
 */
@Component
class SignerKeys {

	static final String COUNTRY = "VN";

	private static final Logger log = LoggerFactory.getLogger(SignerKeys.class);
	private static final Duration RELOAD_EVERY = Duration.ofSeconds(5);

	/** The document signer that signs new certificates. */
	record Signing(byte[] kid, PrivateKey key, X509Certificate certificate) {
	}

	private record State(Signing signing, X509Certificate csca, List<X509Certificate> signers, long loadedAtNanos) {
	}

	private final KeyFiles files;
	private final Clock clock;
	private volatile State state;

	SignerKeys(@Value("${pccovid.data-dir:./data}") Path dataDir, Clock clock) {
		this.clock = clock;
		try {
			this.files = new KeyFiles(dataDir.resolve("keys").resolve("certificate"));
			if (files.read(KeyFiles.CURRENT).isEmpty()) {
				generateFirst();
				log.info("Generated the national CSCA and the first document signer in {}", files.dir());
			}
			this.state = load();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read or create the certificate signing keys", e);
		}
	}

	Signing signing() {
		return fresh().signing();
	}

	X509Certificate csca() {
		return fresh().csca();
	}

	/** Every document signer's certificate, current and retired. */
	List<X509Certificate> signers() {
		return fresh().signers();
	}

	/** Makes a new document signer current; answers its kid (Base64). */
	synchronized String rotate() {
		try {
			String retired = files.read(KeyFiles.CURRENT).orElse(null);
			SignerCertificates.Issued csca = new SignerCertificates.Issued(
					new KeyPair(state.csca().getPublicKey(), privateKey(files.read("csca.key").orElseThrow())), state.csca());
			String name = writeSigner(SignerCertificates.documentSigner(COUNTRY, csca, clock.instant(), state.signers().size() + 1));
			if (retired != null) {
				files.delete(retired + ".key");
			}
			state = load();
			log.info("Rotated the certificate document signer: {} replaces {}", name, retired);
			return Kids.base64(state.signing().kid());
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException("Could not rotate the document signer", e);
		}
	}

	private void generateFirst() throws IOException {
		try {
			SignerCertificates.Issued csca = SignerCertificates.csca(COUNTRY, clock.instant());
			files.write("csca.crt", base64(csca.certificate().getEncoded()), false);
			files.write("csca.key", base64(csca.keys().getPrivate().getEncoded()), false);
			writeSigner(SignerCertificates.documentSigner(COUNTRY, csca, clock.instant(), 1));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("No P-256 key generator", e);
		}
	}

	private String writeSigner(SignerCertificates.Issued signer) throws IOException, GeneralSecurityException {
		String name = HexFormat.of().formatHex(Kids.of(signer.certificate()));
		files.write(name + ".crt", base64(signer.certificate().getEncoded()), false);
		files.write(name + ".key", base64(signer.keys().getPrivate().getEncoded()), false);
		files.write(KeyFiles.CURRENT, name, true);
		return name;
	}

	private State fresh() {
		State current = state;
		if (System.nanoTime() - current.loadedAtNanos() > RELOAD_EVERY.toNanos()) {
			synchronized (this) {
				try {
					state = load();
				}
				catch (IOException | RuntimeException e) {
					log.warn("Could not re-read the certificate keys; keeping the ones loaded", e);
				}
			}
		}
		return state;
	}

	private State load() throws IOException {
		try {
			X509Certificate csca = SignerCertificates.parse(decode(files.read("csca.crt").orElseThrow(() -> new IOException("no CSCA"))));
			List<X509Certificate> signers = new ArrayList<>();
			for (String name : files.names(".crt").stream().filter(n -> !n.equals("csca")).sorted().toList()) {
				signers.add(SignerCertificates.parse(decode(files.read(name + ".crt").orElseThrow())));
			}
			String current = files.read(KeyFiles.CURRENT).orElseThrow(() -> new IOException("no current signer"));
			X509Certificate certificate = SignerCertificates.parse(decode(files.read(current + ".crt")
					.orElseThrow(() -> new IOException("no certificate for " + current))));
			PrivateKey key = privateKey(files.read(current + ".key").orElseThrow(() -> new IOException("no key for " + current)));
			return new State(new Signing(Kids.of(certificate), key, certificate), csca, List.copyOf(signers), System.nanoTime());
		}
		catch (GeneralSecurityException e) {
			throw new IOException("unreadable certificate key", e);
		}
	}

	private static PrivateKey privateKey(String base64) throws GeneralSecurityException {
		return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(decode(base64)));
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static byte[] decode(String text) {
		return Base64.getDecoder().decode(text);
	}
}
