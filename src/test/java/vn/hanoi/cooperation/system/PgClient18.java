package vn.hanoi.cooperation.system;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;

/**
 * The folder of a pg_dump and pg_restore of PostgreSQL 18 or later, for {@link BackupRestoreTest}:
 * {@code PORTAL_PG_CLIENT}, then target/pg-client-18/bin, then the PATH, else what {@code .ci/pg-client-18} fetches
 * from Debian's packages. Without one the backup test cannot prove the dump, so it fails saying why, on every
 * machine: no test is ever skipped, and a backup that is not proven must not pass in silence.
 */
final class PgClient18 {

	static final String MISSING = "BackupRestoreTest needs pg_dump and pg_restore of PostgreSQL 18 or later and "
			+ "found none: .ci/pg-client-18 could not fetch them from Debian's packages here (its messages are above). "
			+ "Run .ci/pg-client-18 to see why, or set PORTAL_PG_CLIENT to a folder holding pg_dump and pg_restore 18";

	private PgClient18() {
	}

	/** The client folder, found or fetched; fails the test, wherever it runs, when there is none. */
	static Path required() {
		return required(() -> found(System.getenv()).or(PgClient18::fetched));
	}

	static Path required(Supplier<Optional<Path>> client) {
		return client.get().orElseGet(() -> Assertions.fail(MISSING));
	}

	/** The first folder holding a pg_dump of major version 18 or later, with its pg_restore. */
	static Optional<Path> found(Map<String, String> environment) {
		List<Path> candidates = new ArrayList<>();
		String configured = environment.get("PORTAL_PG_CLIENT");
		if (configured != null && !configured.isBlank()) {
			candidates.add(Path.of(configured));
		}
		candidates.add(Path.of("target", "pg-client-18", "bin").toAbsolutePath());
		for (String entry : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				candidates.add(Path.of(entry));
			}
		}
		return candidates.stream().filter(PgClient18::holdsVersion18).findFirst();
	}

	/** Runs .ci/pg-client-18, which unpacks the client under target/ without installing anything. */
	private static Optional<Path> fetched() {
		Path script = Path.of(".ci", "pg-client-18").toAbsolutePath();
		if (!Files.isExecutable(script)) {
			return Optional.empty();
		}
		try {
			Process process = new ProcessBuilder(script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0 || output.isEmpty()) {
				return Optional.empty();
			}
			Path folder = Path.of(output.lines().reduce((first, last) -> last).orElseThrow());
			return holdsVersion18(folder) ? Optional.of(folder) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private static boolean holdsVersion18(Path folder) {
		return Files.isExecutable(folder.resolve("pg_dump")) && Files.isExecutable(folder.resolve("pg_restore"))
				&& majorVersion(folder.resolve("pg_dump")) >= 18;
	}

	private static int majorVersion(Path pgDump) {
		try {
			Process process = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(30, TimeUnit.SECONDS);
			Matcher version = Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(output);
			return version.find() ? Integer.parseInt(version.group(1)) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

}
