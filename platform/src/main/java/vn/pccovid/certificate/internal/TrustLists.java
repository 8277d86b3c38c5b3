package vn.pccovid.certificate.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.pccovid.access.Actor;
import vn.pccovid.core.InvalidInputException;

/**
 * The published list of our own document signers, the import of a foreign list (all or nothing: an empty or faulty
 * list changes nothing), and the rotation of our signer.
 */
@Service
class TrustLists {

	/** One entry, as published and imported. */
	record Entry(String kid, String certificate, String country) {
	}

	static final int MAX_ENTRIES = 5_000;

	private final TrustList trust;
	private final ForeignSigners foreign;
	private final SignerKeys keys;
	private final TransactionTemplate transactions;
	private final Clock clock;

	TrustLists(TrustList trust, ForeignSigners foreign, SignerKeys keys, TransactionTemplate transactions, Clock clock) {
		this.trust = trust;
		this.foreign = foreign;
		this.keys = keys;
		this.transactions = transactions;
		this.clock = clock;
	}

	List<Entry> published() {
		return trust.own().stream().map(s -> new Entry(s.kid(), der(s.certificate()), s.country())).toList();
	}

	/** Replaces the foreign list; answers how many entries it now holds. */
	int importList(Actor admin, List<Entry> entries) {
		if (entries == null || entries.isEmpty()) {
			throw new InvalidInputException("entries", "certificate.trustList.empty");
		}
		if (entries.size() > MAX_ENTRIES) {
			throw new InvalidInputException("entries", "certificate.trustList.tooMany", MAX_ENTRIES);
		}
		List<ForeignSigners.Row> rows = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			rows.add(check(entries.get(i), i));
		}
		transactions.executeWithoutResult(status -> foreign.replace(rows, clock.instant(), admin.name()));
		trust.reload();
		return rows.size();
	}

	String rotate() {
		String kid = keys.rotate();
		trust.reload();
		return kid;
	}

	private static ForeignSigners.Row check(Entry entry, int i) {
		String at = "entries[" + i + "]";
		if (entry == null) {
			throw new InvalidInputException(at, "certificate.trustList.entry");
		}
		byte[] kid = base64(entry.kid(), at + ".kid");
		if (kid.length < 1 || kid.length > 32) {
			throw new InvalidInputException(at + ".kid", "certificate.trustList.kid");
		}
		if (entry.country() == null || !entry.country().matches("[A-Z]{2}")) {
			throw new InvalidInputException(at + ".country", "certificate.trustList.country");
		}
		byte[] der = base64(entry.certificate(), at + ".certificate");
		try {
			X509Certificate certificate = SignerCertificates.parse(der);
			String algorithm = certificate.getPublicKey().getAlgorithm();
			if (!algorithm.equals("EC") && !algorithm.equals("RSA")) {
				throw new InvalidInputException(at + ".certificate", "certificate.trustList.keyType");
			}
			return new ForeignSigners.Row(Base64.getEncoder().encodeToString(kid), certificate.getEncoded(), entry.country());
		}
		catch (GeneralSecurityException | RuntimeException e) {
			if (e instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException(at + ".certificate", "certificate.trustList.certificate");
		}
	}

	private static byte[] base64(String text, String field) {
		try {
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException();
			}
			return Base64.getDecoder().decode(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "certificate.trustList.base64");
		}
	}

	private static String der(X509Certificate certificate) {
		try {
			return Base64.getEncoder().encodeToString(certificate.getEncoded());
		}
		catch (CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
