package vn.hanoi.cooperation.system;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo records live in {@code db/demo} with a history table of their own, so they are applied once, survive
 * restarts, and never mix with the schema's migrations.
 */
final class DemoData {

	private DemoData() {
	}

	/**
	 * Refuses a directory whose data does not match the run: a run without demo data on the demo's database (its
	 * accounts' password is public, and nothing would say they are the demo's), or a demo run on a database with
	 * accounts of its own (the demo's would be added beside them). {@code ./mvnw spring-boot:run} and
	 * {@code java -jar} use the same directory unless told otherwise.
	 */
	static void checkDirectory(DataSource dataSource, Path dataDirectory, boolean demoRun) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		boolean demoLoaded = loaded(dataSource);
		if (!demoRun && demoLoaded) {
			throw new DemoDataDirectoryException(dataDirectory, false);
		}
		if (demoRun && !demoLoaded
				&& Boolean.TRUE.equals(jdbc.queryForObject("select to_regclass('accounts') is not null", Boolean.class))
				&& Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from accounts)", Boolean.class))) {
			throw new DemoDataDirectoryException(dataDirectory, true);
		}
	}

	/** True for the demo's database, or a copy of it (a dump restored elsewhere keeps the history table). */
	static boolean loaded(DataSource dataSource) {
		return Boolean.TRUE.equals(new JdbcTemplate(dataSource)
			.queryForObject("select to_regclass('demo_data_history') is not null", Boolean.class));
	}

		static void migrate(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.table("demo_data_history")
			.locations("classpath:db/demo")
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}
