package vn.pccovid.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.pccovid.core.Permission;

/** The roles table of docs/access.md is the one in {@link Role}: same roles, permissions and purposes. */
class AccessDocumentationTest {

	static final Path DOC = Path.of("..", "docs", "access.md");

	@Test
	void theRolesTableSaysWhatRoleSays() throws IOException {
		Map<String, String> documented = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(DOC);
		int header = lines.indexOf("| role | permissions | purposes (default first) |");
		assertThat(header).as("the roles table's header in %s", DOC).isNotNegative();
		for (String line : lines.subList(header + 2, lines.size())) {
			if (!line.startsWith("|")) {
				break;
			}
			if (line.startsWith("| `") && line.contains("` |")) {
				String[] cells = line.split("\\|");
				String role = cells[1].strip().replace("`", "");
				if (Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role))) {
					documented.put(role, cells[2].strip() + " | " + cells[3].strip());
				}
			}
		}
		Map<String, String> actual = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			actual.put(role.name(), row(role));
		}
		assertThat(documented).as("rows `| `ROLE` | permissions | purposes |` in %s", DOC).isEqualTo(actual);
	}

	/** The two cells as the page writes them. */
	static String row(Role role) {
		String permissions = role.permissions().isEmpty() ? "—"
				: role.permissions().stream().map(Permission::name).collect(Collectors.joining(", "));
		return permissions + " | " + String.join(", ", role.purposes());
	}

	/** Prints the table, to paste into the page after changing {@link Role}. */
	public static void main(String[] args) {
		List<String> rows = Arrays.stream(Role.values()).map(role -> "| `" + role.name() + "` | " + row(role) + " |").toList();
		rows.forEach(System.out::println);
	}
}
