package vn.hanoi.cooperation.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL lets nobody in as its superuser without the password kept in its data directory. A
 * directory made by an older version, which trusted every local connection, gets one on its first start here,
 * keeps everything it held, and starts again afterwards. (A fresh directory: {@link EmbeddedStartTest}.)
 */
class EmbeddedPasswordTest {

	private static final String NOTE = "Biên bản ghi nhớ hợp tác Hà Nội – Lai Châu";

	@Test
	void aDirectoryThatTrustedEveryoneGetsAPasswordOnceAndKeepsItsData() throws Exception {
		Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(),
				"trust-postgres-");
		Path passwordFile = directory.resolve("portal.pgpass");
		try {
			// As the previous version made and ran it: the library's initdb -A trust, nothing else.
			try (EmbeddedPostgres old = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setLocaleConfig("encoding", "UTF8")
				.start()) {
				JdbcTemplate before = jdbc(EmbeddedPostgresServer.jdbcUrl(old), "");
				before.execute("create table notes (body text not null)");
				before.update("insert into notes (body) values (?)", NOTE);
			}
			assertThat(PgHbaFile.trustedLines(directory.resolve("pg_hba.conf"))).isPositive();
			assertThat(passwordFile).doesNotExist();

			EmbeddedPostgres upgraded = EmbeddedPostgresServer.startOrGet(directory, 0);
			assertThat(Files.getPosixFilePermissions(passwordFile))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			String password = passwordIn(passwordFile);
			assertThat(password).matches("[A-Za-z0-9_-]{43}").isEqualTo(EmbeddedPostgresServer.password(upgraded));
			assertRefusedWithoutPassword(EmbeddedPostgresServer.jdbcUrl(upgraded));
			JdbcTemplate after = jdbc(EmbeddedPostgresServer.jdbcUrl(upgraded), password);
			assertThat(after.queryForList("select body from notes", String.class)).containsExactly(NOTE);
			assertThat(after.queryForList("select distinct auth_method from pg_hba_file_rules", String.class))
				.as("over TCP and the local socket").containsExactly("scram-sha-256");
			assertThat(after.queryForObject("select rolpassword like 'SCRAM-SHA-256$%' from pg_authid "
					+ "where rolname = 'postgres'", Boolean.class)).as("stored as a SCRAM verifier").isTrue();
			EmbeddedPostgresServer.stop(directory);

			// Upgraded once: the next start uses the password as it is.
			EmbeddedPostgres again = EmbeddedPostgresServer.startOrGet(directory, 0);
			assertThat(passwordIn(passwordFile)).isEqualTo(password);
			assertRefusedWithoutPassword(EmbeddedPostgresServer.jdbcUrl(again));
			assertThat(jdbc(EmbeddedPostgresServer.jdbcUrl(again), password)
				.queryForList("select body from notes", String.class)).containsExactly(NOTE);
			EmbeddedPostgresServer.stop(directory);

			// Without its password file the directory cannot be opened: the start says so, before starting anything.
			Path aside = directory.resolveSibling(directory.getFileName() + ".pgpass");
			Files.move(passwordFile, aside);
			assertThatThrownBy(() -> EmbeddedPostgresServer.startOrGet(directory, 0))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining(passwordFile.toString());
			Files.move(aside, passwordFile, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			EmbeddedPostgresServer.stop(directory);
		}
	}

	@Test
	void onlyTheAuthenticationMethodOfTrustLinesChanges() {
		String hba = """
				# TYPE  DATABASE        USER            ADDRESS                 METHOD
				# "local" is for Unix domain socket connections only: trust
				local   all             all                                     trust
				host    all             all             127.0.0.1/32            trust
				host    all             all             ::1/128                 trust # loopback
				host    "trust"         all             192.168.0.0 255.255.0.0 trust
				hostssl all             trust           samenet                 md5
				local   replication     all                                     peer
				""";
		assertThat(PgHbaFile.withoutTrust(hba)).isEqualTo("""
				# TYPE  DATABASE        USER            ADDRESS                 METHOD
				# "local" is for Unix domain socket connections only: trust
				local   all             all                                     scram-sha-256
				host    all             all             127.0.0.1/32            scram-sha-256
				host    all             all             ::1/128                 scram-sha-256 # loopback
				host    "trust"         all             192.168.0.0 255.255.0.0 scram-sha-256
				hostssl all             trust           samenet                 md5
				local   replication     all                                     peer
				""");
	}

	/** The password of a libpq password file's line, as the portal writes it ({@code localhost:*:*:postgres:…}). */
	static String passwordIn(Path passwordFile) throws Exception {
		List<String> lines = Files.readAllLines(passwordFile);
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).startsWith("localhost:*:*:postgres:");
		return lines.get(0).substring("localhost:*:*:postgres:".length());
	}

	/** Over TCP as the superuser: refused without a password and with a wrong one. */
	static void assertRefusedWithoutPassword(String jdbcUrl) {
		Properties withoutPassword = new Properties();
		withoutPassword.setProperty("user", "postgres");
		assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl, withoutPassword).close())
			.isInstanceOf(PSQLException.class)
			.hasMessageContaining("password");
		assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl, "postgres", "").close())
			.isInstanceOf(PSQLException.class)
			.hasMessageContaining("password");
		assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl, "postgres", "trust").close())
			.isInstanceOf(PSQLException.class)
			.hasMessageContaining("password authentication failed for user \"postgres\"")
			.satisfies(refused -> assertThat(((PSQLException) refused).getSQLState()).isEqualTo("28P01"));
	}

	private static JdbcTemplate jdbc(String url, String password) {
		return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", password));
	}

}
