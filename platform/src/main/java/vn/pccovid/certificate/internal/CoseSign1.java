package vn.pccovid.certificate.internal;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;

import com.upokecenter.cbor.CBORException;
import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;

/**
 * A COSE_Sign1 message (RFC 8152 §4.2) read strictly with the CBOR library: tagged (18, optionally inside the CWT
 * tag 61) or untagged, an array of protected header (bstr), unprotected header (map), payload (bstr) and signature
 * (bstr). Why not cose-java's decoder here: it cannot say which part is wrong, has no RSA keys (PS256), and builds a
 * COSE key per check; verification is the RFC's Sig_structure checked with the JDK's own algorithms.
 *
 * @param protectedBytes  the protected header exactly as signed
 * @param protectedHeader its decoded map (empty when the bstr is empty)
 * @param unprotected     the unprotected header
 * @param payload         the payload bytes
 * @param signature       the signature bytes
 */
record CoseSign1(byte[] protectedBytes, CBORObject protectedHeader, CBORObject unprotected, byte[] payload,
		byte[] signature) {

	static final int ES256 = -7;
	static final int PS256 = -37;

	private static final int ALG = 1;
	private static final int KID = 4;

	/** The message, or {@code null} when the bytes are not a well-formed COSE_Sign1. */
	static CoseSign1 parse(byte[] bytes) {
		try {
			CBORObject message = CBORObject.DecodeFromBytes(bytes);
			if (message.HasMostOuterTag(61)) {
				message = message.UntagOne();
			}
			if (message.HasMostOuterTag(18)) {
				message = message.UntagOne();
			}
			if (message.isTagged() || message.getType() != CBORType.Array || message.size() != 4
					|| message.get(0).getType() != CBORType.ByteString || message.get(1).getType() != CBORType.Map
					|| message.get(2).getType() != CBORType.ByteString || message.get(3).getType() != CBORType.ByteString) {
				return null;
			}
			byte[] protectedBytes = message.get(0).GetByteString();
			CBORObject protectedHeader = protectedBytes.length == 0 ? CBORObject.NewMap() : CBORObject.DecodeFromBytes(protectedBytes);
			if (protectedHeader.getType() != CBORType.Map) {
				return null;
			}
			return new CoseSign1(protectedBytes, protectedHeader, message.get(1), message.get(2).GetByteString(),
					message.get(3).GetByteString());
		}
		catch (CBORException | IllegalArgumentException | IllegalStateException e) {
			return null;
		}
	}

	/**
	 * The algorithm: the protected header's, else the unprotected header's (RFC 8152 wants it protected, but signers
	 * exist that put it beside the kid, and the official test vectors accept them); {@code null} if none.
	 */
	Integer algorithm() {
		CBORObject alg = protectedHeader.GetOrDefault(ALG, null);
		if (alg == null) {
			alg = unprotected.GetOrDefault(ALG, null);
		}
		return alg != null && alg.isNumber() && alg.AsNumber().CanFitInInt32() ? alg.AsNumber().ToInt32Checked() : null;
	}

	/** The kid (Base64): the protected header's when present, else the unprotected header's; {@code null} if none. */
	String kid() {
		CBORObject kid = protectedHeader.GetOrDefault(KID, null);
		if (kid == null) {
			kid = unprotected.GetOrDefault(KID, null);
		}
		return kid != null && kid.getType() == CBORType.ByteString ? Base64.getEncoder().encodeToString(kid.GetByteString()) : null;
	}

	/** The bytes that were signed: Sig_structure ["Signature1", protected, external_aad h'', payload]. */
	byte[] toBeSigned() {
		return CBORObject.NewArray().Add("Signature1").Add(protectedBytes).Add(new byte[0]).Add(payload).EncodeToBytes();
	}

	/** Whether this key, of the type the algorithm needs, made the signature. */
	boolean verifiedBy(int algorithm, PublicKey key) {
		try {
			Signature verifier;
			if (algorithm == ES256 && key instanceof ECPublicKey) {
				verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
			}
			else if (algorithm == PS256 && key instanceof RSAPublicKey) {
				verifier = Signature.getInstance("RSASSA-PSS");
				verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
			}
			else {
				return false;
			}
			verifier.initVerify(key);
			verifier.update(toBeSigned());
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException | RuntimeException e) {
			return false;
		}
	}
}
