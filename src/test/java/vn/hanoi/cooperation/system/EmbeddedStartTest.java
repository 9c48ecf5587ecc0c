package vn.hanoi.cooperation.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.hanoi.cooperation.CooperationPortalApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal started as {@code java -jar} starts it, without a database URL, each time on a fresh embedded
 * database: no demo records, no demo account, no default password, a durable database that asks for its own
 * password, and a one-time link on the console that creates the first administrator. Demo data comes only when turned on, as the README's
 * {@code ./mvnw spring-boot:run} does, and then the demo accounts exist before the first request.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStartTest {

	private static final Pattern SETUP_LINK = Pattern
		.compile("(http://localhost:\\d+)/first-administrator/([A-Za-z0-9_-]{43})");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aStartWithoutDemoHasNoDemoAccountAndADurableDatabaseAndPrintsASetupLink(CapturedOutput output)
			throws Exception {
		Path directory = freshDirectory();
		try (ConfigurableApplicationContext portal = start(directory)) {
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from accounts", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select to_regclass('demo_data_history') is null", Boolean.class))
				.as("no demo records").isTrue();
			assertThat(jdbc.queryForObject("select count(*) from activities", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(get(base(portal) + "/login").body()).doesNotContain("demo-banner", "demo-hanoi-188");

			assertThat(output.getOut()).contains("No administrator exists yet");
			Matcher link = SETUP_LINK.matcher(output.getOut());
			assertThat(link.find()).as("a set-up link on the console").isTrue();
			assertThat(link.group(1)).isEqualTo(base(portal));
			assertThat(jdbc.queryForObject(
					"select count(*) from first_administrator_links where token_hash = ? and used_at is null "
							+ "and expires_at = created_at + interval '24 hours'",
					Integer.class, sha256(link.group(2))))
				.as("only the token's hash is kept, valid 24 hours").isEqualTo(1);

			// No local user gets in as the superuser without the password, which only the server's user may read.
			EmbeddedDatabase database = portal.getBean(EmbeddedDatabase.class);
			Path passwordFile = directory.resolve("portal.pgpass");
			assertThat(database.passwordFile()).isEqualTo(passwordFile);
			assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			String password = EmbeddedPasswordTest.passwordIn(passwordFile);
			assertThat(password).matches("[A-Za-z0-9_-]{43}");
			assertThat(database.getPassword()).isEqualTo(password);
			EmbeddedPasswordTest.assertRefusedWithoutPassword(database.jdbcUrl());
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", password)) {
				assertThat(connection.isValid(5)).isTrue();
			}
			assertThat(jdbc.queryForList("select distinct auth_method from pg_hba_file_rules", String.class))
				.as("over TCP and the local socket").containsExactly("scram-sha-256");
			try (var beside = Files.list(directory.getParent())) {
				assertThat(beside.map(path -> path.getFileName().toString())).as("initdb's password file is gone")
					.noneMatch(name -> name.startsWith(".initdb-"));
			}
			// The session listener's own connection (outside the pool) gets in with the password too.
			KeptSessions kept = portal.getBean(KeptSessions.class);
			long until = System.nanoTime() + 20_000_000_000L;
			while (!kept.isKeeping() && System.nanoTime() < until) {
				Thread.sleep(100);
			}
			assertThat(kept.isKeeping()).as("the session listener listens").isTrue();
			// The operator is told where the password is, never the password.
			assertThat(output.getOut()).contains("  psql                     : PGPASSFILE=" + passwordFile
					+ " psql -h localhost -p " + database.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1")
					+ " -U postgres postgres")
				.doesNotContain(password);
		}
		finally {
			EmbeddedPostgresServer.stop(directory);
		}
	}

	@Test
	void theSetupLinkCreatesOneAdministratorOnceAndExpires(CapturedOutput output) throws Exception {
		Path directory = freshDirectory();
		try (ConfigurableApplicationContext portal = start(directory)) {
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			String base = base(portal);
			Matcher printed = SETUP_LINK.matcher(output.getOut());
			assertThat(printed.find()).isTrue();
			String link = base + "/first-administrator/" + printed.group(2);

			// A second link, older than 24 hours, answers the page that says it no longer works.
			String expired = base + "/first-administrator/" + "e".repeat(43);
			jdbc.update("insert into first_administrator_links (token_hash, expires_at, created_at) "
					+ "values (?, now() - interval '1 second', now() - interval '24 hours 1 second')",
					sha256("e".repeat(43)));
			assertThat(get(expired).statusCode()).isEqualTo(404);
			assertThat(get(expired).body()).contains("Liên kết tạo quản trị viên không còn hiệu lực");
			assertThat(post(expired, "quantri.so1", "mật khẩu quản trị viên đầu tiên").statusCode()).isEqualTo(404);

			HttpResponse<String> form = get(link);
			assertThat(form.statusCode()).isEqualTo(200);
			assertThat(form.body()).contains("Tạo tài khoản quản trị đầu tiên");
			HttpResponse<String> withoutToken = this.http.send(HttpRequest.newBuilder(URI.create(link))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						"username=quantri.so1&displayName=Q&newPassword=x&confirmation=x"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(withoutToken.statusCode()).as("without a CSRF token").isEqualTo(403);
			HttpResponse<String> weak = post(link, "quantri.so1", "123456789012");
			assertThat(weak.statusCode()).isEqualTo(200);
			assertThat(weak.body()).contains("quá phổ biến");
			assertThat(jdbc.queryForObject("select count(*) from accounts", Integer.class)).isZero();

			HttpResponse<String> created = post(link, "QuanTri.So1", "mật khẩu quản trị viên đầu tiên");
			assertThat(created.statusCode()).isEqualTo(302);
			assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login?administratorCreated");
			assertThat(jdbc.queryForList("select username || ' ' || role from accounts", String.class))
				.containsExactly("quantri.so1 ADMIN");
			String session = HttpLogin.sessionCookie(this.http, base, "quantri.so1", "mật khẩu quản trị viên đầu tiên");
			assertThat(this.http.send(HttpRequest.newBuilder(URI.create(base + "/admin")).header("Cookie", session)
				.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

			// Used once: the link, and any other still unused one, is dead now that an administrator exists.
			assertThat(get(link).statusCode()).isEqualTo(404);
			assertThat(post(link, "another.admin", "một mật khẩu quản trị khác nữa").statusCode()).isEqualTo(404);
			assertThat(jdbc.queryForObject("select count(*) from accounts", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from security_events where type = 'ACCOUNT_CREATED' "
					+ "and username = 'quantri.so1'", Integer.class)).isEqualTo(1);
			portal.close();

			// The README's demo command on this directory would add accounts with a public password beside the
			// administrator's: the start stops, the account stays alone.
			assertThatThrownBy(() -> start(directory, "--portal.embedded.demo-data=true"))
				.hasRootCauseInstanceOf(DemoDataDirectoryException.class)
				.rootCause()
				.hasMessageContaining(directory.toString());
			try (ConfigurableApplicationContext again = start(directory)) {
				assertThat(again.getBean(JdbcTemplate.class).queryForList("select username from accounts", String.class))
					.containsExactly("quantri.so1");
			}
		}
		finally {
			EmbeddedPostgresServer.stop(directory);
		}
	}

	@Test
	void withDemoTurnedOnTheDemoAccountsExistBeforeTheFirstRequestAndNoSetupLinkIsPrinted(CapturedOutput output)
			throws Exception {
		Path directory = freshDirectory();
		AtomicInteger accountsWhenServing = new AtomicInteger(-1);
		try (ConfigurableApplicationContext portal = start(directory, application -> application
			.addListeners((ApplicationListener<WebServerInitializedEvent>) event -> accountsWhenServing.compareAndSet(-1,
					new JdbcTemplate(event.getApplicationContext().getBean(javax.sql.DataSource.class))
						.queryForObject("select count(*) from accounts where demo", Integer.class))),
				"--portal.embedded.demo-data=true")) {
			assertThat(accountsWhenServing.get()).as("demo accounts when the web server started").isEqualTo(7);
			assertThat(output.getOut()).doesNotContain("No administrator exists yet", "/first-administrator/");
			// The start-up report prints how to log in, from the account feature's own lines.
			assertThat(output.getOut()).contains("Demo accounts (password demo-hanoi-188)",
					"dienbien     PROVINCE     Lò Văn Thắng");
			assertThat(get(base(portal) + "/login").body()).contains("demo-banner");
			assertThat(portal.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from activities", Integer.class)).isPositive();
			portal.close();

			// java -jar on the same directory would serve the demo accounts, their password public, without the
			// demo banner: the start stops and says what to do.
			assertThatThrownBy(() -> start(directory)).hasRootCauseInstanceOf(DemoDataDirectoryException.class);
			assertThat(output.getOut()).contains("holds the demo records and demo accounts",
					"--portal.embedded.data-directory=<a new directory>");
		}
		finally {
			EmbeddedPostgresServer.stop(directory);
		}
	}

	/** The README's run command is the one that turns demo data on. */
	@Test
	void onlyTheMavenRunCommandTurnsDemoDataOn() throws Exception {
		Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
		String demo = XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='plugin']"
				+ "[*[local-name()='artifactId']='spring-boot-maven-plugin']//*[local-name()='execution']"
				+ "[*[local-name()='id']='default-cli']//*[local-name()='portal.embedded.demo-data']", pom);
		assertThat(demo).isEqualTo("true");
		assertThat(new String(getClass().getResourceAsStream("/application.properties").readAllBytes(),
				StandardCharsets.UTF_8)).contains("portal.embedded.demo-data=false");
	}

	private static ConfigurableApplicationContext start(Path directory, String... extra) {
		return start(directory, application -> {
		}, extra);
	}

	private static ConfigurableApplicationContext start(Path directory,
			java.util.function.Consumer<SpringApplication> customizer, String... extra) {
		SpringApplication application = new SpringApplication(CooperationPortalApplication.class);
		customizer.accept(application);
		List<String> args = new java.util.ArrayList<>(List.of("--portal.embedded.data-directory=" + directory,
				"--portal.embedded.port=0", "--server.port=0", "--management.server.port=0",
				"--spring.main.banner-mode=off"));
		args.addAll(List.of(extra));
		return application.run(args.toArray(String[]::new));
	}

	private static Path freshDirectory() throws Exception {
		return Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "start-postgres-");
	}

	private static String base(ConfigurableApplicationContext portal) {
		return "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
	}

	private HttpResponse<String> get(String url) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "vi").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts the set-up form as a browser does: the form's cookie and CSRF token, then the fields. */
	private HttpResponse<String> post(String link, String username, String password) throws Exception {
		HttpResponse<String> login = get(link.replaceFirst("/first-administrator/.*", "/login"));
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String token = login.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String body = "username=" + encode(username) + "&displayName=" + encode("Quản trị hệ thống") + "&newPassword="
				+ encode(password) + "&confirmation=" + encode(password) + "&_csrf=" + encode(token);
		return this.http.send(HttpRequest.newBuilder(URI.create(link))
			.header("Cookie", cookie)
			.header("Accept-Language", "vi")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
	}

}
