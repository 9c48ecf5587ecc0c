package vn.hanoi.cooperation.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema comes from Flyway alone: an empty database migrates to the latest version, and Hibernate's
 * validation (ddl-auto=validate) accepts it, or this context would not start.
 */
@PortalTest
class MigrationTest {

	@Autowired
	JdbcConnectionDetails connection;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEmptyDatabaseMigratesToTheLatestVersion() throws Exception {
		DataSource empty = newDatabase("migration_check");
		try {
			Flyway fresh = Flyway.configure()
				.dataSource(empty)
				.locations(this.flyway.getConfiguration().getLocations())
				.load();
			assertThat(fresh.info().current()).isNull();
			fresh.migrate();
			MigrationInfo[] all = fresh.info().all();
			assertThat(fresh.info().pending()).isEmpty();
			assertThat(fresh.info().current().getVersion()).isEqualTo(all[all.length - 1].getVersion());
			try (Connection connection = empty.getConnection(); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select count(*) from provinces")) {
				rows.next();
				assertThat(rows.getInt(1)).isEqualTo(97);
			}
		}
		finally {
			this.jdbc.execute("drop database if exists migration_check with (force)");
		}
	}

	/**
	 * A database migrated when the dashboard's data version was numbered V43 (landed at one stop, renumbered V61 at
	 * the next) starts on today's migrations: validation finds it as V61 and the later ones run.
	 */
	@Test
	void aDatabaseThatRecordedTheDashboardVersionAsV43MigratesToTheLatestVersion() throws Exception {
		DataSource database = newDatabase("migration_v43");
		try {
			JdbcTemplate old = migratedUpToV60(database);
			runAsLanded(old, "V61__dashboard_data_version.sql", "43", "dashboard data version",
					checksumOf(database, "61"));

			migrateToday(database);
			assertThat(old.queryForList("select version from flyway_schema_history where version in ('43', '61')",
					String.class)).containsExactly("61");
			assertThat(old.queryForObject("select count(*) from pg_trigger where tgname = 'activities_data_version'",
					Integer.class)).isEqualTo(1);
		}
		finally {
			this.jdbc.execute("drop database if exists migration_v43 with (force)");
		}
	}

	/**
	 * A database migrated at 13b8b6f recorded V43 and V44; V44 became V62 with one comment line changed, so under
	 * another checksum. It starts on today's migrations, and V62 does not run a second time.
	 */
	@Test
	void aDatabaseThatRecordedV43AndV44MigratesToTheLatestVersion() throws Exception {
		DataSource database = newDatabase("migration_v44");
		try {
			JdbcTemplate old = migratedUpToV60(database);
			runAsLanded(old, "V61__dashboard_data_version.sql", "43", "dashboard data version",
					checksumOf(database, "61"));
			// Flyway's checksum of the text that landed as V44 at 13b8b6f.
			runAsLanded(old, "V62__dashboard_data_version_at_commit.sql", "44", "dashboard data version at commit",
					-2072761124);

			migrateToday(database);
			assertThat(old.queryForList("select version from flyway_schema_history where version in ('43', '44', "
					+ "'61', '62') order by installed_rank", String.class)).containsExactly("61", "62");
			assertThat(old.queryForObject("select count(*) from flyway_schema_history where version = '63' and success",
					Integer.class)).isEqualTo(1);
		}
		finally {
			this.jdbc.execute("drop database if exists migration_v44 with (force)");
		}
	}

	/**
	 * A database migrated on the branch of 2d8aadd recorded the result totals as V69 and never ran V64-V66, which
	 * landed on main before the totals landed as V67. It starts on today's migrations: the totals are found as V67,
	 * V64-V66 run after them, today's V69 (count nouns) and the later ones run, nothing runs twice.
	 */
	@Test
	void aDatabaseThatRecordedTheResultTotalsAsV69OnTheirBranchMigratesToTheLatestVersion() throws Exception {
		DataSource database = newDatabase("migration_v69");
		try {
			Flyway.configure()
				.dataSource(database)
				.locations(this.flyway.getConfiguration().getLocations())
				.target("63")
				.load()
				.migrate();
			JdbcTemplate old = new JdbcTemplate(database);
			runAsLanded(old, "V67__result_totals_and_breakdowns.sql", "69", "result totals and breakdowns",
					checksumOf(database, "67"));
			assertThat(RenumberedMigrations.branchShaped(database)).isTrue();

			migrateToday(database);
			assertThat(old.queryForList("select script from flyway_schema_history where version in ('64', '65', "
					+ "'66', '67', '69') and success order by version", String.class))
				.containsExactly("V64__first_administrator_links.sql", "V65__every_write_once.sql",
						"V66__login_throttle_in_database.sql", "V67__result_totals_and_breakdowns.sql",
						"V69__count_nouns_of_indicators.sql");
			assertThat(old.queryForObject("select count(*) from pg_proc where proname = 'result_department_figures'",
					Integer.class)).isEqualTo(1);
			assertThat(old.queryForObject("select to_regclass('login_attempts') is not null", Boolean.class)).isTrue();
			assertThat(RenumberedMigrations.branchShaped(database)).isFalse();
		}
		finally {
			this.jdbc.execute("drop database if exists migration_v69 with (force)");
		}
	}

	/** A new database migrates in strict order: out-of-order runs are only for the branch-shaped history above. */
	@Test
	void aNewDatabaseIsNotTakenForABranchShapedOne() throws Exception {
		DataSource database = newDatabase("migration_new");
		try {
			assertThat(RenumberedMigrations.branchShaped(database)).isFalse();
		}
		finally {
			this.jdbc.execute("drop database if exists migration_new with (force)");
		}
	}

	/**
	 * A demo database started at 62c9709 recorded the demo activities of early 2025 as demo V70, renumbered V5 by
	 * the next commit. Its demo records go on from there: V5 is found, not run again, V6 onwards run.
	 */
	@Test
	void aDemoDatabaseThatRecordedDemoV70TakesTheLaterDemoRecords() throws Exception {
		DataSource database = newDatabase("migration_demo_v70");
		try {
			Flyway.configure().dataSource(database).locations(this.flyway.getConfiguration().getLocations()).load()
				.migrate();
			Flyway.configure()
				.dataSource(database)
				.table("demo_data_history")
				.locations("classpath:db/demo")
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.target("4")
				.load()
				.migrate();
			JdbcTemplate old = new JdbcTemplate(database);
			int checksumOfDemoV5 = java.util.Arrays.stream(Flyway.configure()
				.dataSource(database)
				.table("demo_data_history")
				.locations("classpath:db/demo")
				.load()
				.info()
				.all()).filter(info -> info.getVersion().getVersion().equals("5")).findFirst().orElseThrow()
				.getChecksum();
			runAsLanded(old, "db/demo", "demo_data_history", "V5__demo_activities_name_the_units_of_their_day.sql",
					"70", "demo activities name the units of their day", checksumOfDemoV5);

			DemoData.migrate(database);
			assertThat(old.queryForList("select version from demo_data_history where version is not null "
					+ "and version <> '0' order by installed_rank", String.class))
				.containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
		}
		finally {
			this.jdbc.execute("drop database if exists migration_demo_v70 with (force)");
		}
	}

	private JdbcTemplate migratedUpToV60(DataSource database) {
		Flyway.configure()
			.dataSource(database)
			.locations(this.flyway.getConfiguration().getLocations())
			.target("60")
			.load()
			.migrate();
		return new JdbcTemplate(database);
	}

	private int checksumOf(DataSource database, String version) {
		return java.util.Arrays.stream(Flyway.configure()
			.dataSource(database)
			.locations(this.flyway.getConfiguration().getLocations())
			.load()
			.info()
			.all()).filter(info -> info.getVersion().getVersion().equals(version)).findFirst().orElseThrow().getChecksum();
	}

	/** What an earlier stop's migration did and recorded, under its number of then. */
	private static void runAsLanded(JdbcTemplate old, String fileToday, String versionThen, String description,
			int checksumThen) throws Exception {
		runAsLanded(old, "db/migration", "flyway_schema_history", fileToday, versionThen, description, checksumThen);
	}

	private static void runAsLanded(JdbcTemplate old, String location, String historyTable, String fileToday,
			String versionThen, String description, int checksumThen) throws Exception {
		old.execute(new String(new org.springframework.core.io.ClassPathResource(location + "/" + fileToday)
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
		old.update("""
				insert into %s (installed_rank, version, description, type, script, checksum,
				                installed_by, execution_time, success)
				select max(installed_rank) + 1, ?, ?, 'SQL', ?, ?, current_user, 10, true from %s"""
			.formatted(historyTable, historyTable), versionThen, description,
				"V" + versionThen + "__" + description.replace(' ', '_') + ".sql", checksumThen);
	}

	private void migrateToday(DataSource database) {
		org.flywaydb.core.api.configuration.FluentConfiguration configuration = Flyway.configure()
			.dataSource(database)
			.locations(this.flyway.getConfiguration().getLocations());
		new RenumberedMigrations().customize(configuration);
		Flyway today = configuration.load();
		today.migrate();
		MigrationInfo[] all = today.info().all();
		assertThat(today.info().pending()).isEmpty();
		assertThat(today.info().current().getVersion()).isEqualTo(all[all.length - 1].getVersion());
	}

	/** An empty database beside the test database (the caller drops it). */
	private DataSource newDatabase(String name) {
		this.jdbc.execute("drop database if exists " + name);
		this.jdbc.execute("create database " + name);
		String url = this.connection.getJdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1");
		return new SimpleDriverDataSource(new org.postgresql.Driver(), url, this.connection.getUsername(),
				this.connection.getPassword());
	}

	@Test
	void theApplicationDatabaseIsAtTheLatestVersion() {
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void searchExtensionsAreThereAndIgnoreDiacritics() {
		assertThat(this.jdbc.queryForObject("select portal_unaccent('Điện Biên Phủ, Xúc tiến đầu tư')", String.class))
			.isEqualTo("Dien Bien Phu, Xuc tien dau tu");
		assertThat(this.jdbc.queryForObject("select similarity('ha noi', 'ha noi')", Double.class)).isEqualTo(1.0);
		assertThat(this.jdbc.queryForObject("show server_version_num", Integer.class)).isGreaterThanOrEqualTo(180000);
	}

}
