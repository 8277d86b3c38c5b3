package vn.pccovid.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's own PostgreSQL keeps its data across restarts, is durable, and survives a killed JVM. */
class EmbeddedPostgresServerTest {

	@TempDir
	Path dir;

	@Test
	void dataSurvivesARestartOnTheSameDirectory() throws SQLException {
		EmbeddedPostgresServer first = EmbeddedPostgresServer.acquire(dir, 0, false);
		try {
			execute(first, "CREATE TABLE kept (note text)", "INSERT INTO kept VALUES ('xin chào')");
		}
		finally {
			first.release();
		}
		EmbeddedPostgresServer second = EmbeddedPostgresServer.acquire(dir, 0, false);
		try {
			assertThat(single(second, "SELECT note FROM kept")).isEqualTo("xin chào");
		}
		finally {
			second.release();
		}
	}

	@Test
	void runsWithDurableSettings() throws SQLException {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(dir, 0, false);
		try {
			assertThat(single(server, "SHOW fsync")).isEqualTo("on");
			assertThat(single(server, "SHOW synchronous_commit")).isEqualTo("on");
			assertThat(single(server, "SHOW full_page_writes")).isEqualTo("on");
			assertThat(single(server, "SELECT current_database()")).isEqualTo("pccovid");
		}
		finally {
			server.release();
		}
	}

	@Test
	void startsAfterTheJvmThatRanItWasKilled() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				StaleServerMain.class.getName(), dir.toString()).redirectErrorStream(true).start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
			String line;
			while ((line = out.readLine()) != null && !line.startsWith("READY")) {
				// the child's log lines until it is ready
			}
			assertThat(line).as("child JVM started the server").startsWith("READY");
		}
		child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		long leftover = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(leftover)).as("postgres outlives its killed JVM").isPresent();

		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(dir, 0, false);
		try {
			assertThat(single(server, "SELECT 'up'")).isEqualTo("up");
			assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
		finally {
			server.release();
		}
	}

	@Test
	void contextsInOneJvmShareOneServer() {
		EmbeddedPostgresServer a = EmbeddedPostgresServer.acquire(dir, 0, false);
		EmbeddedPostgresServer b = EmbeddedPostgresServer.acquire(dir.resolve("."), 0, false);
		try {
			assertThat(b).isSameAs(a);
		}
		finally {
			b.release();
			a.release();
		}
	}

	private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password()); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String single(EmbeddedPostgresServer server, String query) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
				Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
