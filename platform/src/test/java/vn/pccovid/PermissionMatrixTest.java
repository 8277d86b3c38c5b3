package vn.pccovid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.pccovid.access.Role;
import vn.pccovid.core.Permission;

/**
 * The whole permission matrix, readable in one place: {@code docs/permissions.md} is written from {@link Role}, and
 * the build fails while the committed file differs (the test rewrites it; commit the new version).
 */
class PermissionMatrixTest {

	private static final Path FILE = Path.of("../docs/permissions.md");

	@Test
	void committedPermissionMatrixMatchesTheRoles() throws IOException {
		String expected = matrix();
		String committed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
		if (!committed.equals(expected)) {
			Files.writeString(FILE, expected, StandardCharsets.UTF_8);
		}
		assertThat(committed).as("docs/permissions.md was out of date and has been rewritten from access.Role; commit it")
				.isEqualTo(expected);
	}

	@Test
	void theMatrixShowsWhatARoleGrants() {
		String matrix = matrix();
		assertThat(row(matrix, "SYSTEM_ADMIN")).contains("| ✓ |");
		assertThat(row(matrix, "VENUE_OWNER").split("✓", -1)).as("a venue owner scans, registers its venues and verifies certificates, nothing more")
				.hasSize(5);
		assertThat(Role.VENUE_OWNER.grants(Permission.CITIZEN_READ)).as("a venue owner reads no citizen").isFalse();
	}

	static String matrix() {
		String header = Stream.of(Permission.values()).map(Enum::name).collect(Collectors.joining(" | ", "| role | ", " |"));
		String rule = Stream.of(Permission.values()).map(p -> ":-:").collect(Collectors.joining(" | ", "|---| ", " |"));
		String rows = Stream.of(Role.values())
				.map(role -> Stream.of(Permission.values()).map(p -> role.grants(p) ? "✓" : " ")
						.collect(Collectors.joining(" | ", "| `" + role.name() + "` | ", " |")))
				.collect(Collectors.joining("\n"));
		return """
				# Permission matrix

				Generated from `access.Role` by `PermissionMatrixTest` — do not edit by hand; change the roles and run the
				tests. Each staff role grants these permissions (`core.Permission`) within its area scope; every endpoint
				names the permissions it needs in `@Allowed`, and the console menu shows an entry only to roles that hold
				one of its permissions. Citizens hold no permission: they reach only their own data (`OWN_DATA`).

				""" + header + "\n" + rule + "\n" + rows + "\n";
	}

	private static String row(String matrix, String role) {
		return matrix.lines().filter(line -> line.startsWith("| `" + role + "`")).findFirst().orElseThrow();
	}
}
