package vn.pccovid.certificate.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.upokecenter.cbor.CBORObject;
import com.upokecenter.cbor.CBORType;

import nl.minvws.encoding.Base45;
import vn.pccovid.certificate.CardColour;

/**
 * The COVID card's QR: {@code PCC1:} + Base45(COSE_Sign1 ES256 by the platform's current document signer) over a
 * CBOR map {@code {v: 1, p: person id, c: colour, iat, exp}}. Short-lived; only the platform's own signers verify
 * it; the verifier looks the person up (name and date of birth) and audits the scan, so the QR itself carries no
 * name, birth date or CCCD.
 */
@Component
class CardQrs {

	static final String PREFIX = "PCC1:";

	/** A verified card QR. */
	record Card(UUID person, CardColour colour, Instant expiresAt) {
	}

	private final SignerKeys keys;
	private final TrustList trust;

	CardQrs(SignerKeys keys, TrustList trust) {
		this.keys = keys;
		this.trust = trust;
	}

	String sign(UUID person, CardColour colour, Instant issuedAt, Instant expiresAt) {
		CBORObject claims = CBORObject.NewMap().Add("v", 1).Add("p", person.toString()).Add("c", colour.name())
				.Add("iat", issuedAt.getEpochSecond()).Add("exp", expiresAt.getEpochSecond());
		return PREFIX + Base45.getEncoder().encodeToString(HcertSigner.sign(claims.EncodeToBytes(), keys.signing()));
	}

	/** The card, or a reason code: {@code prefix}, {@code base45}, {@code cose}, {@code unknown_kid}, {@code signature}, {@code expired}. */
	Result verify(String text, Instant now) {
		String qr = text == null ? "" : text.strip();
		if (!qr.startsWith(PREFIX)) {
			return Result.failed("prefix");
		}
		byte[] bytes;
		try {
			bytes = Base45.getDecoder().decode(qr.substring(PREFIX.length()));
		}
		catch (RuntimeException e) {
			return Result.failed("base45");
		}
		CoseSign1 message = CoseSign1.parse(bytes);
		Optional<Card> card = message == null ? Optional.empty() : read(message.payload());
		if (card.isEmpty() || !Integer.valueOf(CoseSign1.ES256).equals(message.algorithm())) {
			return Result.failed("cose");
		}
		var signers = message.kid() == null ? java.util.List.<TrustedSigner>of() : trust.ownByKid(message.kid());
		if (signers.isEmpty()) {
			return Result.failed("unknown_kid");
		}
		if (signers.stream().noneMatch(s -> message.verifiedBy(CoseSign1.ES256, s.publicKey()))) {
			return Result.failed("signature");
		}
		if (!now.isBefore(card.get().expiresAt())) {
			return Result.failed("expired");
		}
		return new Result(card.get(), "ok");
	}

	/** The outcome of a card QR check. */
	record Result(Card card, String reason) {

		static Result failed(String reason) {
			return new Result(null, reason);
		}
	}

	private static Optional<Card> read(byte[] payload) {
		try {
			CBORObject claims = CBORObject.DecodeFromBytes(payload);
			if (claims.getType() != CBORType.Map) {
				return Optional.empty();
			}
			return Optional.of(new Card(UUID.fromString(claims.get("p").AsString()), CardColour.valueOf(claims.get("c").AsString()),
					Instant.ofEpochSecond(claims.get("exp").AsNumber().ToInt64Checked())));
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}
}
