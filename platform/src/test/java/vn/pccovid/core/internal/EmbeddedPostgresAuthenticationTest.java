package vn.pccovid.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded server admits only password logins over loopback, and the platform's role is no superuser. */
class EmbeddedPostgresAuthenticationTest {

	@TempDir
	Path dir;

	@Test
	void refusesLoginsWithoutOrWithAWrongPasswordAndThePlatformIsNoSuperuser() throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(dir, 0, false);
		try {
			assertRefused(server.jdbcUrl(), "postgres", null);
			assertRefused(server.jdbcUrl(), server.user(), null);
			assertRefused(server.jdbcUrl(), server.user(), "wrong-" + server.password());
			assertRefused(server.jdbcUrl(), "postgres", server.password());
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
					Statement statement = connection.createStatement()) {
				assertThat(single(statement, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
				assertThat(single(statement, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
						.isEqualTo(server.user());
				statement.execute("CREATE SCHEMA mine");
				statement.execute("CREATE TABLE mine.t (x int)");
			}
			assertThat(Path.of(System.getProperty("java.io.tmpdir"), ".s.PGSQL." + server.port())).as("no unix socket").doesNotExist();
			assertThat(Path.of("/tmp", ".s.PGSQL." + server.port())).as("no unix socket").doesNotExist();
			assertThat(Files.getPosixFilePermissions(dir.resolve(DatabaseCredentials.FILE)))
					.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		}
		finally {
			server.release();
		}
	}

	@Test
	void upgradesADataDirectoryThatTrustedEveryLocalConnection() throws Exception {
		// What the old code left: initdb with trust, objects made by the superuser.
		try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
				.setRegisterShutdownHook(false).start();
				Connection connection = old.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE pccovid");
			try (Connection pccovid = old.getDatabase("postgres", "pccovid").getConnection();
					Statement inPccovid = pccovid.createStatement()) {
				inPccovid.execute("CREATE SCHEMA geo");
				inPccovid.execute("CREATE TABLE geo.area (id bigserial PRIMARY KEY, name text)");
				inPccovid.execute("INSERT INTO geo.area (name) VALUES ('Hà Nội')");
				inPccovid.execute("CREATE TABLE public.event_publication (id uuid)");
			}
		}
		assertThat(Files.readString(dir.resolve("pg_hba.conf"))).contains("trust");

		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(dir, 0, false);
		try {
			assertRefused(server.jdbcUrl(), "postgres", null);
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
					Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO geo.area (name) VALUES ('Huế')");
				statement.execute("ALTER TABLE geo.area ADD COLUMN note text");
				statement.execute("INSERT INTO public.event_publication VALUES (gen_random_uuid())");
				assertThat(single(statement, "SELECT count(*)::text FROM geo.area")).isEqualTo("2");
			}
			assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContain("trust");
		}
		finally {
			server.release();
		}
	}

	private static void assertRefused(String url, String user, String password) {
		assertThatThrownBy(() -> {
			try (Connection connection = DriverManager.getConnection(url, user, password)) {
				connection.isValid(1);
			}
		}).as("login of %s with %s", user, password == null ? "no password" : "a wrong password")
				.isInstanceOf(SQLException.class);
	}

	private static String single(Statement statement, String query) throws SQLException {
		try (ResultSet rs = statement.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
