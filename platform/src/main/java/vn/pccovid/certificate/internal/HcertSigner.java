package vn.pccovid.certificate.internal;

import java.time.Instant;

import com.upokecenter.cbor.CBORObject;

import COSE.AlgorithmID;
import COSE.Attribute;
import COSE.CoseException;
import COSE.HeaderKeys;
import COSE.OneKey;
import COSE.Sign1Message;
import nl.minvws.encoding.Base45;

/**
 * Encodes a DCC as an HCERT: CWT claims (iss, iat, exp, hcert) → CBOR → COSE_Sign1 (ES256, kid in the protected
 * header, tagged 18) signed with cose-java → zlib → Base45 → {@code HC1:}. The same path with another prefix signs
 * the COVID card's QR.
 */
final class HcertSigner {

	static final String PREFIX = "HC1:";

	private HcertSigner() {
	}

	/** The CWT claims of an HCERT carrying this DCC. */
	static CBORObject claims(String issuer, Instant issuedAt, Instant expiresAt, CBORObject dcc) {
		CBORObject hcert = CBORObject.NewMap().Add(1, dcc);
		return CBORObject.NewMap().Add(1, issuer).Add(4, expiresAt.getEpochSecond()).Add(6, issuedAt.getEpochSecond())
				.Add(-260, hcert);
	}

	static String encode(String prefix, CBORObject claims, SignerKeys.Signing signing) {
		return prefix + Base45.getEncoder().encodeToString(Zlib.deflate(sign(claims.EncodeToBytes(), signing)));
	}

	/** A tagged COSE_Sign1 over the payload. */
	static byte[] sign(byte[] payload, SignerKeys.Signing signing) {
		try {
			Sign1Message message = new Sign1Message();
			message.addAttribute(HeaderKeys.Algorithm, AlgorithmID.ECDSA_256.AsCBOR(), Attribute.PROTECTED);
			message.addAttribute(HeaderKeys.KID, CBORObject.FromObject(signing.kid()), Attribute.PROTECTED);
			message.SetContent(payload);
			message.sign(new OneKey(signing.certificate().getPublicKey(), signing.key()));
			return message.EncodeToBytes();
		}
		catch (CoseException e) {
			throw new IllegalStateException("COSE signing failed", e);
		}
	}
}
