package vn.pccovid.core.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's two passwords: the superuser's (kept for maintenance: roles, ownership) and the platform
 * user's (the only one the pool uses). Generated once and kept in the data directory in a file only the owner can
 * read, created with those permissions so it is never readable by others, not even for a moment.
 *
 * @param superuserPassword password of {@code postgres}
 * @param platformPassword  password of the platform's own non-superuser role
 */
record DatabaseCredentials(String superuserPassword, String platformPassword) {

	static final String FILE = "pccovid-credentials.properties";
	private static final SecureRandom RANDOM = new SecureRandom();

	static DatabaseCredentials generate() {
		return new DatabaseCredentials(secret(), secret());
	}

	/** The stored credentials of this data directory, or {@code null} when it has none yet. */
	static DatabaseCredentials read(Path directory) throws IOException {
		Path file = directory.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		String superuser = properties.getProperty("postgres");
		String platform = properties.getProperty("pccovid");
		if (superuser == null || platform == null || superuser.isBlank() || platform.isBlank()) {
			throw new IOException(file + " is incomplete; delete it to have new passwords set at the next start");
		}
		return new DatabaseCredentials(superuser, platform);
	}

	/** Writes the file next to the server's data: a temporary file created with mode 600, then moved in place. */
	void write(Path directory) throws IOException {
		Path temporary = directory.resolve(FILE + ".tmp");
		Files.deleteIfExists(temporary);
		Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Properties properties = new Properties();
		properties.setProperty("postgres", superuserPassword);
		properties.setProperty("pccovid", platformPassword);
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			properties.store(writer, "Passwords of the embedded PostgreSQL; keep this file private");
		}
		Files.move(temporary, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private static String secret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "DatabaseCredentials[****]";
	}
}
