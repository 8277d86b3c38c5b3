package vn.pccovid.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared keyring: first key, rotation keeping old public keys, retirement, and two nodes on one directory. */
class SigningKeyringTest {

	@TempDir
	Path dir;

	@Test
	void rotationKeepsTheOldPublicKeyAndRetirementRemovesIt() throws Exception {
		SigningKeyring ring = new SigningKeyring(dir.resolve("keys"), "test");
		String first = ring.signing().kid();
		byte[] signature = sign(ring, "poster");
		String second = ring.rotate();

		assertThat(second).isNotEqualTo(first);
		assertThat(ring.signing().kid()).isEqualTo(second);
		assertThat(verify(ring, first, "poster", signature)).as("old key still verifies").isTrue();
		assertThat(Files.exists(dir.resolve("keys/" + first + ".key"))).as("old private half deleted").isFalse();
		assertThat(ring.publicKeys()).containsOnlyKeys(first, second);
		assertThat(ring.jwkSet(kid -> true).toString()).contains(first, second);
		assertThat(ring.jwkSet(kid -> false).toString()).contains(second).doesNotContain(first);

		assertThat(ring.retire(second)).isEqualTo(SigningKeyring.Retirement.CURRENT);
		assertThat(ring.retire("nope")).isEqualTo(SigningKeyring.Retirement.UNKNOWN);
		assertThat(ring.retire("../keys")).isEqualTo(SigningKeyring.Retirement.UNKNOWN);
		assertThat(ring.retire(first)).isEqualTo(SigningKeyring.Retirement.RETIRED);
		assertThat(ring.publicKey(first)).isEmpty();
		assertThat(ring.active(first)).isFalse();
		assertThat(ring.active(second)).isTrue();
	}

	@Test
	void anotherNodeSeesARotationWhenItMeetsTheNewKid() throws Exception {
		SigningKeyring one = new SigningKeyring(dir.resolve("shared"), "test");
		SigningKeyring two = new SigningKeyring(dir.resolve("shared"), "test");
		assertThat(two.signing().kid()).as("the second node reads the first node's key").isEqualTo(one.signing().kid());
		String rotated = one.rotate();
		byte[] signature = sign(one, "qr");
		assertThat(verify(two, rotated, "qr", signature)).isTrue();
	}

	private static byte[] sign(SigningKeyring ring, String text) throws Exception {
		Signature signer = Signature.getInstance("SHA256withECDSA");
		signer.initSign(ring.signing().key());
		signer.update(text.getBytes());
		return signer.sign();
	}

	private static boolean verify(SigningKeyring ring, String kid, String text, byte[] signature) throws Exception {
		Signature verifier = Signature.getInstance("SHA256withECDSA");
		verifier.initVerify(ring.publicKey(kid).orElseThrow());
		verifier.update(text.getBytes());
		return verifier.verify(signature);
	}
}
