package vn.hanoi.cooperation.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.CooperationPortalApplication;
import vn.hanoi.cooperation.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser session posting twenty progress notes at once, on a portal whose sessions live in PostgreSQL (the
 * shared test context keeps them in the container). Each post leaves a flash message in the session; without
 * the upsert every post but one answered 500 on the session attributes' primary key, its note saved all the same.
 */
class SessionRaceTest {

	private static final String DATABASE = "session_race";

	private static final TestDatabase.ServerAddress server = TestDatabase.server();

	private static final JdbcTemplate serverJdbc = new JdbcTemplate(new SimpleDriverDataSource(
			new org.postgresql.Driver(), server.jdbcUrl(), server.username(), server.password()));

	private static ConfigurableApplicationContext portal;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startPortal() {
		serverJdbc.execute("drop database if exists " + DATABASE + " with (force)");
		serverJdbc.execute("create database " + DATABASE);
		portal = new SpringApplication(CooperationPortalApplication.class).run(
				"--spring.datasource.url=" + server.withDatabase(DATABASE),
				"--spring.datasource.username=" + server.username(),
				"--spring.datasource.password=" + server.password(), "--server.port=0", "--management.server.port=0",
				"--spring.main.banner-mode=off", "--portal.admin.username=quantri",
				"--portal.admin.password=mat-khau-quan-tri-2025");
	}

	@AfterAll
	static void stopPortal() {
		if (portal != null) {
			portal.close();
		}
		serverJdbc.execute("drop database if exists " + DATABASE + " with (force)");
	}

	@Test
	void twentyPostsOfOneSessionAtOnceAnswerNo500() throws Exception {
		JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
		Long activity = jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline)
				select p.id, g.id, d.id, 'Hội chợ hàng Việt', 'IN_PROGRESS', date '2022-12-31'
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025'
				where p.year = 2022 returning id""", Long.class);
		String base = "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
		String session = HttpLogin.sessionCookie(this.http, base, "quantri", "mat-khau-quan-tri-2025");
		String page = this.http.send(HttpRequest.newBuilder(URI.create(base + "/activities/" + activity))
			.header("Cookie", session)
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

		List<Integer> statuses = Concurrently.run(Concurrently.REQUESTS, () -> this.http
			.send(HttpRequest.newBuilder(URI.create(base + "/activities/" + activity + "/progress"))
				.header("Cookie", session)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&notedOn=2022-05-02&note=Ghi+chu"))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode());

		assertThat(statuses).containsOnly(302);
		assertThat(jdbc.queryForObject("select count(*) from activity_progress_updates where activity_id = ?",
				Integer.class, activity)).isEqualTo(Concurrently.REQUESTS);
	}

}
