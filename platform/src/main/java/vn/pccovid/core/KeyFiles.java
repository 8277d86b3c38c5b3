package vn.pccovid.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * A module's key directory on disk (such as {@code <data-dir>/keys/personal-qr}, mode 700) holding small ASCII files
 * — Base64 public keys or certificates, PKCS#8 private keys (mode 600) — and a {@value #CURRENT} file naming the key
 * that signs now. Every file is written to a temporary file created with mode 600 and moved into place atomically, so
 * another node sharing the directory never reads half a file. What the files mean stays with the module.
 */
public final class KeyFiles {

	/** The file naming the key in use. */
	public static final String CURRENT = "current";

	private final Path dir;

	/** Opens the directory, creating it (mode 700) when missing. */
	public KeyFiles(Path dir) throws IOException {
		this.dir = dir;
		if (!Files.isDirectory(dir)) {
			Files.createDirectories(dir.getParent());
			try {
				Files.createDirectory(dir, posix("rwx------"));
			}
			catch (FileAlreadyExistsException e) {
				// another node created it meanwhile
			}
			catch (UnsupportedOperationException e) {
				Files.createDirectories(dir);
			}
		}
	}

	/** The directory. */
	public Path dir() {
		return dir;
	}

	/** The file's content, stripped; empty when there is no such file. */
	public Optional<String> read(String name) throws IOException {
		Path file = dir.resolve(name);
		return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip()) : Optional.empty();
	}

	/** Writes the file atomically with mode 600 (replacing it when {@code replace}, else keeping an existing one). */
	public void write(String name, String content, boolean replace) throws IOException {
		Path target = dir.resolve(name);
		if (!replace && Files.exists(target)) {
			return;
		}
		Path temp;
		try {
			temp = Files.createTempFile(dir, ".tmp-", "", posix("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			temp = Files.createTempFile(dir, ".tmp-", "");
		}
		try {
			Files.writeString(temp, content, StandardCharsets.US_ASCII);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Removes the file if it is there. */
	public void delete(String name) throws IOException {
		Files.deleteIfExists(dir.resolve(name));
	}

	/** The names, without the suffix, of the files whose names end in {@code suffix} (such as {@code ".pub"}). */
	public Set<String> names(String suffix) throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix))
					.map(n -> n.substring(0, n.length() - suffix.length())).collect(java.util.stream.Collectors.toSet());
		}
	}

	private static FileAttribute<Set<PosixFilePermission>> posix(String permissions) {
		return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
	}
}
