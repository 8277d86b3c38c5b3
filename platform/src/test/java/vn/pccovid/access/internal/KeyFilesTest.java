package vn.pccovid.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key directory is its owner's alone (700) and each key file too (600), from creation on. */
class KeyFilesTest {

	@TempDir
	Path dataDir;

	@Test
	void newKeysAreOwnerOnlyFromTheStart() throws IOException {
		new SigningKeys(dataDir);
		Path keys = dataDir.resolve("keys");
		assertThat(mode(keys)).isEqualTo("rwx------");
		try (var files = Files.list(keys)) {
			assertThat(files.toList()).hasSize(3).allSatisfy(file -> assertThat(mode(file)).as(file.toString()).isEqualTo("rw-------"));
		}
	}

	@Test
	void aLooseExistingDirectoryIsTightenedAtStart() throws IOException {
		SigningKeys first = new SigningKeys(dataDir);
		Path keys = dataDir.resolve("keys");
		Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(keys.resolve("otp-hmac.key"), PosixFilePermissions.fromString("rw-r--r--"));

		SigningKeys again = new SigningKeys(dataDir);
		assertThat(mode(keys)).isEqualTo("rwx------");
		assertThat(mode(keys.resolve("otp-hmac.key"))).isEqualTo("rw-------");
		assertThat(again.publicKey()).isEqualTo(first.publicKey());
		assertThat(again.hmacKey()).isEqualTo(first.hmacKey());
	}

	private static String mode(Path path) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
