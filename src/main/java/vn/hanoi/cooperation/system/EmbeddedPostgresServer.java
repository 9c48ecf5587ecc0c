package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per data directory and JVM. Spring test contexts are cached and several may live in
 * one JVM; they must all share the server that owns the directory instead of starting a second one on it.
 * The server is durable (fsync and synchronous commit on), since a department may run the default for real;
 * only a throwaway database, such as the tests' own, trades that for speed.
 */
public final class EmbeddedPostgresServer {

	private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

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
		try {
			Files.createDirectories(directory);
			// PostgreSQL refuses to start on a data directory that others may read.
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort(portToUse(preferredPort))
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("timezone", "UTC")
				// The library starts PostgreSQL with -F (fsync off) and synchronous_commit off; a later -c wins.
				.setServerConfig("fsync", durable ? "on" : "off")
				.setServerConfig("synchronous_commit", durable ? "on" : "off")
				.start();
			RUNNING.put(directory, postgres);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, ex);
		}
	}

	/** Stops the server on {@code dataDirectory}, if one runs; used by the restart test and on shutdown. */
	public static synchronized void stop(Path dataDirectory) {
		EmbeddedPostgres postgres = RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
		if (postgres != null) {
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
