package vn.pccovid.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.upokecenter.cbor.CBORObject;

import nl.minvws.encoding.Base45;
import vn.pccovid.certificate.CertificateKind;
import vn.pccovid.certificate.HcertVerification;

/** Every failure reason of the verifier, each produced by a crafted input, and the round trip of each kind. */
class HcertVerifierTest {

	static final Instant NOW = Instant.parse("2021-10-15T03:00:00Z");
	static final DccPayloads.Holder HOLDER = new DccPayloads.Holder("Nguyễn Văn An", LocalDate.of(1990, 3, 5));

	final SignerCertificates.Issued csca;
	final SignerCertificates.Issued signer;
	final SignerKeys.Signing signing;
	final List<TrustedSigner> trusted = new ArrayList<>();
	final HcertVerifier verifier;

	HcertVerifierTest() throws Exception {
		csca = SignerCertificates.csca("VN", NOW.minus(Duration.ofDays(30)));
		signer = SignerCertificates.documentSigner("VN", csca, NOW.minus(Duration.ofDays(30)), 1);
		signing = new SignerKeys.Signing(Kids.of(signer.certificate()), signer.keys().getPrivate(), signer.certificate());
		trusted.add(TrustedSigner.of(Kids.base64(signing.kid()), signer.certificate(), "VN", true));
		Function<String, List<TrustedSigner>> byKid = kid -> trusted.stream().filter(s -> s.kid().equals(kid)).toList();
		verifier = new HcertVerifier(byKid);
	}

	CBORObject claims(CBORObject dcc, Instant iat, Instant exp) {
		return HcertSigner.claims("VN", iat, exp, dcc);
	}

	CBORObject vaccination() {
		return DccPayloads.vaccination(HOLDER, "ASTRAZENECA", 2, 2, LocalDate.of(2021, 9, 1), Uvcis.next());
	}

	String hc1(CBORObject claims) {
		return HcertSigner.encode(HcertSigner.PREFIX, claims, signing);
	}

	String wrap(byte[] cose) {
		return "HC1:" + Base45.getEncoder().encodeToString(Zlib.deflate(cose));
	}

	@Test
	void eachKindRoundTrips() {
		for (CBORObject dcc : List.of(vaccination(),
				DccPayloads.test(HOLDER, vn.pccovid.testing.TestType.RT_PCR, NOW.minus(Duration.ofHours(5)), "Bệnh viện Bạch Mai", Uvcis.next()),
				DccPayloads.recovery(HOLDER, LocalDate.of(2021, 8, 1), Uvcis.next()))) {
			HcertVerification result = verifier.verify(hc1(claims(dcc, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30)))), NOW);
			assertThat(result.reason()).isEqualTo("ok");
			assertThat(result.valid()).isTrue();
			assertThat(result.payload()).containsEntry("ver", "1.3.0").containsEntry("dob", "1990-03-05");
			assertThat(result.payload().get("nam")).isEqualTo(java.util.Map.of("fn", "Nguyễn", "fnt", "NGUYEN", "gn", "Văn An", "gnt", "VAN<AN"));
		}
		assertThat(verifier.verify(hc1(claims(DccPayloads.recovery(HOLDER, LocalDate.of(2021, 8, 1), Uvcis.next()),
				NOW.minusSeconds(60), NOW.plusSeconds(60))), NOW).kind()).isEqualTo(CertificateKind.RECOVERY);
	}

	@Test
	void namesEachFailure() throws Exception {
		String good = hc1(claims(vaccination(), NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30))));
		assertThat(reason(good)).isEqualTo("ok");

		assertThat(reason("HC2:" + good.substring(4))).isEqualTo("prefix");
		assertThat(reason(good.substring(4))).isEqualTo("prefix");
		assertThat(reason("HC1:" + good.substring(4, 30) + "a" + good.substring(31))).as("lower case is not Base45").isEqualTo("base45");
		String body = good.substring(4);
		while (body.length() % 3 != 1) {
			body = body.substring(0, body.length() - 1); // Base45 never leaves one character alone in a group
		}
		// The lone character is made a letter: the cut could leave Base45's space there, which the verifier strips
		// as surrounding blank (a real HC1 never ends in a space), and the rest would then decode.
		body = body.substring(0, body.length() - 1) + "A";
		assertThat(reason("HC1:" + body)).as("a dangling character").isEqualTo("base45");

		byte[] cose = HcertSigner.sign(claims(vaccination(), NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30))).EncodeToBytes(), signing);
		assertThat(reason("HC1:" + Base45.getEncoder().encodeToString(cose))).as("not compressed").isEqualTo("zlib");
		byte[] truncated = java.util.Arrays.copyOf(Zlib.deflate(cose), 40);
		assertThat(reason("HC1:" + Base45.getEncoder().encodeToString(truncated))).isEqualTo("zlib");

		assertThat(reason(wrap(CBORObject.NewArray().Add(1).Add(2).EncodeToBytes()))).isEqualTo("cose");
		assertThat(reason(wrap(sign1(protectedHeader(-7, signing.kid()), CBORObject.NewMap(),
				CBORObject.NewMap().Add(1, "VN").EncodeToBytes(), signer.keys().getPrivate(), -7)))).as("a CWT without hcert").isEqualTo("cose");

		byte[] payload = claims(vaccination(), NOW.minusSeconds(60), NOW.plus(Duration.ofDays(30))).EncodeToBytes();
		assertThat(reason(wrap(sign1(protectedHeader(-35, signing.kid()), CBORObject.NewMap(), payload, signer.keys().getPrivate(), -7))))
				.as("ES384 is not a DCC algorithm").isEqualTo("alg");
		assertThat(reason(wrap(sign1(protectedHeader(-7, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }), CBORObject.NewMap(), payload,
				signer.keys().getPrivate(), -7)))).isEqualTo("unknown_kid");
		KeyPair stranger = SignerCertificates.p256();
		assertThat(reason(wrap(sign1(protectedHeader(-7, signing.kid()), CBORObject.NewMap(), payload, stranger.getPrivate(), -7))))
				.isEqualTo("signature");

		assertThat(reason(hc1(claims(vaccination(), NOW.minus(Duration.ofDays(40)), NOW)))).as("exp is exclusive").isEqualTo("expired");
		assertThat(reason(hc1(claims(vaccination(), NOW.plusSeconds(1), NOW.plus(Duration.ofDays(30)))))).isEqualTo("not_yet_valid");
	}

	@Test
	void checksTheSignersKeyUsageAgainstTheKind() throws Exception {
		SignerCertificates.Issued testOnly = SignerCertificates.documentSigner("VN", csca, NOW.minus(Duration.ofDays(1)), 2);
		// re-issue a signer whose extended key usage allows tests only
		var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(csca.certificate(), java.math.BigInteger.TEN,
				java.util.Date.from(NOW.minus(Duration.ofDays(1))), java.util.Date.from(NOW.plus(Duration.ofDays(300))),
				new javax.security.auth.x500.X500Principal("CN=test only"), testOnly.keys().getPublic());
		builder.addExtension(org.bouncycastle.asn1.x509.Extension.extendedKeyUsage, false,
				new org.bouncycastle.asn1.x509.ExtendedKeyUsage(org.bouncycastle.asn1.x509.KeyPurposeId.getInstance(
						new org.bouncycastle.asn1.ASN1ObjectIdentifier(DccKeyUsage.TEST))));
		var certificate = SignerCertificates.parse(builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
				.build(csca.keys().getPrivate())).getEncoded());
		trusted.add(TrustedSigner.of(Kids.base64(Kids.of(certificate)), certificate, "VN", false));
		SignerKeys.Signing tests = new SignerKeys.Signing(Kids.of(certificate), testOnly.keys().getPrivate(), certificate);

		HcertVerification refused = verifier.verify(HcertSigner.encode("HC1:", claims(vaccination(), NOW.minusSeconds(1), NOW.plusSeconds(600)), tests), NOW);
		assertThat(refused.reason()).isEqualTo("key_usage");
		assertThat(refused.valid()).isFalse();
		assertThat(verifier.verify(HcertSigner.encode("HC1:", claims(DccPayloads.test(HOLDER, vn.pccovid.testing.TestType.RT_PCR,
				NOW.minusSeconds(3600), "site", Uvcis.next()), NOW.minusSeconds(1), NOW.plusSeconds(600)), tests), NOW).reason()).isEqualTo("ok");
	}

	@Test
	void acceptsTheKidInTheUnprotectedHeaderAndAnUntaggedMessage() throws Exception {
		byte[] payload = claims(vaccination(), NOW.minusSeconds(60), NOW.plusSeconds(600)).EncodeToBytes();
		byte[] untagged = sign1(CBORObject.NewMap().Add(1, -7), CBORObject.NewMap().Add(4, signing.kid()), payload,
				signer.keys().getPrivate(), -7);
		assertThat(CBORObject.DecodeFromBytes(untagged).isTagged()).isFalse();
		assertThat(reason(wrap(untagged))).isEqualTo("ok");
	}

	@Test
	void verifiesPs256WithAnRsaSigner() throws Exception {
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(2048);
		KeyPair keys = rsa.generateKeyPair();
		var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(new javax.security.auth.x500.X500Principal("CN=RSA signer"),
				java.math.BigInteger.ONE, java.util.Date.from(NOW.minus(Duration.ofDays(1))), java.util.Date.from(NOW.plus(Duration.ofDays(300))),
				new javax.security.auth.x500.X500Principal("CN=RSA signer"), keys.getPublic());
		var certificate = SignerCertificates.parse(builder.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
				.build(keys.getPrivate())).getEncoded());
		byte[] kid = Kids.of(certificate);
		trusted.add(TrustedSigner.of(Kids.base64(kid), certificate, "DE", false));
		byte[] payload = claims(vaccination(), NOW.minusSeconds(60), NOW.plusSeconds(600)).EncodeToBytes();
		assertThat(reason(wrap(sign1(protectedHeader(-37, kid), CBORObject.NewMap(), payload, keys.getPrivate(), -37)))).isEqualTo("ok");
		assertThat(reason(wrap(sign1(protectedHeader(-7, kid), CBORObject.NewMap(), payload, signer.keys().getPrivate(), -7))))
				.as("an EC signature under an RSA signer's kid").isEqualTo("signature");
	}

	String reason(String hc1) {
		return verifier.verify(hc1, NOW).reason();
	}

	static CBORObject protectedHeader(int alg, byte[] kid) {
		return CBORObject.NewMap().Add(1, alg).Add(4, kid);
	}

	/** A COSE_Sign1 built by hand from the RFC (so that headers can be anything), signed with JCA. */
	static byte[] sign1(CBORObject protectedMap, CBORObject unprotected, byte[] payload, PrivateKey key, int alg) throws Exception {
		byte[] protectedBytes = protectedMap.EncodeToBytes();
		byte[] toBeSigned = CBORObject.NewArray().Add("Signature1").Add(protectedBytes).Add(new byte[0]).Add(payload).EncodeToBytes();
		Signature signature;
		if (alg == -37) {
			signature = Signature.getInstance("RSASSA-PSS");
			signature.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
		}
		else {
			signature = Signature.getInstance("SHA256withECDSAinP1363Format");
		}
		signature.initSign(key);
		signature.update(toBeSigned);
		return CBORObject.NewArray().Add(protectedBytes).Add(unprotected).Add(payload).Add(signature.sign()).EncodeToBytes();
	}
}
