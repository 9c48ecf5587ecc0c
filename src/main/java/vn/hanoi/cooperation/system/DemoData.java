package vn.hanoi.cooperation.system;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Demo records live in {@code db/demo} with a history table of their own, so they are applied once, survive
 * restarts, and never mix with the schema's migrations.
 */
final class DemoData {

	private DemoData() {
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
