package vn.pccovid.certificate;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.zip.Deflater;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import com.upokecenter.cbor.CBORObject;

import nl.minvws.encoding.Base45;

/** Another country's document signer, made in the test: its own key, certificate and HCERTs (no platform code). */
final class ForeignIssuer {

	final KeyPair keys;
	final X509Certificate certificate;
	final String country;

	ForeignIssuer(String country) throws Exception {
		this.country = country;
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		keys = generator.generateKeyPair();
		Instant now = Instant.now();
		X500Principal name = new X500Principal("C=" + country + ",CN=DSC " + country + " " + System.nanoTime());
		certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
				BigInteger.valueOf(System.nanoTime()), Date.from(now.minus(Duration.ofDays(400))),
				Date.from(now.plus(Duration.ofDays(400))), name, keys.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
	}

	String kid() throws Exception {
		return IndependentDccVerifier.kid(certificate);
	}

	String entry(String kid) throws Exception {
		return "{\"kid\":\"" + kid + "\",\"certificate\":\"" + Base64.getEncoder().encodeToString(certificate.getEncoded())
				+ "\",\"country\":\"" + country + "\"}";
	}

	/** A vaccination HCERT for Erika Mustermann, signed by this issuer under the given kid. */
	String hc1(String kid, Instant issuedAt, Instant expiresAt) throws Exception {
		CBORObject v = CBORObject.NewMap().Add("tg", "840539006").Add("vp", "1119349007").Add("mp", "EU/1/20/1528")
				.Add("ma", "ORG-100030215").Add("dn", 2).Add("sd", 2).Add("dt", "2021-06-01").Add("co", country)
				.Add("is", "Robert Koch-Institut").Add("ci", "URN:UVCI:01DE/IZ12345A/5CWLU12RNOB9RXSEOP6FG8#W");
		CBORObject dcc = CBORObject.NewMap().Add("ver", "1.3.0")
				.Add("nam", CBORObject.NewMap().Add("fn", "Mustermann").Add("fnt", "MUSTERMANN").Add("gn", "Erika").Add("gnt", "ERIKA"))
				.Add("dob", "1964-08-12").Add("v", CBORObject.NewArray().Add(v));
		byte[] payload = CBORObject.NewMap().Add(1, country).Add(4, expiresAt.getEpochSecond()).Add(6, issuedAt.getEpochSecond())
				.Add(-260, CBORObject.NewMap().Add(1, dcc)).EncodeToBytes();
		byte[] protectedBytes = CBORObject.NewMap().Add(1, -7).Add(4, Base64.getDecoder().decode(kid)).EncodeToBytes();
		Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
		signature.initSign(keys.getPrivate());
		signature.update(CBORObject.NewArray().Add("Signature1").Add(protectedBytes).Add(new byte[0]).Add(payload).EncodeToBytes());
		byte[] cose = CBORObject.FromObjectAndTag(CBORObject.NewArray().Add(protectedBytes).Add(CBORObject.NewMap()).Add(payload)
				.Add(signature.sign()), 18).EncodeToBytes();
		Deflater deflater = new Deflater(9);
		deflater.setInput(cose);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return "HC1:" + Base45.getEncoder().encodeToString(out.toByteArray());
	}
}
