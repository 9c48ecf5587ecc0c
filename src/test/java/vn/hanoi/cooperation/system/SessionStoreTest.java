package vn.hanoi.cooperation.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.hanoi.cooperation.CooperationPortalApplication;
import vn.hanoi.cooperation.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * The portal as deployed, with its sessions in PostgreSQL (the shared test context keeps container sessions):
 * anonymous visitors and static files cost the session store nothing, an export after a minute idle arrives whole,
 * redirects never echo the Host header, a large anonymous body is refused unread, and logging out deletes the
 * session cookie.
 */
class SessionStoreTest {

	private static final String ADMIN = "quantri.phien";

	private static final String PASSWORD = "mật khẩu quản trị thử phiên";

	private static final TestDatabase.ServerAddress server = TestDatabase.server();

	private static final JdbcTemplate serverJdbc = jdbc(server.jdbcUrl());

	private static ConfigurableApplicationContext portal;

	private static JdbcTemplate jdbc;

	private static int port;

	private static final SessionStatements sessionStatements = new SessionStatements();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startPortal() {
		serverJdbc.execute("drop database if exists session_store with (force)");
		serverJdbc.execute("create database session_store");
		SpringApplication application = new SpringApplication(CooperationPortalApplication.class);
		application.addInitializers(sessionStatements);
		portal = application.run(
				"--spring.datasource.url=" + server.withDatabase("session_store"),
				"--spring.datasource.username=" + server.username(),
				"--spring.datasource.password=" + server.password(), "--server.port=0",
				"--management.server.port=0", "--spring.main.banner-mode=off", "--portal.admin.username=" + ADMIN,
				// Behind a TLS proxy, as the README says to run it (the test's loopback is a trusted proxy).
				"--server.forward-headers-strategy=native",
				"--portal.admin.password=" + PASSWORD);
		port = ((WebServerApplicationContext) portal).getWebServer().getPort();
		jdbc = jdbc(server.withDatabase("session_store"));
	}

	@AfterAll
	static void stopPortal() {
		if (portal != null) {
			portal.close();
		}
		serverJdbc.execute("drop database if exists session_store with (force)");
	}

	@Test
	void anonymousVisitorsWriteNoSessionAndComeBackToTheirPageAfterLogin() throws Exception {
		jdbc.update("delete from spring_session");
		List<String> pages = List.of("/", "/activities", "/provinces", "/dashboard", "/admin", "/plans/2022");
		for (int i = 0; i < 200; i++) {
			HttpResponse<String> response = get(pages.get(i % pages.size()) + "?lan=" + i, null);
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
		}
		HttpResponse<String> loginPage = get("/login", null);
		assertThat(loginPage.statusCode()).isEqualTo(200);
		HttpResponse<String> failed = postLogin("sai-mat-khau", cookies(loginPage), token(loginPage), null);
		assertThat(failed.headers().firstValue("Location")).hasValue("/login?error");
		assertThat(sessionRows()).as("rows in spring_session after 200 anonymous pages, the login page and a failed login")
			.isZero();

		HttpResponse<String> asked = get("/activities?year=2022&q=h%C3%A0", null);
		String location = asked.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/login?continue=");
		HttpResponse<String> form = get(location, null);
		assertThat(form.body()).contains("name=\"continue\" value=\"/activities?year=2022&amp;q=h%C3%A0\"");
		HttpResponse<String> login = postLogin(PASSWORD, cookies(form), token(form), "/activities?year=2022&q=h%C3%A0");
		assertThat(login.headers().firstValue("Location")).hasValue("/activities?year=2022&q=h%C3%A0");
		assertThat(sessionRows()).isEqualTo(1);
	}

	@Test
	void onlyAPathOfThePortalIsFollowedAfterLogin() throws Exception {
		for (String elsewhere : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "/login")) {
			HttpResponse<String> form = get("/login", null);
			HttpResponse<String> login = postLogin(PASSWORD, cookies(form), token(form), elsewhere);
			assertThat(login.headers().firstValue("Location")).as(elsewhere).hasValue("/admin");
		}
	}

	@Test
	void staticFilesLeaveTheSessionUntouched() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		assertThat(get("/admin", session).statusCode()).isEqualTo(200);
		Timestamp before = lastAccess(session);
		Thread.sleep(20);
		for (String file : List.of("/css/portal.css", "/js/portal.js", "/images/emblem.svg",
				"/webjars/bootstrap/css/bootstrap.min.css", "/api/docs/swagger-ui/swagger-ui.css")) {
			assertThat(get(file, session).statusCode()).as(file).isEqualTo(200);
		}
		assertThat(lastAccess(session)).as("last access after static files only").isEqualTo(before);
		Timestamp aMinuteAgo = lastAccessSetBack(session, SessionStoreConfiguration.LAST_ACCESS_STEP_MILLIS);
		assertThat(get("/admin", session).statusCode()).isEqualTo(200);
		assertThat(lastAccess(session)).as("a page does use the session").isAfter(aMinuteAgo);
	}

	@Test
	void aPageWritesTheLastAccessOnlyWhenItMovedByAMinute() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		assertThat(get("/admin", session).statusCode()).isEqualTo(200);
		Timestamp written = lastAccess(session);
		Thread.sleep(20);
		for (int i = 0; i < 5; i++) {
			assertThat(get("/admin", session).statusCode()).isEqualTo(200);
		}
		assertThat(lastAccess(session)).as("last access after five pages within a minute").isEqualTo(written);
		Timestamp earlier = lastAccessSetBack(session, SessionStoreConfiguration.LAST_ACCESS_STEP_MILLIS + 1_000);
		// The instance hears of the change in the database a moment later (V85's notice), then writes.
		assertThat(eventually(() -> get("/admin", session).statusCode() == 200 && lastAccess(session).after(written)))
			.as("last access a minute later")
			.isTrue();
		assertThat(jdbc.queryForObject("select expiry_time - last_access_time from spring_session where session_id = ?",
				Long.class, sessionId(session)))
			.as("the idle limit counts from the written access")
			.isEqualTo(30 * 60 * 1000L);
		assertThat(earlier).isBefore(written);
	}

	@Test
	void pagesOfAKeptSessionRunNoStatementOnTheStoreAndAChangeInTheDatabaseIsSeenAtOnce() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		assertKeptInMemory(session);
		sessionStatements.reset();
		for (int i = 0; i < 5; i++) {
			assertThat(get("/admin", session).statusCode()).isEqualTo(200);
		}
		assertThat(sessionStatements.count()).as("statements on the session store for five more pages").isZero();

		// An operator ends the session in psql: the next pages go to the login form, as they did without memory.
		jdbc.update("delete from spring_session where session_id = ?", sessionId(session));
		assertThat(eventually(() -> get("/admin", session).statusCode() == 302)).as("the session deleted in psql")
			.isTrue();
		assertThat(get("/admin", session).headers().firstValue("Location").orElseThrow()).startsWith("/login");
	}

	/**
	 * After an upgrade the sessions in the store were written by the former version: a login's principal whose class
	 * changed since cannot be read back. The person is asked to sign in again (it answered 500 on every page until
	 * the session expired), and signing in works.
	 */
	@Test
	void aSessionWrittenByAnotherVersionOfThePortalAsksToSignInAgain() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		assertKeptInMemory(session);
		byte[] stored = jdbc.queryForObject("""
				select a.attribute_bytes from spring_session_attributes a
				  join spring_session s on s.primary_id = a.session_primary_id
				 where s.session_id = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""", byte[].class,
				sessionId(session));
		jdbc.update("""
				update spring_session_attributes set attribute_bytes = ?
				 where attribute_name = 'SPRING_SECURITY_CONTEXT'
				   and session_primary_id = (select primary_id from spring_session where session_id = ?)""",
				withAnotherClassVersion(stored, "vn.hanoi.cooperation.account.PortalUser"), sessionId(session));

		assertThat(eventually(() -> get("/admin", session).statusCode() == 302)).as("the page after the upgrade")
			.isTrue();
		assertThat(get("/admin", session).headers().firstValue("Location").orElseThrow()).startsWith("/login");
		HttpResponse<String> form = get("/login", session);
		assertThat(form.statusCode()).isEqualTo(200);
		HttpResponse<String> login = postLogin(PASSWORD, session + "; " + cookies(form), token(form), null);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(get("/admin", cookies(login)).statusCode()).as("signed in again").isEqualTo(200);
	}

	/** The serialized form with the class's version number changed, as another build of the class would write it. */
	private static byte[] withAnotherClassVersion(byte[] serialized, String className) {
		byte[] name = className.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i + name.length + 8 <= serialized.length; i++) {
			if (java.util.Arrays.equals(serialized, i, i + name.length, name, 0, name.length)) {
				byte[] changed = serialized.clone();
				// The class descriptor's name is followed by the 8 bytes of its serialVersionUID.
				for (int b = i + name.length; b < i + name.length + 8; b++) {
					changed[b] = (byte) ~changed[b];
				}
				return changed;
			}
		}
		throw new AssertionError(className + " is not in the stored session");
	}

	/**
	 * PostgreSQL finds a session for its id followed by spaces (the column is char(36)), so a cookie can name a
	 * session by such an alias; the alias is never kept, so the logout, which names the id, ends it too.
	 */
	@Test
	void aSessionNamedWithTrailingSpacesEndsWithTheSession() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		String alias = "SESSION=" + java.util.Base64.getEncoder()
			.encodeToString((sessionId(session) + "  ").getBytes(StandardCharsets.UTF_8));
		assertThat(eventually(() -> portal.getBean(KeptSessions.class).isKeeping())).as("listening for changes")
			.isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(get("/admin", alias).statusCode()).as("the alias, as plain Spring Session finds it").isEqualTo(200);
		}

		jdbc.update("delete from spring_session where session_id = ?", sessionId(session));
		assertThat(eventually(() -> get("/admin", session).statusCode() == 302)).as("the session deleted in psql")
			.isTrue();
		assertThat(get("/admin", alias).statusCode()).as("the alias after the session ended").isEqualTo(302);
	}

	/** An operator who truncates the session tables ends every session at once, kept ones included (V86). */
	@Test
	void truncatingTheSessionTablesEndsKeptSessions() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		assertKeptInMemory(session);

		jdbc.execute("truncate spring_session cascade");
		assertThat(eventually(() -> get("/admin", session).statusCode() == 302)).as("the sessions truncated in psql")
			.isTrue();
		assertThat(get("/admin", session).headers().firstValue("Location").orElseThrow()).startsWith("/login");
	}

	@Test
	void aMessageAfterAPostShowsOnceOnTheNextPageOfAKeptSession() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		Long adminId = jdbc.queryForObject("select id from accounts where username = ?", Long.class, ADMIN);
		String accountPage = "/admin/accounts/" + adminId;
		assertThat(eventually(() -> {
			sessionStatements.reset();
			return get(accountPage, session).statusCode() == 200 && sessionStatements.count() == 0;
		})).as("the session kept in memory").isTrue();

		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(URI.create(base() + accountPage + "/disable"))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token(get(accountPage, session)))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location")).hasValue(accountPage);
		String message = "Bạn không thể tự khóa tài khoản của chính mình.";
		assertThat(get(accountPage, session).body()).as("the page after the post").contains(message);
		assertThat(get(accountPage, session).body()).as("the page after that").doesNotContain(message);
	}

	/**
	 * A set-password link waits in the session store until the page after its creation is read: sealed there, so
	 * the store, its write-ahead log and its backups never hold it in clear; the page still shows it.
	 */
	@Test
	void aSecretShownOnceNeverRestsInTheSessionStoreInClear() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		Long adminId = jdbc.queryForObject("select id from accounts where username = ?", Long.class, ADMIN);
		String accountPage = "/admin/accounts/" + adminId;
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(URI.create(base() + accountPage + "/reset-link"))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token(get(accountPage, session)))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(302);
		List<byte[]> flash = jdbc.queryForList("""
				select a.attribute_bytes from spring_session_attributes a
				  join spring_session s on s.primary_id = a.session_primary_id
				where s.session_id = ? and a.attribute_name like '%FLASH_MAPS'""", byte[].class, sessionId(session));
		assertThat(flash).as("the flash waiting in the store").hasSize(1);

		String page = get(accountPage, session).body();
		String link = page.replaceAll("(?s).*id=\"reset-link\"[^>]*value=\"([^\"]+)\".*", "$1");
		assertThat(link).as("the link on the page").contains("/password-reset/");
		String secret = link.substring(link.indexOf("/password-reset/") + "/password-reset/".length());
		assertThat(new String(flash.get(0), StandardCharsets.ISO_8859_1)).as("the stored flash")
			.doesNotContain(secret)
			.doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
		assertThat(get(accountPage, session).body()).as("the page after that").doesNotContain(secret);
	}

	@Test
	void staticFilesWithTheSessionCookieRunNoStatementOnTheSessionStore() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		sessionStatements.reset();
		assertThat(get("/admin", session).statusCode()).isEqualTo(200);
		assertThat(sessionStatements.count()).as("a page reads and writes its session").isPositive();
		sessionStatements.reset();
		for (int i = 0; i < 10; i++) {
			for (String file : List.of("/css/portal.css", "/js/portal.js", "/images/favicon.svg",
					"/webjars/bootstrap/css/bootstrap.min.css", "/api/docs/swagger-ui/swagger-ui-bundle.js")) {
				assertThat(get(file, session).statusCode()).as(file).isEqualTo(200);
			}
		}
		assertThat(sessionStatements.count()).as("session statements for 50 static files with the session cookie")
			.isZero();
	}

	@Test
	void aLongPageReadsItsSessionOnceAndWritesItOnce() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		assertThat(get("/provinces", session).statusCode()).isEqualTo(200);
		// The first page saved the form token, so the next one reads the session from the store, and a last access
		// a minute old makes it write too.
		lastAccessSetBack(session, SessionStoreConfiguration.LAST_ACCESS_STEP_MILLIS + 1_000);
		sessionStatements.reset();
		HttpResponse<String> page = get("/provinces", session);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().length()).as("longer than the container's own 8 KB buffer").isGreaterThan(32 * 1024);
		assertThat(page.body()).contains("</html>");
		assertThat(sessionStatements.count()).as("statements on the session store for one long page").isEqualTo(2);
	}

	/**
	 * An export asked for after a minute on the list: the session's last access is written when the response
	 * commits, which once happened inside the export's read-only transaction, failed there and cut the file short
	 * (a workbook came empty), with 200 and no EXPORT line in the security log.
	 */
	@Test
	void anExportAfterAMinuteIdleArrivesWholeAndIsRecorded() throws Exception {
		String mark = "xuatsaumotphutnghi";
		int activities = 1_500;
		jdbc.update("""
				insert into activities (plan_id, group_id, lead_department_id, title, description, status, deadline)
				select p.id, g.id, d.id, ? || ' hoạt động số ' || n, 'Mô tả đủ dài để tệp vượt bộ đệm ' || n,
				       'IN_PROGRESS', date '2022-01-01' + (n % 300)
				  from generate_series(1, ?) n
				  join plans p on p.year = 2022
				  join cooperation_groups g on g.number = 1 + n % 15
				  join departments d on d.code = 'SCT_2025'""", mark, activities);
		try {
			String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
			assertThat(get("/activities", session).statusCode()).isEqualTo(200);
			lastAccessSetBack(session, 2 * SessionStoreConfiguration.LAST_ACCESS_STEP_MILLIS);
			KeptSessions sessions = portal.getBean(KeptSessions.class);
			assertThat(eventually(() -> sessions.findById(sessionId(session))
				.getLastAccessedTime()
				.isBefore(Instant.now().minusMillis(SessionStoreConfiguration.LAST_ACCESS_STEP_MILLIS))))
				.as("the instance sees the session idle for two minutes")
				.isTrue();
			long lastEvent = jdbc.queryForObject("select coalesce(max(id), 0) from security_events", Long.class);

			HttpResponse<byte[]> export = this.http.send(
					HttpRequest.newBuilder(URI.create(base() + "/activities/export.csv?q=" + mark))
						.header("Cookie", session)
						.build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(export.statusCode()).isEqualTo(200);
			String csv = new String(export.body(), StandardCharsets.UTF_8);
			assertThat(csv.split("\r\n")).as("the header and every activity").hasSize(activities + 1);
			assertThat(export.body().length).as("more than the response's buffer").isGreaterThan(128 * 1024);
			assertThat(lastAccess(session)).as("the last access written").isAfter(Timestamp
				.from(Instant.now().minusMillis(SessionStoreConfiguration.LAST_ACCESS_STEP_MILLIS)));
			assertThat(jdbc.queryForList("select detail from security_events where type = 'EXPORT' and id > ?",
					String.class, lastEvent))
				.singleElement(STRING)
				.contains("activities csv, " + activities + " rows");
		}
		finally {
			jdbc.update("delete from activities where title like ?", mark + "%");
		}
	}

	@Test
	void aLargeAnonymousBodyIsRefusedBeforeItIsSent() throws Exception {
		// Headers announcing 20 MB (under the upload limit) and no body at all: only an answer that does not wait
		// for the body arrives.
		RawHttp multipart = RawHttp.send(port, """
				POST /agreements/new HTTP/1.1
				Host: localhost
				Content-Type: multipart/form-data; boundary=xyz
				Content-Length: 20000000""");
		assertThat(multipart.status()).isEqualTo(413);
		RawHttp form = RawHttp.send(port, """
				POST /login HTTP/1.1
				Host: localhost
				Content-Type: application/x-www-form-urlencoded
				Transfer-Encoding: chunked""");
		assertThat(form.status()).isEqualTo(411);
	}

	@Test
	void redirectsNeverEchoTheHostHeader() throws Exception {
		RawHttp anonymous = RawHttp.send(port, """
				GET /activities HTTP/1.1
				Host: evil.example
				Connection: close""");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location")).hasValue("/login?continue=%2Factivities");

		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		String token = token(get("/admin", session));
		RawHttp logout = RawHttp.send(port, """
				POST /logout HTTP/1.1
				Host: evil.example
				Cookie: %s
				Content-Type: application/x-www-form-urlencoded
				Content-Length: %d
				Connection: close

				%s""".formatted(session, ("_csrf=" + token).length(), "_csrf=" + token).stripTrailing());
		assertThat(logout.status()).isEqualTo(302);
		assertThat(logout.header("Location")).hasValue("/login?logout");
	}

	/**
	 * Behind an HTTPS proxy every cookie is Secure, the session's too, without PORTAL_SECURE_COOKIE (the default
	 * once forced the session cookie to "not Secure", so a browser sent it over plain http as well), and the answer
	 * tells the browser to use HTTPS from then on. Plain http (a try on localhost) still logs in.
	 */
	@Test
	void theSessionCookieIsSecureBehindAnHttpsProxy() throws Exception {
		HttpResponse<String> form = get("/login", null);
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("X-Forwarded-Proto", "https")
			.header("Cookie", cookies(form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + encode(ADMIN) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(token(form))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().allValues("Set-Cookie")).as("cookies set by a login over HTTPS")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
			.allSatisfy(cookie -> assertThat(cookie).contains("; Secure").contains("; HttpOnly").contains("; SameSite="));
		assertThat(login.headers().firstValue("Strict-Transport-Security")).as("HSTS over HTTPS")
			.hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));

		HttpResponse<String> plainForm = get("/login", null);
		HttpResponse<String> plain = postLogin(PASSWORD, cookies(plainForm), token(plainForm), null);
		assertThat(plain.headers().allValues("Set-Cookie")).as("cookies set by a login over plain http")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").doesNotContain("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("HSTS over plain http").isEmpty();
	}

	@Test
	void loggingOutDeletesTheSessionCookieAndItsRow() throws Exception {
		String session = HttpLogin.sessionCookie(this.http, base(), ADMIN, PASSWORD);
		assertThat(session).startsWith("SESSION=");
		HttpResponse<String> page = get("/admin", session);
		HttpResponse<String> logout = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/logout"))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token(page))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=;").contains("Max-Age=0"))
			.noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID"));
		assertThat(get("/admin", session).statusCode()).isEqualTo(302);
	}

	/** True as soon as the condition holds, false if it still does not after five seconds. */
	/** Waits until this instance listens for changes and serves the session's pages from memory. */
	private void assertKeptInMemory(String session) throws Exception {
		assertThat(eventually(() -> portal.getBean(KeptSessions.class).isKeeping())).as("listening for changes")
			.isTrue();
		assertThat(eventually(() -> {
			sessionStatements.reset();
			return get("/admin", session).statusCode() == 200 && sessionStatements.count() == 0;
		})).as("a page that reads its session from memory").isTrue();
	}

	private static boolean eventually(java.util.concurrent.Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.call()) {
				return true;
			}
			Thread.sleep(50);
		}
		return false;
	}

	private int sessionRows() {
		return jdbc.queryForObject("select count(*) from spring_session", Integer.class);
	}

	private Timestamp lastAccess(String cookie) {
		return new Timestamp(jdbc.queryForObject("select last_access_time from spring_session where session_id = ?",
				Long.class, sessionId(cookie)));
	}

	/** Moves the session's last access (and its expiry with it) back, as if the page had been seen that long ago. */
	private Timestamp lastAccessSetBack(String cookie, long millis) {
		jdbc.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
				+ " where session_id = ?", millis, millis, sessionId(cookie));
		return lastAccess(cookie);
	}

	private static String sessionId(String cookie) {
		return new String(java.util.Base64.getDecoder().decode(cookie.substring("SESSION=".length())),
				StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postLogin(String password, String cookies, String token, String continuePath)
			throws Exception {
		String body = "username=" + encode(ADMIN) + "&password=" + encode(password) + "&_csrf=" + encode(token)
				+ (continuePath == null ? "" : "&continue=" + encode(continuePath));
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Cookie", cookies)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Every cookie the response set, as the browser would send them back. */
	private static String cookies(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(cookie -> cookie.split(";")[0])
			.collect(Collectors.joining("; "));
	}

	private static String token(HttpResponse<String> page) {
		return page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String base() {
		return "http://localhost:" + port;
	}

	private static JdbcTemplate jdbc(String url) {
		return new JdbcTemplate(
				new SimpleDriverDataSource(new org.postgresql.Driver(), url, server.username(), server.password()));
	}

}
