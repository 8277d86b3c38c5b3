package vn.pccovid.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Locks the embedded server down at every start, which also upgrades a data directory written when every local
 * connection was trusted: passwords (SCRAM) for the superuser and the platform's role, a platform role that is no
 * superuser but owns the {@code pccovid} database and everything in it, and a {@code pg_hba.conf} that admits only
 * password logins over loopback TCP. Every step is idempotent, so a start interrupted halfway is finished by the next.
 */
final class EmbeddedPostgresLockdown {

	static final String PLATFORM_ROLE = "pccovid";
	static final String HBA_MARKER = "# pccovid: passwords only";
	static final String HBA = HBA_MARKER + """
			 (written at every start by the platform; edits are overwritten).
			# No unix socket is opened (unix_socket_directories is empty), so only these loopback TCP rules apply.
			# TYPE  DATABASE  USER  ADDRESS        METHOD
			host    all       all   127.0.0.1/32   scram-sha-256
			host    all       all   ::1/128        scram-sha-256
			""";

	private EmbeddedPostgresLockdown() {
	}

	static boolean isLockedDown(Path directory) throws IOException {
		Path hba = directory.resolve("pg_hba.conf");
		return Files.isRegularFile(hba) && Files.readString(hba).startsWith(HBA_MARKER);
	}

	static void apply(EmbeddedPostgres postgres, Path directory, DatabaseCredentials credentials) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			// The driver computes the SCRAM verifier, so no clear-text password travels in a statement or a log.
			pg.alterUserPassword("postgres", credentials.superuserPassword().toCharArray(), "scram-sha-256");
			if (exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", PLATFORM_ROLE)) {
				statement.execute("ALTER ROLE " + PLATFORM_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
			}
			else {
				statement.execute("CREATE ROLE " + PLATFORM_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
			}
			pg.alterUserPassword(PLATFORM_ROLE, credentials.platformPassword().toCharArray(), "scram-sha-256");
			if (exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", EmbeddedPostgresServer.DATABASE)) {
				statement.execute("ALTER DATABASE " + EmbeddedPostgresServer.DATABASE + " OWNER TO " + PLATFORM_ROLE);
			}
			else {
				statement.execute("CREATE DATABASE " + EmbeddedPostgresServer.DATABASE + " OWNER " + PLATFORM_ROLE
						+ " ENCODING 'UTF8' TEMPLATE template0");
			}
		}
		catch (SQLException e) {
			throw new IOException("Could not set the embedded PostgreSQL's roles and passwords", e);
		}
		handOverObjects(postgres);
		writeHba(postgres, directory);
	}

	/** Schemas, tables, sequences, routines and types made by the superuser before the lockdown go to the platform. */
	private static void handOverObjects(EmbeddedPostgres postgres) throws IOException {
		String sql = """
				DO $$
				DECLARE r record;
				BEGIN
				  FOR r IN SELECT nspname FROM pg_namespace WHERE nspowner <> 'pccovid'::regrole
				      AND nspname NOT LIKE 'pg\\_%' AND nspname NOT IN ('information_schema', 'public') LOOP
				    EXECUTE format('ALTER SCHEMA %I OWNER TO pccovid', r.nspname);
				  END LOOP;
				  FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				      WHERE c.relowner <> 'pccovid'::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
				      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' LOOP
				    EXECUTE format('ALTER TABLE %s OWNER TO pccovid', r.name);
				  END LOOP;
				  FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				      WHERE c.relowner <> 'pccovid'::regrole AND c.relkind = 'S'
				      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' LOOP
				    EXECUTE format('ALTER SEQUENCE %s OWNER TO pccovid', r.name);
				  END LOOP;
				  FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
				      WHERE p.proowner <> 'pccovid'::regrole
				      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname NOT IN ('information_schema', 'public') LOOP
				    EXECUTE format('ALTER ROUTINE %s OWNER TO pccovid', r.name);
				  END LOOP;
				  FOR r IN SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
				      WHERE t.typowner <> 'pccovid'::regrole AND t.typtype IN ('e', 'd') AND t.typrelid = 0
				      AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' LOOP
				    EXECUTE format('ALTER TYPE %s OWNER TO pccovid', r.name);
				  END LOOP;
				END $$""";
		try (Connection connection = postgres.getDatabase("postgres", EmbeddedPostgresServer.DATABASE).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IOException("Could not hand the platform's schemas to role " + PLATFORM_ROLE, e);
		}
	}

	private static void writeHba(EmbeddedPostgres postgres, Path directory) throws IOException {
		if (isLockedDown(directory) && Files.readString(directory.resolve("pg_hba.conf")).equals(HBA)) {
			return;
		}
		Path temporary = directory.resolve("pg_hba.conf.tmp");
		Files.writeString(temporary, HBA, StandardCharsets.UTF_8);
		Files.move(temporary, directory.resolve("pg_hba.conf"), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("SELECT pg_reload_conf()");
		}
		catch (SQLException e) {
			throw new IOException("Could not reload the embedded PostgreSQL's pg_hba.conf", e);
		}
		awaitPasswordsRequired(postgres);
	}

	/** The reload is a signal; the platform starts only once a login without a password is really refused. */
	private static void awaitPasswordsRequired(EmbeddedPostgres postgres) throws IOException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (Connection connection = postgres.getDatabase("postgres", "postgres", java.util.Map.of()).getConnection()) {
				Thread.sleep(50);
			}
			catch (SQLException refused) {
				return;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for pg_hba.conf to take effect", e);
			}
		}
		throw new IllegalStateException("The embedded PostgreSQL still admits logins without a password after reloading pg_hba.conf");
	}

	private static boolean exists(Connection connection, String query, String name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, name);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next();
			}
		}
	}
}
