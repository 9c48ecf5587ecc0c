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
			Flyway upToV60 = Flyway.configure()
				.dataSource(database)
				.locations(this.flyway.getConfiguration().getLocations())
				.target("60")
				.load();
			upToV60.migrate();
			MigrationInfo v61 = java.util.Arrays.stream(upToV60.info().all())
				.filter(info -> info.getVersion().getVersion().equals("61"))
				.findFirst()
				.orElseThrow();
			// What that stop's migration did and recorded, under its number of then.
			JdbcTemplate old = new JdbcTemplate(database);
			old.execute(new String(new org.springframework.core.io.ClassPathResource(
					"db/migration/V61__dashboard_data_version.sql").getContentAsByteArray(),
					java.nio.charset.StandardCharsets.UTF_8));
			old.update("""
					insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
					                                   installed_by, execution_time, success)
					select max(installed_rank) + 1, '43', 'dashboard data version', 'SQL',
					       'V43__dashboard_data_version.sql', ?, current_user, 10, true from flyway_schema_history""",
					v61.getChecksum());

			Flyway today = Flyway.configure()
				.dataSource(database)
				.locations(this.flyway.getConfiguration().getLocations())
				.load();
			today.migrate();
			MigrationInfo[] all = today.info().all();
			assertThat(today.info().pending()).isEmpty();
			assertThat(today.info().current().getVersion()).isEqualTo(all[all.length - 1].getVersion());
			assertThat(old.queryForList("select version from flyway_schema_history where version in ('43', '61')",
					String.class)).containsExactly("61");
			assertThat(old.queryForObject("select count(*) from pg_trigger where tgname = 'activities_dashboard_version'",
					Integer.class)).isEqualTo(1);
		}
		finally {
			this.jdbc.execute("drop database if exists migration_v43 with (force)");
		}
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
