package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

import org.springframework.core.io.ClassPathResource;

/**
 * The checked-in list of migrations that have landed ({@code src/test/resources/db/landed-migrations.csv}) and
 * what it forbids: a landed migration that changes or disappears (a database that ran it no longer starts), and a
 * new migration numbered at or below the highest landed one (Flyway refuses to run it on a database that is
 * already past it).
 */
final class MigrationLedger {

	static final String FILE = "db/landed-migrations.csv";

	static final List<String> LOCATIONS = List.of("db/migration", "db/demo");

	/** One migration: where it lives, its number, its description and Flyway's checksum of its text. */
	record Entry(String location, String version, String description, int checksum) {

		static Entry parse(String line) {
			String[] fields = line.split(",", -1);
			if (fields.length < 4) {
				throw new IllegalArgumentException("Not a ledger line (location,version,description,checksum): " + line);
			}
			String description = String.join(",", Arrays.copyOfRange(fields, 2, fields.length - 1));
			return new Entry(fields[0], fields[1], description, Integer.parseInt(fields[fields.length - 1]));
		}

		String line() {
			return this.location + "," + this.version + "," + this.description + "," + this.checksum;
		}

		String name() {
			return this.location + "/V" + this.version + "__" + this.description.replace(' ', '_') + ".sql";
		}

		MigrationVersion migrationVersion() {
			return MigrationVersion.fromVersion(this.version);
		}

	}

	private MigrationLedger() {
	}

	static List<Entry> landed() {
		try {
			String text = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
			return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(Entry::parse).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The versioned migrations on the class path now, with Flyway's own checksums. The history table named here
	 * never exists, so Flyway reports every migration as its file reads, whatever the database has run.
	 */
	static List<Entry> present(DataSource dataSource) {
		List<Entry> present = new ArrayList<>();
		for (String location : LOCATIONS) {
			Flyway flyway = Flyway.configure()
				.dataSource(dataSource)
				.locations("classpath:" + location)
				.table("landed_migrations_probe")
				.load();
			Arrays.stream(flyway.info().all())
				.filter(info -> info.getVersion() != null)
				.map(info -> new Entry(location, info.getVersion().getVersion(), info.getDescription(),
						info.getChecksum()))
				.forEach(present::add);
		}
		return present;
	}

	/** What is wrong with {@code present} against {@code landed}, one sentence each; empty when all is well. */
	static List<String> problems(List<Entry> landed, List<Entry> present) {
		List<String> problems = new ArrayList<>();
		for (Entry listed : landed) {
			Optional<Entry> now = find(present, listed.location(), listed.version());
			if (now.isEmpty()) {
				problems.add(listed.name() + " has landed and is gone (removed or renumbered): a database that ran it "
						+ "no longer starts. Put it back as it was.");
			}
			else if (!now.get().equals(listed)) {
				problems.add(listed.name() + " has landed and has changed (now " + now.get().line() + "): a database "
						+ "that ran it no longer starts. Restore it and put the change in a new migration.");
			}
		}
		List<Entry> unlisted = present.stream()
			.filter(entry -> find(landed, entry.location(), entry.version()).isEmpty())
			.sorted(Comparator.comparing(Entry::location).thenComparing(Entry::migrationVersion))
			.toList();
		Map<String, MigrationVersion> highest = landed.stream()
			.collect(Collectors.toMap(Entry::location, Entry::migrationVersion,
					(a, b) -> a.compareTo(b) >= 0 ? a : b));
		List<String> toAdd = new ArrayList<>();
		for (Entry entry : unlisted) {
			MigrationVersion top = highest.get(entry.location());
			if (top != null && entry.migrationVersion().compareTo(top) <= 0) {
				problems.add(entry.name() + " is numbered at or below V" + top + ", the highest landed in "
						+ entry.location() + ": a database already past V" + top + " would never run it. Renumber it "
						+ "above every landed migration.");
			}
			else {
				toAdd.add(entry.line());
			}
		}
		if (!toAdd.isEmpty()) {
			problems.add("Not in src/test/resources/" + FILE + " yet. When these land, append exactly:\n"
					+ String.join("\n", toAdd));
		}
		return problems;
	}

	private static Optional<Entry> find(List<Entry> entries, String location, String version) {
		MigrationVersion wanted = MigrationVersion.fromVersion(version);
		return entries.stream()
			.filter(entry -> entry.location().equals(location) && entry.migrationVersion().equals(wanted))
			.findFirst();
	}

}
