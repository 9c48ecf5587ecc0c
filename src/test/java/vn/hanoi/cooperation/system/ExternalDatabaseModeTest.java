package vn.hanoi.cooperation.system;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.hanoi.cooperation.CooperationPortalApplication;
import vn.hanoi.cooperation.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real deployment: spring.datasource.url points at a server database. No embedded PostgreSQL, no demo
 * accounts, and the first administrator comes from PORTAL_ADMIN_USERNAME / PORTAL_ADMIN_PASSWORD, once.
 * The test JVM's database server lends a fresh database for it.
 */
class ExternalDatabaseModeTest {

	private static final TestDatabase.ServerAddress server = TestDatabase.server();

	private static final JdbcTemplate serverJdbc = new JdbcTemplate(new SimpleDriverDataSource(
			new org.postgresql.Driver(), server.jdbcUrl(), server.username(), server.password()));

	@BeforeAll
	static void lendADatabase() {
		serverJdbc.execute("drop database if exists external_mode with (force)");
		serverJdbc.execute("create database external_mode");
		serverJdbc.execute("drop database if exists external_mode_refused with (force)");
		serverJdbc.execute("create database external_mode_refused");
		serverJdbc.execute("drop database if exists external_mode_demo_copy with (force)");
		serverJdbc.execute("create database external_mode_demo_copy");
	}

	@AfterAll
	static void returnIt() {
		serverJdbc.execute("drop database if exists external_mode with (force)");
		serverJdbc.execute("drop database if exists external_mode_refused with (force)");
		serverJdbc.execute("drop database if exists external_mode_demo_copy with (force)");
	}

	@Test
	void noDemoAccountsAndTheFirstAdministratorFromTheEnvironment() {
		try (ConfigurableApplicationContext portal = start("--portal.admin.username=quantri",
				"--portal.admin.password=mật khẩu quản trị rất dài")) {
			assertThat(portal.getBeanProvider(EmbeddedDatabase.class).getIfAvailable()).isNull();
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			List<String> usernames = jdbc.queryForList("select username from accounts", String.class);
			assertThat(usernames).containsExactly("quantri");
			String hash = jdbc.queryForObject("select password_hash from accounts", String.class);
			assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
			assertThat(portal.getBean(PasswordEncoder.class).matches("mật khẩu quản trị rất dài", hash)).isTrue();
			assertThat(jdbc.queryForObject("select count(*) from provinces", Integer.class)).isEqualTo(97);
		}
		// A second start with other values creates nobody: an administrator exists.
		try (ConfigurableApplicationContext portal = start("--portal.admin.username=another",
				"--portal.admin.password=another long password")) {
			assertThat(portal.getBean(JdbcTemplate.class).queryForList("select username from accounts", String.class))
				.containsExactly("quantri");
		}
	}

	/**
	 * The demo accounts' password is printed in the README: given as PORTAL_ADMIN_PASSWORD it would make a real
	 * instance's administrator guessable by anyone. The start stops and says why; nobody is created.
	 */
	@Test
	void theDemoPasswordOrACommonOneNeverBecomesTheFirstAdministrators() {
		assertThatThrownBy(() -> startOn("external_mode_refused", "--portal.admin.username=quantri",
				"--portal.admin.password=demo-hanoi-188").close())
			.hasMessageContaining("PORTAL_ADMIN_PASSWORD is a common password, the demo accounts' password");
		JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
				server.withDatabase("external_mode_refused"), server.username(), server.password()));
		assertThat(jdbc.queryForObject("select count(*) from accounts", Integer.class)).isZero();
	}

	/**
	 * The README's dump and restore carry the demo's database anywhere: restored on a server, it would serve the
	 * demo accounts, whose password is public, without the banner that marks them. Its history table gives it
	 * away, and the start stops before anything is served.
	 */
	@Test
	void aCopyOfTheDemoDatabaseNeverStartsOnAServer() {
		// The portal's schema, as a restored dump brings it, plus the demo records' own Flyway history.
		startOn("external_mode_demo_copy").close();
		JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
				server.withDatabase("external_mode_demo_copy"), server.username(), server.password()));
		jdbc.execute("create table demo_data_history as select * from flyway_schema_history where false");
		assertThatThrownBy(() -> startOn("external_mode_demo_copy").close()).rootCause()
			.isInstanceOf(DemoDataOnServerException.class)
			.hasMessageContaining("holds the demo records and demo accounts");
	}

	/**
	 * The driver accepts the password as a parameter of the URL, so an operator may give it there; the start-up
	 * log (Hibernate's summary of the database once printed the URL as given) never shows it.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aPasswordInTheDatabaseUrlNeverReachesTheLog(CapturedOutput output) {
		String url = server.withDatabase("external_mode");
		String secret = "password=" + server.password();
		try (ConfigurableApplicationContext portal = startAt(url + (url.contains("?") ? "&" : "?") + secret)) {
			assertThat(portal.getBean(JdbcTemplate.class).queryForObject("select 1", Integer.class)).isOne();
		}
		assertThat(output.getAll()).as("the start-up log").contains("Database: jdbc:postgresql").doesNotContain(secret);
	}

	private static ConfigurableApplicationContext start(String... args) {
		return startOn("external_mode", args);
	}

	private static ConfigurableApplicationContext startOn(String database, String... args) {
		return startAt(server.withDatabase(database), args);
	}

	private static ConfigurableApplicationContext startAt(String url, String... args) {
		SpringApplication application = new SpringApplication(CooperationPortalApplication.class);
		String[] all = new String[args.length + 6];
		all[0] = "--spring.datasource.url=" + url;
		all[1] = "--spring.datasource.username=" + server.username();
		all[2] = "--spring.datasource.password=" + server.password();
		all[3] = "--spring.main.banner-mode=off";
		all[4] = "--server.port=0";
		all[5] = "--management.server.port=0";
		System.arraycopy(args, 0, all, 6, args.length);
		return application.run(all);
	}

}
