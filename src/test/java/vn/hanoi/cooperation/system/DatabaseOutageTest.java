package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
		this.directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(),
				"outage-postgres-");
		int port = freePort();
		EmbeddedPostgres postgres = EmbeddedPostgresServer.startOrGet(this.directory, port);
		assertThat(postgres.getPort()).isEqualTo(port);
		this.portal = new SpringApplication(CooperationPortalApplication.class).run(
				"--spring.datasource.url=" + EmbeddedPostgresServer.jdbcUrl(postgres),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--portal.admin.username=" + ADMIN, "--portal.admin.password=" + PASSWORD,
				"--spring.main.banner-mode=off", "--server.port=0", "--management.server.port=0");
		String base = "http://localhost"
				+ ":" + ((WebServerApplicationContext) this.portal).getWebServer().getPort();
		String session = login(base);
		JdbcTemplate jdbc = this.portal.getBean(JdbcTemplate.class);
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
	}

	private HttpResponse<String> get(String base, String path, String session) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Cookie", session)
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
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
