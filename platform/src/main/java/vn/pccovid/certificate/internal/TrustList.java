package vn.pccovid.certificate.internal;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every document signer the verifier trusts, by kid: the platform's own (current and retired) and the imported
 * foreign list. Held in memory (verification must not touch the database); re-read every 30 seconds so that an import
 * on one node reaches the others, and at once on the node that imported.
 */
@Component
class TrustList {

	private static final Logger log = LoggerFactory.getLogger(TrustList.class);
	private static final Duration RELOAD_EVERY = Duration.ofSeconds(30);

	private record State(Map<String, List<TrustedSigner>> byKid, List<TrustedSigner> own, long loadedAtNanos) {
	}

	private final SignerKeys keys;
	private final ForeignSigners foreign;
	private volatile State state;

	TrustList(SignerKeys keys, ForeignSigners foreign) {
		this.keys = keys;
		this.foreign = foreign;
	}

	/** Every certificate listed under this kid (Base64), foreign entries in their list's order, then our own. */
	List<TrustedSigner> byKid(String kid) {
		return fresh().byKid().getOrDefault(kid, List.of());
	}

	/** The platform's own signers, current and retired: what the trust-list endpoint publishes. */
	List<TrustedSigner> own() {
		return fresh().own();
	}

	/** Only the platform's own signers under this kid (the COVID card's QR is never signed abroad). */
	List<TrustedSigner> ownByKid(String kid) {
		return byKid(kid).stream().filter(TrustedSigner::own).toList();
	}

	synchronized void reload() {
		Map<String, List<TrustedSigner>> byKid = new LinkedHashMap<>();
		for (ForeignSigners.Row row : foreign.all()) {
			try {
				X509Certificate certificate = SignerCertificates.parse(row.certificate());
				byKid.computeIfAbsent(row.kid(), k -> new ArrayList<>()).add(TrustedSigner.of(row.kid(), certificate, row.country(), false));
			}
			catch (GeneralSecurityException e) {
				log.warn("Skipping an unreadable imported certificate under kid {}", row.kid());
			}
		}
		List<TrustedSigner> own = new ArrayList<>();
		for (X509Certificate certificate : keys.signers()) {
			String kid = Kids.base64(Kids.of(certificate));
			TrustedSigner signer = TrustedSigner.of(kid, certificate, SignerKeys.COUNTRY, true);
			own.add(signer);
			byKid.computeIfAbsent(kid, k -> new ArrayList<>()).add(signer);
		}
		byKid.replaceAll((kid, list) -> List.copyOf(list));
		state = new State(Map.copyOf(byKid), List.copyOf(own), System.nanoTime());
	}

	private State fresh() {
		State current = state;
		if (current == null || System.nanoTime() - current.loadedAtNanos() > RELOAD_EVERY.toNanos()) {
			try {
				reload();
			}
			catch (RuntimeException e) {
				if (current == null) {
					throw e;
				}
				log.warn("Could not re-read the trust list; keeping the one loaded", e);
			}
		}
		return state;
	}
}
