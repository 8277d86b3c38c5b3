package vn.pccovid.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The platform's own PostgreSQL server, from Maven Central binaries, keeping its data in a directory that survives
 * restarts. Durable settings are forced (the library defaults to fsync off) and checked after start. A server left
 * running by a JVM that was killed is stopped first, so a crash never blocks the next start.
 * <p>
 * Only password logins over loopback are admitted, and the platform connects as a role that owns its database but
 * is no superuser ({@link EmbeddedPostgresLockdown}); the passwords are in the data directory, readable by its owner.
 * <p>
 * One server per data directory per JVM, shared by every application context that asks for it (tests start several
 * contexts) and stopped when the last one lets go.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();
	static final String DATABASE = "pccovid";

	private final Path directory;
	private final EmbeddedPostgres postgres;
	private final DatabaseCredentials credentials;
	private int users;

	private EmbeddedPostgresServer(Path directory, EmbeddedPostgres postgres, DatabaseCredentials credentials) {
		this.directory = directory;
		this.postgres = postgres;
		this.credentials = credentials;
	}

	/** Starts the server for this data directory, or joins the one this JVM already runs there. */
	public static synchronized EmbeddedPostgresServer acquire(Path dataDirectory, int port, boolean wipe) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		EmbeddedPostgresServer server = RUNNING.get(directory);
		if (server == null) {
			server = start(directory, port, wipe);
			RUNNING.put(directory, server);
		}
		server.users++;
		return server;
	}

	/** Lets go of the server; the last user stops it. */
	public synchronized void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--users > 0) {
				return;
			}
			RUNNING.remove(directory);
		}
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL in {} did not stop cleanly", directory, e);
		}
	}

	/** The platform database's URL, without credentials: see {@link #user()} and {@link #password()}. */
	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE + "?reWriteBatchedInserts=true";
	}

	/** The platform's own role: owns its database and schemas, no superuser. */
	public String user() {
		return EmbeddedPostgresLockdown.PLATFORM_ROLE;
	}

	public String password() {
		return credentials.platformPassword();
	}

	public int port() {
		return postgres.getPort();
	}

	private static EmbeddedPostgresServer start(Path directory, int port, boolean wipe) {
		try {
			if (wipe) {
				deleteRecursively(directory);
			}
			Files.createDirectories(directory);
			StalePostmaster.stopIfRunning(directory);
			// initdb needs an empty directory, so a new server's passwords are written only after it has run.
			boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
			DatabaseCredentials stored = fresh ? null : DatabaseCredentials.read(directory);
			if (!fresh && stored == null && EmbeddedPostgresLockdown.isLockedDown(directory)) {
				throw new IllegalStateException(directory.resolve(DatabaseCredentials.FILE) + " is missing; the server's "
						+ "passwords are in it. Restore it from a backup of the data directory");
			}
			DatabaseCredentials credentials = stored != null ? stored : DatabaseCredentials.generate();
			if (!fresh && stored == null) {
				credentials.write(directory);
			}
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(false)
					// Stopped by the last application context that uses it, not by a JVM hook racing the contexts.
					.setRegisterShutdownHook(false)
					.setPort(port)
					.setPGStartupWait(Duration.ofSeconds(60))
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on")
					.setServerConfig("max_connections", "200")
					.setServerConfig("shared_buffers", "256MB")
					// A single-node server ships no WAL to replicas, so bulk loads into a table created or truncated in
					// the same transaction skip WAL and are fsynced at commit instead: as durable, several times faster.
					.setServerConfig("wal_level", "minimal")
					.setServerConfig("max_wal_senders", "0")
					.setServerConfig("max_wal_size", "4GB")
					.setLocaleConfig("locale", "C.UTF-8")
					// Loopback TCP only and no unix socket (the library's default is a mode-0777 socket in /tmp).
					.setServerConfig("listen_addresses", "localhost")
					.setServerConfig("unix_socket_directories", "''")
					.setConnectConfig("password", credentials.superuserPassword())
					.start();
			if (fresh) {
				credentials.write(directory);
			}
			ensureDurable(postgres);
			EmbeddedPostgresLockdown.apply(postgres, directory, credentials);
			log.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), directory);
			return new EmbeddedPostgresServer(directory, postgres, credentials);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
		}
	}

	private static void ensureDurable(EmbeddedPostgres postgres) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String setting : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
				try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
					rs.next();
					if (!"on".equals(rs.getString(1))) {
						throw new IllegalStateException("Embedded PostgreSQL runs with " + setting + "=" + rs.getString(1)
								+ "; the platform needs it on so that no acknowledged write is lost");
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IOException("Could not check the embedded PostgreSQL's durability settings", e);
		}
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		StalePostmaster.stopIfRunning(directory);
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** A postmaster whose JVM died: found by the pid file it left, stopped so that the next start can begin. */
	static final class StalePostmaster {

		private StalePostmaster() {
		}

		static void stopIfRunning(Path directory) throws IOException {
			Path pidFile = directory.resolve("postmaster.pid");
			if (!Files.isRegularFile(pidFile)) {
				return;
			}
			Optional<ProcessHandle> process = Files.readAllLines(pidFile).stream().findFirst()
					.map(String::strip).filter(line -> line.matches("\\d+"))
					.flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
					.filter(ProcessHandle::isAlive)
					.filter(handle -> handle.info().command().map(command -> command.contains("postgres")).orElse(false));
			if (process.isEmpty()) {
				log.info("Removing the stale postmaster.pid in {}", directory);
				Files.deleteIfExists(pidFile);
				return;
			}
			log.warn("A PostgreSQL server (pid {}) left running on {} by an earlier run; stopping it", process.get().pid(), directory);
			process.get().destroy();
			try {
				process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception e) {
				process.get().destroyForcibly();
			}
		}
	}
}
