package vn.pccovid.certificate.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the national CSCA (self-signed, P-256, 4 years) and document signers (P-256, 2 years, signed by the CSCA,
 * key usage digitalSignature, extended key usages for test, vaccination and recovery) with BouncyCastle's builder.
 */
final class SignerCertificates {

	static final Duration CSCA_LIFETIME = Duration.ofDays(4 * 365);
	static final Duration SIGNER_LIFETIME = Duration.ofDays(2 * 365);

	private static final SecureRandom RANDOM = new SecureRandom();

	private SignerCertificates() {
	}

	record Issued(KeyPair keys, X509Certificate certificate) {
	}

	static KeyPair p256() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	static Issued csca(String country, Instant now) throws GeneralSecurityException {
		KeyPair keys = p256();
		X500Name name = new X500Name("C=" + country + ",O=Ministry of Health,CN=PC-Covid CSCA " + country);
		var builder = builder(name, name, keys, now, CSCA_LIFETIME);
		try {
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
			builder.addExtension(Extension.subjectKeyIdentifier, false,
					new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
		}
		catch (java.io.IOException e) {
			throw new GeneralSecurityException(e);
		}
		return new Issued(keys, sign(builder, keys));
	}

	static Issued documentSigner(String country, Issued csca, Instant now, int serial) throws GeneralSecurityException {
		KeyPair keys = p256();
		X500Name subject = new X500Name("C=" + country + ",O=Ministry of Health,CN=PC-Covid DSC " + country + " " + serial);
		X500Name issuer = X500Name.getInstance(csca.certificate().getSubjectX500Principal().getEncoded());
		var builder = builder(issuer, subject, keys, now, SIGNER_LIFETIME);
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
			builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
					KeyPurposeId.getInstance(new ASN1ObjectIdentifier(DccKeyUsage.TEST)),
					KeyPurposeId.getInstance(new ASN1ObjectIdentifier(DccKeyUsage.VACCINATION)),
					KeyPurposeId.getInstance(new ASN1ObjectIdentifier(DccKeyUsage.RECOVERY)) }));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					utils.createAuthorityKeyIdentifier(csca.certificate()));
			builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
		}
		catch (java.io.IOException e) {
			throw new GeneralSecurityException(e);
		}
		return new Issued(keys, sign(builder, csca.keys()));
	}

	static X509Certificate parse(byte[] der) throws GeneralSecurityException {
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
	}

	private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Instant now,
			Duration lifetime) {
		return new JcaX509v3CertificateBuilder(issuer, new BigInteger(63, RANDOM), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(lifetime)), subject, keys.getPublic());
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuerKeys) throws GeneralSecurityException {
		try {
			ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
			return parse(builder.build(signer).getEncoded());
		}
		catch (OperatorCreationException | java.io.IOException e) {
			throw new GeneralSecurityException(e);
		}
	}
}
