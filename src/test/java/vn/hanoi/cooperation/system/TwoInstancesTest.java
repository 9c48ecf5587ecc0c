package vn.hanoi.cooperation.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.hanoi.cooperation.CooperationPortalApplication;
import vn.hanoi.cooperation.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one database, as behind a load balancer: a user logs in on the first and carries on
 * on the second, because the session lives in PostgreSQL. Both instances start at once, so Flyway's lock is
 * exercised too. Each instance keeps the sessions it has read in memory, and a logout on one ends the session on the
 * other within a moment.
 */
class TwoInstancesTest {

	private static final TestDatabase.ServerAddress server = TestDatabase.server();

	private static final JdbcTemplate serverJdbc = new JdbcTemplate(new SimpleDriverDataSource(
			new org.postgresql.Driver(), server.jdbcUrl(), server.username(), server.password()));

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void freshDatabase() {
		serverJdbc.execute("drop database if exists two_instances with (force)");
		serverJdbc.execute("create database two_instances");
	}

	@org.junit.jupiter.api.AfterEach
	void restoreLogging() {
		System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
	}

	@AfterAll
	static void dropIt() {
		serverJdbc.execute("drop database if exists two_instances with (force)");
	}

	@Test
	void aSessionStartedOnOneInstanceContinuesOnTheOther() throws Exception {
		// Two instances in one JVM would both reset the one logging system at once, a race that separate servers
		// never have (it failed once as "Unable to find Spring Environment in logger context"): keep the logging
		// the earlier tests set up, for these two only.
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		var first = java.util.concurrent.CompletableFuture.supplyAsync(TwoInstancesTest::start);
		var second = java.util.concurrent.CompletableFuture.supplyAsync(TwoInstancesTest::start);
		try (ConfigurableApplicationContext a = first.get(); ConfigurableApplicationContext b = second.get()) {
			System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
			HttpResponse<String> loginPage = get(port(a), "/login", null);
			// The login form's CSRF cookie: no session before the login.
			String cookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			String token = loginPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
			HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(base(port(a)) + "/login"))
				.header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(
						"username=quantri&password=mat-khau-quan-tri-2025&_csrf=" + token))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
			String session = cookie(login);
			assertThat(session).startsWith("SESSION=");

			HttpResponse<String> onSecond = get(port(b), "/admin", session);
			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(onSecond.body()).contains("Quản trị");
			assertThat(get(port(b), "/admin", null).statusCode()).as("without the cookie").isEqualTo(302);
			assertThat(new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
					server.withDatabase("two_instances"), server.username(), server.password()))
				.queryForObject("select count(*) from spring_session where principal_name = 'quantri'", Integer.class))
				.isEqualTo(1);

			// The second instance now keeps the session in memory; logging out on the first ends it there too.
			assertThat(get(port(b), "/admin", session).statusCode()).isEqualTo(200);
			String logoutToken = get(port(a), "/admin", session).body()
				.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
			HttpResponse<String> logout = this.http.send(HttpRequest.newBuilder(URI.create(base(port(a)) + "/logout"))
				.header("Cookie", session)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + logoutToken))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(logout.statusCode()).isEqualTo(302);
			long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
			int status = get(port(b), "/admin", session).statusCode();
			while (status != 302 && System.nanoTime() < deadline) {
				Thread.sleep(50);
				status = get(port(b), "/admin", session).statusCode();
			}
			assertThat(status).as("the second instance, a moment after the logout on the first").isEqualTo(302);
		}
	}

	private static ConfigurableApplicationContext start() {
		SpringApplication application = new SpringApplication(CooperationPortalApplication.class);
		return application.run("--spring.datasource.url=" + server.withDatabase("two_instances"),
				"--spring.datasource.username=" + server.username(),
				"--spring.datasource.password=" + server.password(), "--server.port=0",
				"--management.server.port=0", "--spring.main.banner-mode=off",
				"--portal.admin.username=quantri", "--portal.admin.password=mat-khau-quan-tri-2025");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(port) + path)).header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="))
			.reduce((first, last) -> last)
			.orElseThrow()
			.split(";")[0];
	}

	private static String base(int port) {
		return "http://localhost:" + port;
	}

}
