package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import vn.hanoi.cooperation.CooperationPortalApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running portal and comes back: meanwhile pages answer a clear 503 within a few
 * seconds, never a stack trace; afterwards the portal serves again by itself, with nothing committed lost. The
 * portal runs in external mode on a PostgreSQL of this test's own, which it can stop and start.
 */
class DatabaseOutageTest {

	private static final String ADMIN = "quantri.suco";

	private static final String PASSWORD = "mật khẩu quản trị thử sự cố";

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private Path directory;

	private ConfigurableApplicationContext portal;

	@AfterEach
	void cleanUp() throws IOException {
		if (this.portal != null) {
			this.portal.close();
		}
		if (this.directory != null) {
			EmbeddedPostgresServer.stop(this.directory);
			try (Stream<Path> files = Files.walk(this.directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	@Test
	void pagesAnswer503WhileTheDatabaseIsDownAndThePortalRecoversByItself() throws Exception {
		int port = freePort();
		String base = start(port);
		String session = login(base);
		JdbcTemplate jdbc = this.portal.getBean(JdbcTemplate.class);
		// The bounds a stuck or frozen database meets (the next test shortens them to watch them act).
		assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("20s");
		assertThat(jdbc.queryForObject("show idle_in_transaction_session_timeout", String.class)).isEqualTo("1min");
		assertThat(this.portal.getBean(AbstractPlatformTransactionManager.class).getDefaultTimeout()).isEqualTo(30);
		assertThat(this.portal.getBean(HikariDataSource.class).getDataSourceProperties().getProperty("socketTimeout"))
			.isEqualTo("30");
		jdbc.update("update provinces set name_en = 'Dien Bien (before the outage)' where code = '11'"
				+ " and valid_from = date '2025-07-01'");
		assertThat(get(base, "/provinces?period=UNITS_2025&lang=en", session).body())
			.contains("Dien Bien (before the outage)");

		EmbeddedPostgresServer.stop(this.directory);
		long start = System.nanoTime();
		HttpResponse<String> down = get(base, "/provinces?lang=vi", session);
		Duration waited = Duration.ofNanos(System.nanoTime() - start);
		assertThat(down.statusCode()).isEqualTo(503);
		assertThat(waited).as("the 503 comes within the pool's 5 s timeout, not after minutes")
			.isLessThan(Duration.ofSeconds(12));
		assertThat(down.headers().firstValue("Retry-After")).hasValue("30");
		HttpResponse<String> readiness = probe("readiness");
		int liveness = probe("liveness").statusCode();
		SoftAssertions.assertSoftly(softly -> {
			softly.assertThat(down.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'")
					.contains("frame-ancestors 'none'"));
			softly.assertThat(down.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			softly.assertThat(down.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			softly.assertThat(readiness.statusCode()).as("not ready while the database is down").isEqualTo(503);
			softly.assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
			softly.assertThat(liveness).as("alive all the same: a restart would not help").isEqualTo(200);
		});
		assertThat(down.body()).contains("Tạm thời không truy cập được dữ liệu")
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("PSQL");
		HttpResponse<String> downInEnglish = get(base, "/activities?lang=en", session);
		assertThat(downInEnglish.statusCode()).isEqualTo(503);
		assertThat(downInEnglish.body()).contains("Data temporarily unavailable").contains("<html lang=\"en\"");

		EmbeddedPostgres again = EmbeddedPostgresServer.startOrGet(this.directory, port);
		assertThat(again.getPort()).as("the same directory and port, as after a real restart").isEqualTo(port);
		HttpResponse<String> back = get(base, "/provinces?period=UNITS_2025&lang=en", session);
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("Dien Bien (before the outage)");
		assertThat(probe("readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void aRequestWaitingOnAStuckOrFrozenDatabaseGetsThe503PageInBoundedTime() throws Exception {
		int port = freePort();
		// The production bounds (20 s per statement, 30 s per transaction and without a byte) made short.
		String base = start(port, "--spring.datasource.hikari.data-source-properties.options=-c statement_timeout=2s",
				"--spring.datasource.hikari.data-source-properties.socketTimeout=4",
				"--spring.transaction.default-timeout=3s");
		String session = login(base);
		assertThat(get(base, "/activities", session).statusCode()).isEqualTo(200);
		EmbeddedPostgres server = EmbeddedPostgresServer.startOrGet(this.directory, port);
		try (Connection locker = DriverManager.getConnection(EmbeddedPostgresServer.jdbcUrl(server), "postgres",
				EmbeddedPostgresServer.password(server))) {
			locker.setAutoCommit(false);
			// Stuck: another transaction holds the accounts (read at each request: is this login still valid?), so
			// the server answers nothing until the statement times out.
			locker.createStatement().execute("lock table accounts in access exclusive mode");
			long start = System.nanoTime();
			HttpResponse<String> stuck = get(base, "/activities", session);
			assertThat(stuck.statusCode()).isEqualTo(503);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			assertThat(stuck.body()).contains("Tạm thời không truy cập được dữ liệu");

			// Frozen: the server stops while the request waits, so only the connection's own timeout can end it.
			var waiting = this.http.sendAsync(request(base, "/activities", session),
					HttpResponse.BodyHandlers.ofString());
			Thread.sleep(500);
			List<Long> postgres = postgresProcesses();
			signal("STOP", postgres);
			try {
				HttpResponse<String> frozen = waiting.get(20, TimeUnit.SECONDS);
				assertThat(frozen.statusCode()).isEqualTo(503);
			}
			finally {
				signal("CONT", postgres);
			}
			locker.rollback();
		}
		assertThat(get(base, "/activities", session).statusCode()).as("back once the database answers")
			.isEqualTo(200);
	}

	/** Starts this test's own PostgreSQL on {@code port} and a portal on it; answers the portal's address. */
	private String start(int port, String... arguments) throws IOException {
		this.directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(),
				"outage-postgres-");
		EmbeddedPostgres postgres = EmbeddedPostgresServer.startOrGet(this.directory, port);
		assertThat(postgres.getPort()).isEqualTo(port);
		List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + EmbeddedPostgresServer.jdbcUrl(postgres),
				"--spring.datasource.username=postgres",
				"--spring.datasource.password=" + EmbeddedPostgresServer.password(postgres),
				"--portal.admin.username=" + ADMIN, "--portal.admin.password=" + PASSWORD,
				"--spring.main.banner-mode=off", "--server.port=0", "--management.server.port=0"));
		all.addAll(List.of(arguments));
		this.portal = new SpringApplication(CooperationPortalApplication.class).run(all.toArray(String[]::new));
		return "http://localhost:" + ((WebServerApplicationContext) this.portal).getWebServer().getPort();
	}

	/** The postmaster (its pid file) and every server process under it. */
	private List<Long> postgresProcesses() throws IOException {
		long postmaster = Long.parseLong(Files.readAllLines(this.directory.resolve("postmaster.pid")).get(0).strip());
		ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
		return Stream.concat(Stream.of(handle), handle.descendants()).map(ProcessHandle::pid).toList();
	}

	private static void signal(String signal, List<Long> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach(pid -> command.add(Long.toString(pid)));
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as("kill -" + signal).isZero();
	}

	private HttpResponse<String> probe(String probe) throws Exception {
		String port = this.portal.getEnvironment().getProperty("local.management.port");
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/" + probe))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String base, String path, String session) throws Exception {
		return this.http.send(request(base, path, session), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest request(String base, String path, String session) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Cookie", session)
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30))
			.build();
	}

	private String login(String base) throws Exception {
		return HttpLogin.sessionCookie(this.http, base, ADMIN, PASSWORD);
	}

	/** A port nobody listens on now; never the lead engineer's 8080 or 54320. */
	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
