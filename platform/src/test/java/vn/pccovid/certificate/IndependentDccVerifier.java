package vn.pccovid.certificate;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.Inflater;

import com.upokecenter.cbor.CBORObject;

/**
 * A verifier written from the EU DCC specification ("Electronic Health Certificate Specification" v1.0.5 and the
 * "Technical Specifications for Digital Green Certificates" vol. 1), sharing no code with the platform: its own
 * Base45 decoder (RFC 9285), {@link Inflater}, plain CBOR parsing of COSE_Sign1 (RFC 8152 §4.2, Sig_structure §4.4)
 * and the JDK's ECDSA. It trusts certificates given as the DCC trust list shape (kid → DER).
 */
final class IndependentDccVerifier {

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

	/** What a verifier outside the platform learns from one QR. */
	record Outcome(boolean signatureValid, String kid, long issuedAt, long expiresAt, CBORObject dcc, X509Certificate signer) {
	}

	private final Map<String, List<X509Certificate>> trusted;

	IndependentDccVerifier(Map<String, List<X509Certificate>> trusted) {
		this.trusted = trusted;
	}

	static X509Certificate certificate(String base64Der) throws Exception {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(base64Der)));
	}

	/** kid per the specification: the first 8 bytes of SHA-256 over the DER of the signer certificate. */
	static String kid(X509Certificate certificate) throws Exception {
		return Base64.getEncoder().encodeToString(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()), 8));
	}

	Outcome verify(String qr) throws Exception {
		if (!qr.startsWith("HC1:")) {
			throw new IllegalArgumentException("context identifier HC1: missing");
		}
		byte[] compressed = base45(qr.substring(4));
		if ((compressed[0] & 0xFF) != 0x78) {
			throw new IllegalArgumentException("not zlib");
		}
		Inflater inflater = new Inflater();
		inflater.setInput(compressed);
		ByteArrayOutputStream cose = new ByteArrayOutputStream();
		byte[] buffer = new byte[1024];
		while (!inflater.finished()) {
			cose.write(buffer, 0, inflater.inflate(buffer));
		}
		inflater.end();

		CBORObject message = CBORObject.DecodeFromBytes(cose.toByteArray());
		if (!message.HasMostOuterTag(18)) {
			throw new IllegalArgumentException("the platform tags its COSE_Sign1 with 18");
		}
		message = message.UntagOne();
		byte[] protectedBytes = message.get(0).GetByteString();
		CBORObject protectedHeader = CBORObject.DecodeFromBytes(protectedBytes);
		if (protectedHeader.get(1).AsInt32Value() != -7) {
			throw new IllegalArgumentException("expected ES256 (-7) in the protected header");
		}
		String kid = Base64.getEncoder().encodeToString(protectedHeader.get(4).GetByteString());
		byte[] payload = message.get(2).GetByteString();
		byte[] rs = message.get(3).GetByteString();
		byte[] toBeSigned = CBORObject.NewArray().Add("Signature1").Add(protectedBytes).Add(new byte[0]).Add(payload).EncodeToBytes();

		X509Certificate signer = null;
		for (X509Certificate candidate : trusted.getOrDefault(kid, List.of())) {
			if (ecdsaVerifies(candidate.getPublicKey(), toBeSigned, rs)) {
				signer = candidate;
			}
		}
		CBORObject cwt = CBORObject.DecodeFromBytes(payload);
		return new Outcome(signer != null, kid, cwt.get(6).AsInt64Value(), cwt.get(4).AsInt64Value(),
				cwt.get(-260).get(1), signer);
	}

	/** ES256 signatures in COSE are r ‖ s (32 bytes each); the JDK's "SHA256withECDSA" wants DER, so convert. */
	private static boolean ecdsaVerifies(PublicKey key, byte[] data, byte[] rs) throws Exception {
		if (rs.length != 64) {
			return false;
		}
		Signature signature = Signature.getInstance("SHA256withECDSA");
		signature.initVerify(key);
		signature.update(data);
		return signature.verify(der(Arrays.copyOfRange(rs, 0, 32), Arrays.copyOfRange(rs, 32, 64)));
	}

	private static byte[] der(byte[] r, byte[] s) {
		byte[] ri = integer(r);
		byte[] si = integer(s);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0x30);
		out.write(ri.length + si.length);
		out.writeBytes(ri);
		out.writeBytes(si);
		return out.toByteArray();
	}

	private static byte[] integer(byte[] unsigned) {
		int start = 0;
		while (start < unsigned.length - 1 && unsigned[start] == 0) {
			start++;
		}
		byte[] value = Arrays.copyOfRange(unsigned, start, unsigned.length);
		boolean pad = (value[0] & 0x80) != 0;
		byte[] out = new byte[2 + value.length + (pad ? 1 : 0)];
		out[0] = 0x02;
		out[1] = (byte) (value.length + (pad ? 1 : 0));
		System.arraycopy(value, 0, out, pad ? 3 : 2, value.length);
		return out;
	}

	/** RFC 9285: groups of three characters c + 45·d + 45²·e make two bytes, a final pair one byte. */
	static byte[] base45(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < text.length(); i += 3) {
			int c = ALPHABET.indexOf(text.charAt(i));
			int d = ALPHABET.indexOf(text.charAt(i + 1));
			if (c < 0 || d < 0) {
				throw new IllegalArgumentException("not Base45");
			}
			if (i + 2 < text.length()) {
				int e = ALPHABET.indexOf(text.charAt(i + 2));
				int n = c + 45 * d + 45 * 45 * e;
				if (e < 0 || n > 0xFFFF) {
					throw new IllegalArgumentException("not Base45");
				}
				out.write(n >> 8);
				out.write(n & 0xFF);
			}
			else {
				int n = c + 45 * d;
				if (n > 0xFF) {
					throw new IllegalArgumentException("not Base45");
				}
				out.write(n);
			}
		}
		return out.toByteArray();
	}
}
