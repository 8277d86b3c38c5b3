package vn.pccovid.checkin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;

/** An install from before rotation: its one venue key moves into the keyring and its posters keep verifying. */
class VenueQrKeysTest {

	@TempDir
	Path dataDir;

	@Test
	void theLegacyPairBecomesTheCurrentKeyUnderItsOldId() throws Exception {
		Path dir = dataDir.resolve("keys/venue-qr");
		Files.createDirectories(dir);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair pair = generator.generateKeyPair();
		String pub = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
		Files.writeString(dir.resolve("venue-qr.pub"), pub);
		Files.writeString(dir.resolve("venue-qr.key"), Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
		String legacyKid = VenueQrKeys.legacyKid(pub);

		// A poster as the pre-rotation code signed it.
		UUID venue = UUID.randomUUID();
		JWSObject poster = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(legacyKid).build(),
				new Payload(java.util.Map.of("typ", "venue", "sub", venue.toString())));
		poster.sign(new ECDSASigner((java.security.interfaces.ECPrivateKey) pair.getPrivate()));

		VenueQrKeys keys = new VenueQrKeys(dataDir);
		assertThat(keys.ring().signing().kid()).isEqualTo(legacyKid);
		assertThat(dir.resolve("venue-qr.key")).doesNotExist();
		assertThat(dir.resolve(legacyKid + ".key")).exists();
		VenueQrs qrs = new VenueQrs(keys);
		assertThat(qrs.signatureValid(poster.serialize())).isTrue();
		assertThat(qrs.venueIdOf(poster.serialize())).contains(venue);

		keys.ring().rotate();
		assertThat(qrs.signatureValid(poster.serialize())).as("after a rotation").isTrue();
		assertThat(VenueQrs.kidOf(qrs.sign(venue))).isNotEqualTo(legacyKid);
		assertThat(new VenueQrKeys(dataDir).ring().publicKeys()).containsKey(legacyKid);
	}
}
