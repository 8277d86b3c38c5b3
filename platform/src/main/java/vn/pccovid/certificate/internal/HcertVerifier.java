package vn.pccovid.certificate.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.upokecenter.cbor.CBORException;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;

import nl.minvws.encoding.Base45;
import vn.pccovid.certificate.CertificateKind;
import vn.pccovid.certificate.HcertVerification;

/**
 * Verifies an HCERT offline, step by step, and names the first step that fails: prefix, Base45, zlib, COSE
 * structure and CWT claims, algorithm (ES256 or PS256), kid (protected header first, else unprotected), signature
 * against every trusted certificate listed under the kid (lists may share one), the signer's key usage against the
 * certificate's kind, then expiry and issued-at against the clock. No state: the trust list is a lookup.
 */
final class HcertVerifier {

	static final String OK = "ok";

	private final Function<String, List<TrustedSigner>> signersByKid;

	HcertVerifier(Function<String, List<TrustedSigner>> signersByKid) {
		this.signersByKid = signersByKid;
	}

	HcertVerification verify(String text, Instant now) {
		String hc1 = text == null ? "" : text.strip();
		if (!hc1.startsWith(HcertSigner.PREFIX)) {
			return HcertVerification.failed("prefix", null, null);
		}
		byte[] compressed;
		try {
			compressed = Base45.getDecoder().decode(hc1.substring(HcertSigner.PREFIX.length()));
		}
		catch (RuntimeException e) {
			return HcertVerification.failed("base45", null, null);
		}
		byte[] cose = Zlib.inflate(compressed);
		if (cose == null) {
			return HcertVerification.failed("zlib", null, null);
		}
		return verifyCose(cose, now);
	}

	/** The steps after decompression (the dgc-testdata vectors give the COSE bytes as well). */
	HcertVerification verifyCose(byte[] cose, Instant now) {
		CoseSign1 message = CoseSign1.parse(cose);
		Claims claims = message == null ? null : Claims.read(message.payload());
		if (claims == null) {
			return HcertVerification.failed("cose", null, null);
		}
		Integer algorithm = message.algorithm();
		if (algorithm == null || (algorithm != CoseSign1.ES256 && algorithm != CoseSign1.PS256)) {
			return HcertVerification.failed("alg", claims.kind(), null);
		}
		String kid = message.kid();
		List<TrustedSigner> candidates = kid == null ? List.of() : signersByKid.apply(kid);
		if (candidates.isEmpty()) {
			return HcertVerification.failed("unknown_kid", claims.kind(), null);
		}
		TrustedSigner signer = null;
		for (TrustedSigner candidate : candidates) {
			if (message.verifiedBy(algorithm, candidate.publicKey())) {
				signer = candidate;
				break;
			}
		}
		if (signer == null) {
			return HcertVerification.failed("signature", claims.kind(), null);
		}
		Map<String, Object> payload = CborValues.toJava(claims.dcc());
		if (!signer.kinds().contains(claims.kind())) {
			return HcertVerification.failed("key_usage", claims.kind(), payload);
		}
		if (claims.expiresAt() != null && !now.isBefore(claims.expiresAt())) {
			return HcertVerification.failed("expired", claims.kind(), payload);
		}
		if (claims.issuedAt() != null && now.isBefore(claims.issuedAt())) {
			return HcertVerification.failed("not_yet_valid", claims.kind(), payload);
		}
		return new HcertVerification(true, OK, claims.kind(), payload);
	}

	/** The CWT claims an HCERT must carry: a DCC of exactly one kind with one entry; iat and exp when present. */
	record Claims(String issuer, Instant issuedAt, Instant expiresAt, CBORObject dcc, CertificateKind kind) {

		static Claims read(byte[] payload) {
			try {
				CBORObject cwt = CBORObject.DecodeFromBytes(payload);
				if (cwt.getType() != CBORType.Map) {
					return null;
				}
				CBORObject hcert = cwt.GetOrDefault(-260, null);
				CBORObject dcc = hcert == null || hcert.getType() != CBORType.Map ? null : hcert.GetOrDefault(1, null);
				if (dcc == null || dcc.getType() != CBORType.Map) {
					return null;
				}
				CertificateKind kind = null;
				for (var entry : Map.of("v", CertificateKind.VACCINATION, "t", CertificateKind.TEST, "r", CertificateKind.RECOVERY).entrySet()) {
					CBORObject entries = dcc.GetOrDefault(entry.getKey(), null);
					if (entries != null) {
						if (kind != null || entries.getType() != CBORType.Array || entries.size() != 1) {
							return null; // two kinds, or not exactly one entry: the schema allows neither
						}
						kind = entry.getValue();
					}
				}
				if (kind == null) {
					return null;
				}
				CBORObject iss = cwt.GetOrDefault(1, null);
				return new Claims(iss != null && iss.getType() == CBORType.TextString ? iss.AsString() : null,
						instant(cwt.GetOrDefault(6, null)), instant(cwt.GetOrDefault(4, null)), dcc, kind);
			}
			catch (CBORException | IllegalArgumentException | IllegalStateException | ArithmeticException e) {
				return null;
			}
		}

		private static Instant instant(CBORObject seconds) {
			if (seconds == null) {
				return null;
			}
			if (!seconds.isNumber()) {
				throw new IllegalArgumentException("a time claim that is no number");
			}
			return Instant.ofEpochSecond(seconds.AsNumber().ToInt64Unchecked());
		}
	}
}
