package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * data directory and kept in it, in {@value #PASSWORD_FILE}; a directory made by an older version (trust) gets one
 * on its first start here. The tests' throwaway server is treated alike: one way to start, and every test proves
 * that the data source, Flyway and the session listener all connect with the password.
 */
public final class EmbeddedPostgresServer {

	/**
	 * The password, as a line of a libpq password file ({@code localhost:*:*:postgres:<password>}), so that an
	 * operator uses it as it is: {@code PGPASSFILE=<data directory>/portal.pgpass psql -h localhost …}. It lives
	 * inside the data directory, which is the server user's alone (0700), and is itself 0600: it is copied, backed
	 * up and deleted with the cluster it opens, and cannot go astray from it. PostgreSQL ignores files it does not
	 * know in its directory. initdb wants an empty directory, so the file is written just after it.
	 */
	static final String PASSWORD_FILE = "portal.pgpass";

	private static final String SUPERUSER = "postgres";

	private static final String OWNER_ONLY = "rw-------";

	/** A field of a pg_hba.conf line: a quoted string (a doubled quote inside) or a run of non-blanks. */
	private static final Pattern FIELD = Pattern.compile("\"(?:[^\"]|\"\")*\"\\S*|\\S+");

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final SecureRandom RANDOM = new SecureRandom();

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
			String password;
			if (fresh) {
				password = newPassword();
			}
			else if (Files.exists(passwordFile)) {
				password = readPassword(passwordFile);
			}
			else if (trustedLines(directory.resolve("pg_hba.conf")) > 0) {
				// Made by an older version: it still trusts everyone, and gets its password once started below.
				password = newPassword();
			}
			else {
				throw new IllegalStateException("The embedded PostgreSQL in " + directory
						+ " asks for a password, but its password file " + passwordFile + " is missing. Put back the "
						+ "file from a copy of this directory, or, when nothing in it is worth keeping, delete the "
						+ "directory: the next start creates a fresh database.");
			}
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
				.setDataDirectoryCustomizer(data -> writePasswordFile(passwordFile, password));
			if (fresh) {
				// initdb reads the password from a file, which may not be in the (still empty) data directory: a
				// private file beside it, deleted once initdb is done. The library passes these entries to initdb as
				// --auth=… and --pwfile=… after its own "-A trust", so they win over it, for local and host lines.
				initdbPassword = Files.createTempFile(directory.getParent(), ".initdb-", ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
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
		return dataDirectory.toAbsolutePath().normalize().resolve(PASSWORD_FILE);
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
		if (trustedLines(hba) == 0) {
			return;
		}
		log.info("The embedded PostgreSQL in {} trusted every local connection (made by an older version): it asks "
				+ "for the password in {} from now on", directory, passwordFile(directory));
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			connection.unwrap(PGConnection.class)
				.alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
			Path rewritten = Files.createTempFile(directory, "pg_hba.", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
			Files.writeString(rewritten, withoutTrust(Files.readString(hba, StandardCharsets.UTF_8)),
					StandardCharsets.UTF_8);
			Files.move(rewritten, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			try (var rules = statement.executeQuery("select count(*) filter (where auth_method = 'trust'), "
					+ "count(*) filter (where error is not null) from pg_hba_file_rules")) {
				rules.next();
				if (rules.getInt(1) > 0 || rules.getInt(2) > 0) {
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
		withoutPassword.setProperty("user", SUPERUSER);
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

	/** How many lines of a pg_hba.conf trust their connections. */
	static int trustedLines(Path hba) throws IOException {
		int trusted = 0;
		for (String line : Files.readAllLines(hba, StandardCharsets.UTF_8)) {
			int[] field = methodField(line);
			if (field != null && "trust".equals(line.substring(field[0], field[1]))) {
				trusted++;
			}
		}
		return trusted;
	}

	/** The pg_hba.conf text with scram-sha-256 wherever it said trust; comments and layout stay. */
	static String withoutTrust(String hba) {
		StringBuilder result = new StringBuilder();
		for (String line : hba.split("\n", -1)) {
			int[] field = methodField(line);
			if (field != null && "trust".equals(line.substring(field[0], field[1]))) {
				line = line.substring(0, field[0]) + "scram-sha-256" + line.substring(field[1]);
			}
			result.append(line).append('\n');
		}
		return result.substring(0, result.length() - 1);
	}

	/**
	 * Where the authentication method of a pg_hba.conf line starts and ends, or null for a comment, a blank line,
	 * an include or a line too short. local: type, database, user, method; host*: type, database, user, address
	 * (one field, or two when an IP address is followed by a mask), method.
	 */
	private static int[] methodField(String line) {
		int comment = line.indexOf('#');
		String content = comment < 0 ? line : line.substring(0, comment);
		List<int[]> fields = new ArrayList<>();
		Matcher matcher = FIELD.matcher(content);
		while (matcher.find()) {
			fields.add(new int[] { matcher.start(), matcher.end() });
		}
		if (fields.isEmpty()) {
			return null;
		}
		String type = content.substring(fields.get(0)[0], fields.get(0)[1]);
		int method;
		if (type.equals("local")) {
			method = 3;
		}
		else if (type.startsWith("host")) {
			String address = fields.size() > 3 ? content.substring(fields.get(3)[0], fields.get(3)[1]) : "";
			boolean withMask = !address.contains("/") && fields.size() > 5
					&& content.substring(fields.get(4)[0], fields.get(4)[1]).matches("[0-9a-fA-F:.]+");
			method = withMask ? 5 : 4;
		}
		else {
			return null;
		}
		return method < fields.size() ? fields.get(method) : null;
	}

	private static String newPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		// URL-safe: no ':' or '\', which a password file would have to escape, and nothing a shell would expand.
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void writePasswordFile(Path file, String password) {
		try {
			String line = "localhost:*:*:" + SUPERUSER + ":" + password + "\n";
			if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(line)) {
				Path written = Files.createTempFile(file.getParent(), PASSWORD_FILE + ".", ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY)));
				Files.writeString(written, line, StandardCharsets.UTF_8);
				Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			// libpq ignores a password file that others may read; a copied file is made private again.
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(OWNER_ONLY));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	/** The password from the file's line for the superuser (the fifth field, with libpq's escapes undone). */
	private static String readPassword(Path file) throws IOException {
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (c == '\\' && i + 1 < line.length()) {
					field.append(line.charAt(++i));
				}
				else if (c == ':' && fields.size() < 4) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
			fields.add(field.toString());
			if (!line.startsWith("#") && fields.size() == 5 && fields.get(3).equals(SUPERUSER)
					&& !fields.get(4).isEmpty()) {
				return fields.get(4);
			}
		}
		throw new IllegalStateException(file + " holds no password for " + SUPERUSER);
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
