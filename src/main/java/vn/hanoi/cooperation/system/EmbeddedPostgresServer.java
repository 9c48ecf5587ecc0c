package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM. Spring test contexts are cached and several may live in
 * one JVM; they must all share the server that owns the directory instead of starting a second one on it.
 * The server is durable (fsync and synchronous commit on), since a department may run the default for real;
 * only a throwaway database, such as the tests' own, trades that for speed.
 *
 * <p>
 * Every connection needs the superuser's password (SCRAM), over TCP and over the local socket alike: the library
 * would create the cluster with {@code initdb -A trust}, which lets any local user in as the superuser
 * {@code postgres} (and, with the server running as root, read root's files through it). The password is made per
 * data directory and kept in it, in {@value EmbeddedPasswordFile#PASSWORD_FILE}; a directory made by an older version (trust) gets one
 * on its first start here. The tests' throwaway server is treated alike: one way to start, and every test proves
 * that the data source, Flyway and the session listener all connect with the password.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

	private static final Map<EmbeddedPostgres, String> PASSWORDS = new IdentityHashMap<>();

	private EmbeddedPostgresServer() {
	}

	/**
	 * Starts (or returns the running) durable server on {@code dataDirectory}, listening on {@code preferredPort}
	 * when it is free, otherwise on any free port. Port 0 means any free port.
	 */
	public static EmbeddedPostgres startOrGet(Path dataDirectory, int preferredPort) {
		return startOrGet(dataDirectory, preferredPort, true);
	}

	/**
	 * Like {@link #startOrGet(Path, int)}, but a power cut may lose or corrupt what it holds: for a database that
	 * is thrown away after the run (tests), never for entries people make.
	 */
	public static EmbeddedPostgres startOrGetThrowaway(Path dataDirectory, int preferredPort) {
		return startOrGet(dataDirectory, preferredPort, false);
	}

	private static synchronized EmbeddedPostgres startOrGet(Path dataDirectory, int preferredPort, boolean durable) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		EmbeddedPostgres running = RUNNING.get(directory);
		if (running != null) {
			return running;
		}
		Path initdbPassword = null;
		try {
			Files.createDirectories(directory);
			// PostgreSQL refuses to start on a data directory that others may read.
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
			Path passwordFile = passwordFile(directory);
			// The library's own test for a new cluster: it runs initdb when there is no postgresql.conf.
			boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
			String password = EmbeddedPasswordFile.toStartWith(directory, fresh);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort(portToUse(preferredPort))
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("timezone", "UTC")
				// The library starts PostgreSQL with -F (fsync off) and synchronous_commit off; a later -c wins.
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				// The library's readiness check and data sources connect with it; trust (before an upgrade) ignores it.
				.setConnectConfig("password", password)
				// Runs after initdb (if any) and before the server starts, on every start.
				.setDataDirectoryCustomizer(data -> EmbeddedPasswordFile.write(passwordFile, password));
			if (fresh) {
				// initdb reads the password from a file, which may not be in the (still empty) data directory: a
				// private file beside it, deleted once initdb is done. The library passes these entries to initdb as
				// --auth=… and --pwfile=… after its own "-A trust", so they win over it, for local and host lines.
				initdbPassword = Files.createTempFile(directory.getParent(), ".initdb-", ".tmp",
						EmbeddedPasswordFile.ownerOnly());
				Files.writeString(initdbPassword, password + "\n", StandardCharsets.UTF_8);
				builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initdbPassword.toString());
			}
			EmbeddedPostgres postgres = builder.start();
			try {
				requirePassword(postgres, directory, password);
			}
			catch (IOException | RuntimeException ex) {
				// Never left running as it was: the next start tries again.
				postgres.close();
				throw ex;
			}
			RUNNING.put(directory, postgres);
			PASSWORDS.put(postgres, password);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
		finally {
			if (initdbPassword != null) {
				try {
					Files.deleteIfExists(initdbPassword);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}", initdbPassword, ex);
				}
			}
		}
	}

	/** Stops the server on {@code dataDirectory}, if one runs; used by the restart test and on shutdown. */
	public static synchronized void stop(Path dataDirectory) {
		EmbeddedPostgres postgres = RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
		if (postgres != null) {
			PASSWORDS.remove(postgres);
			try {
				postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	public static String jdbcUrl(EmbeddedPostgres postgres) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
	}

	/** The superuser's password of a server started here (user {@code postgres}). */
	public static synchronized String password(EmbeddedPostgres postgres) {
		String password = PASSWORDS.get(postgres);
		if (password == null) {
			throw new IllegalStateException("Not an embedded PostgreSQL that runs: " + postgres);
		}
		return password;
	}

	/** Where the password of the cluster in {@code dataDirectory} is kept, as a libpq password file. */
	public static Path passwordFile(Path dataDirectory) {
		return EmbeddedPasswordFile.in(dataDirectory);
	}

	/**
	 * A directory made by an older version trusts every connection: the superuser gets the password (sent as a
	 * SCRAM verifier, never in clear), every trust line of pg_hba.conf asks for it (scram-sha-256), and the server
	 * reloads. Done again after an interruption, with the same password (its file is written before the start).
	 * The local socket asks for the password too rather than trusting or using peer: the socket is in /tmp by
	 * default, where any local user reaches it, and peer would let in whichever OS account is called postgres, not
	 * the account that runs the portal.
	 */
	private static void requirePassword(EmbeddedPostgres postgres, Path directory, String password)
			throws IOException {
		Path hba = directory.resolve("pg_hba.conf");
		if (PgHbaFile.trustedLines(hba) == 0) {
			return;
		}
		log.info("The embedded PostgreSQL in {} trusted every local connection (made by an older version): it asks "
				+ "for the password in {} from now on", directory, passwordFile(directory));
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			connection.unwrap(PGConnection.class)
				.alterUserPassword(EmbeddedPasswordFile.SUPERUSER, password.toCharArray(), "scram-sha-256");
			PgHbaFile.rewriteWithoutTrust(hba);
			try (var rules = statement.executeQuery("select count(*) filter (where auth_method = 'trust') as trusted, "
					+ "count(*) filter (where error is not null) as broken from pg_hba_file_rules")) {
				rules.next();
				if (rules.getInt("trusted") > 0 || rules.getInt("broken") > 0) {
					throw new IllegalStateException(hba + " still trusts some connections or has errors; "
							+ "see the view pg_hba_file_rules");
				}
			}
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not set the password of the embedded PostgreSQL in " + directory,
					ex);
		}
		awaitPasswordRequired(postgres);
	}

	/** The reload is a signal: wait until the server has read the new pg_hba.conf and asks for the password. */
	private static void awaitPasswordRequired(EmbeddedPostgres postgres) {
		Properties withoutPassword = new Properties();
		withoutPassword.setProperty("user", EmbeddedPasswordFile.SUPERUSER);
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			try (Connection ignored = DriverManager.getConnection(jdbcUrl(postgres), withoutPassword)) {
				Thread.sleep(50);
			}
			catch (SQLException refused) {
				return;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new IllegalStateException("The embedded PostgreSQL on port " + postgres.getPort()
				+ " still lets the superuser in without a password after its pg_hba.conf was rewritten");
	}

	private static int portToUse(int preferredPort) throws IOException {
		if (preferredPort > 0) {
			try (ServerSocket socket = new ServerSocket(preferredPort)) {
				socket.setReuseAddress(true);
				return preferredPort;
			}
			catch (IOException busy) {
				// Another program holds the port: fall through to a free one.
			}
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
