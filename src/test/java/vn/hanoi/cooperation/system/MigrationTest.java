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
		this.jdbc.execute("drop database if exists migration_check");
		this.jdbc.execute("create database migration_check");
		try {
			String url = this.connection.getJdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/migration_check$1");
			DataSource empty = new SimpleDriverDataSource(new org.postgresql.Driver(), url,
					this.connection.getUsername(), this.connection.getPassword());
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
