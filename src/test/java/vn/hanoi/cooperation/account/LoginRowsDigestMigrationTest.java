package vn.hanoi.cooperation.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V97 files the login rows of a database that kept typed names under the digest the throttle computes now: the
 * SQL and the Java digest agree (accents included), a remembered browser is still recognised, and the hour's
 * failures still lock.
 */
@PortalTest
class LoginRowsDigestMigrationTest {

	private static final String DATABASE = "login_rows_v97";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Flyway flyway;

	@Test
	void rowsKeptUnderTheTypedNameBeforeV97AreFoundUnderItsDigestAfter() {
		this.jdbc.execute("drop database if exists " + DATABASE + " with (force)");
		this.jdbc.execute("create database " + DATABASE);
		try {
			TestDatabase.ServerAddress server = TestDatabase.server();
			DataSource database = new SimpleDriverDataSource(new org.postgresql.Driver(),
					server.withDatabase(DATABASE), server.username(), server.password());
			migrate(database, beforeV97(database));
			Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			JdbcClient rows = JdbcClient.create(database);
			// As the throttle kept them before: the typed name stripped and lower-cased.
			rows.sql("""
					insert into login_devices (username, token_hash, last_address, last_login_at)
					values ('lanhdao.v97', :hash, '10.97.0.1', :at)""")
				.param("hash", Sha256.of("browser-token-v97"))
				.param("at", Timestamp.from(now.minus(Duration.ofDays(1))))
				.update();
			for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
				rows.sql("""
						insert into login_attempts (username, client, address, attempted_at)
						values ('mật khẩu bí mật 2025', 'address:10.97.0.2', '10.97.0.2', :at)""")
					.param("at", Timestamp.from(now.minusSeconds(10 + i)))
					.update();
			}

			migrate(database, "latest");
			assertThat(rows.sql("select account_digest from login_devices").query(String.class).list())
				.containsExactly(LoginThrottle.accountKey(" LanhDao.V97 "));
			assertThat(rows.sql("select distinct account_digest from login_attempts").query(String.class).list())
				.containsExactly(LoginThrottle.accountKey("Mật Khẩu Bí Mật 2025"));

			LoginThrottle throttle = new LoginThrottle(rows, new DataSourceTransactionManager(database),
					new LoginDevices(rows), Clock.fixed(now, ZoneOffset.UTC));
			assertThat(throttle.admit("LanhDao.V97", "10.97.9.9", "browser-token-v97").client()).startsWith("device:");
			assertThat(throttle.admit("Mật Khẩu Bí Mật 2025", "10.97.0.2", null).retryAfter())
				.isEqualTo(Duration.ofSeconds(50));
		}
		finally {
			this.jdbc.execute("drop database if exists " + DATABASE + " with (force)");
		}
	}

	private void migrate(DataSource database, String target) {
		flyway(database).target(target).load().migrate();
	}

	/** The last migration before V97, whichever number it has. */
	private String beforeV97(DataSource database) {
		MigrationVersion v97 = MigrationVersion.fromVersion("97");
		return Arrays.stream(flyway(database).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> version != null && v97.isNewerThan(version.getVersion()))
			.max(MigrationVersion::compareTo)
			.orElseThrow()
			.getVersion();
	}

	private FluentConfiguration flyway(DataSource database) {
		return Flyway.configure().dataSource(database).locations(this.flyway.getConfiguration().getLocations());
	}

}
