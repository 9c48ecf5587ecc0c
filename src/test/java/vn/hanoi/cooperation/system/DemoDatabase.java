package vn.hanoi.cooperation.system;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The demo records loaded as the README's run command loads them (schema, then the demo migrations), into a
 * database of their own on the tests' server. Loaded once per test JVM and only read: the tests that check what
 * the demo data says share it.
 */
final class DemoDatabase {

	private static final String NAME = "demo_records_check";

	private static JdbcTemplate loaded;

	private DemoDatabase() {
	}

	static synchronized JdbcTemplate load(JdbcTemplate server, JdbcConnectionDetails connection, Flyway flyway) {
		if (loaded == null) {
			server.execute("drop database if exists " + NAME + " with (force)");
			server.execute("create database " + NAME);
			String url = connection.getJdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/" + NAME + "$1");
			DataSource demo = new SimpleDriverDataSource(new org.postgresql.Driver(), url, connection.getUsername(),
					connection.getPassword());
			Flyway.configure().dataSource(demo).locations(flyway.getConfiguration().getLocations()).load().migrate();
			DemoData.migrate(demo);
			loaded = new JdbcTemplate(demo);
		}
		return loaded;
	}

}
