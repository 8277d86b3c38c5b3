package vn.pccovid.certificate.internal;

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
 * The key directory on disk ({@code <data-dir>/keys/certificate}, mode 700): {@code csca.crt}, {@code csca.key}, {@code <kid>.crt} and {@code <kid>.key}
 * (Base64 DER certificates and PKCS#8 keys, mode 600) and {@code current} naming the document signer that signs new certificates. Every file is written to a temporary
 * file created with mode 600 and moved into place atomically, so another node never reads half a file.
 */
final class SignerKeyFiles {

	static final String CURRENT = "current";

	private final Path dir;

	SignerKeyFiles(Path dir) throws IOException {
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

	Path dir() {
		return dir;
	}

	Optional<String> read(String name) throws IOException {
		Path file = dir.resolve(name);
		return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip()) : Optional.empty();
	}

	/** Writes the file atomically with mode 600 (replacing it when {@code replace}, else keeping an existing one). */
	void write(String name, String content, boolean replace) throws IOException {
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

	void delete(String name) throws IOException {
		Files.deleteIfExists(dir.resolve(name));
	}

	/** The names (without extension) of the document signers' certificate files. */
	Set<String> signerNames() throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".crt") && !n.equals("csca.crt"))
					.map(n -> n.substring(0, n.length() - 4)).collect(java.util.stream.Collectors.toSet());
		}
	}

	private static FileAttribute<Set<PosixFilePermission>> posix(String permissions) {
		return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
	}
}
