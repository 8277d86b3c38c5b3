package vn.pccovid.movement.internal;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;

import vn.pccovid.core.AreaCode;

/**
 * The signed permit QR a checkpoint verifies offline: a compact JWS (ES256, header {@code typ: permit}, {@code kid})
 * whose small payload is the permit id ({@code jti}), the person ({@code sub}), purpose ({@code p}), first and last
 * day ({@code vf}, {@code vt}, ISO dates) and zone paths ({@code z}, e.g. {@code 01.001}). No name or CCCD: a device that sees the QR
 * learns nothing without the registry.
 */
@Component
class PermitQr {

	static final JOSEObjectType TYPE = new JOSEObjectType("permit");

	/** What a permit QR says, once its signature verified. */
	record Claims(UUID permit, UUID person, String purpose, LocalDate validFrom, LocalDate validTo, List<AreaCode> zones) {
	}

	/** The outcome of reading a text as a permit QR. */
	record Read(boolean forged, Claims claims) {
	}

	private final PermitKeys keys;

	PermitQr(PermitKeys keys) {
		this.keys = keys;
	}

	String sign(Claims claims) {
		Payload payload = new Payload(java.util.Map.of("jti", claims.permit().toString(), "sub", claims.person().toString(),
				"p", claims.purpose(), "vf", claims.validFrom().toString(), "vt", claims.validTo().toString(),
				"z", claims.zones().stream().map(AreaCode::path).toList()));
		JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).keyID(keys.kid()).build(), payload);
		try {
			jws.sign(new ECDSASigner(keys.privateKey()));
		}
		catch (JOSEException e) {
			throw new IllegalStateException("could not sign a permit QR", e);
		}
		return jws.serialize();
	}

	/**
	 * Reads the text: empty when it is not a permit QR at all (another kind of code); {@code forged} when it claims to
	 * be one but its key or signature does not verify or its content is malformed.
	 */
	Optional<Read> read(String text) {
		JWSObject jws;
		try {
			jws = JWSObject.parse(text.strip());
		}
		catch (ParseException | RuntimeException e) {
			return Optional.empty();
		}
		if (!TYPE.equals(jws.getHeader().getType())) {
			return Optional.empty();
		}
		try {
			if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm()) || !keys.kid().equals(jws.getHeader().getKeyID())
					|| !jws.verify(new ECDSAVerifier(keys.publicKey()))) {
				return Optional.of(new Read(true, null));
			}
			var json = jws.getPayload().toJSONObject();
			@SuppressWarnings("unchecked")
			List<String> zones = (List<String>) json.get("z");
			return Optional.of(new Read(false, new Claims(UUID.fromString((String) json.get("jti")),
					UUID.fromString((String) json.get("sub")), (String) json.get("p"), LocalDate.parse((String) json.get("vf")),
					LocalDate.parse((String) json.get("vt")), zones.stream().map(AreaCode::parsePath).toList())));
		}
		catch (JOSEException | RuntimeException e) {
			return Optional.of(new Read(true, null));
		}
	}
}
