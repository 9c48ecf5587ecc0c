package vn.hanoi.cooperation.api;

import java.net.URI;
import java.util.List;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.account.OneTimeToken;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityEventType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hanoi.cooperation.api.TestApiTokens.bearer;

/**
 * What surrounds every API call: the rate limit per token counted in the database (429 with Retry-After), the line in
 * the security log (a refused or failed call's too), and the reference lists with their merger links.
 */
@PortalTest
class ApiCallsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	Accounts accountStore;

	@Autowired
	ApiCallLimit limit;

	@Autowired
	AuditLog auditLog;

	@Autowired
	org.springframework.context.MessageSource messageSource;

	TestApiTokens tokens;

	@BeforeEach
	void setUp() {
		this.tokens = new TestApiTokens(this.jdbc);
	}

	@AfterEach
	void cleanUp() {
		this.tokens.removeAll();
	}

	/** An address or a method the API lacks answers the API's own error body; elsewhere the portal's page stays. */
	@Test
	void anUnknownAddressOrMethodAnswersTheApisOwnErrorBody() {
		String secret = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		assertThat(this.mvc.get().uri("/api/v1/no-such-list").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
			.header(HttpHeaders.ACCEPT, "text/html")).hasStatus(404)
			.hasContentTypeCompatibleWith("application/json")
			.bodyJson().extractingPath("$.error").isEqualTo("not_found");
		assertThat(this.mvc.post().uri("/api/v1/activities").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.hasStatus(405)
			.hasHeader(HttpHeaders.ALLOW, "GET")
			.bodyJson().extractingPath("$.error").isEqualTo("method_not_allowed");
		// Outside the API the 404 goes on to the portal's error page (rendered by the server's error dispatch).
		MvcTestResult page = this.mvc.get().uri("/no-such-page").with(this.accounts.as(Role.LEADER))
			.header(HttpHeaders.ACCEPT, "text/html").exchange();
		assertThat(page).hasStatus(404);
		assertThat(page.getResponse().getContentType()).as("not the API's JSON").isNull();
	}

	@Test
	void aTokenOverItsLimitIsToldWhenToComeBackAndOtherTokensGoOn() {
		String busy = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		String other = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		// Another instance's calls this minute count as well: they are in the same table.
		this.jdbc.update("""
				insert into api_call_windows (token_id, window_start, calls)
				select id, date_trunc('minute', now()), 120 from api_tokens where token_hash = ?""",
				OneTimeToken.hash(busy));
		MvcTestResult refused = this.mvc.get().uri("/api/v1/groups").with(bearer(busy)).exchange();
		assertThat(refused).hasStatus(429);
		assertThat(Integer.parseInt(refused.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1, 60);
		assertThat(this.mvc.get().uri("/api/v1/groups").with(bearer(other))).hasStatus(200);
		this.jdbc.update("""
				update api_call_windows set window_start = window_start - interval '1 minute'
				 where token_id = (select id from api_tokens where token_hash = ?)""", OneTimeToken.hash(busy));
		assertThat(this.mvc.get().uri("/api/v1/groups").with(bearer(busy))).as("a new minute, a new window")
			.hasStatus(200);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from api_call_windows
				 where token_id = (select id from api_tokens where token_hash = ?)""", Integer.class,
				OneTimeToken.hash(busy))).as("past windows are dropped").isEqualTo(1);
	}

	@Test
	void everyCallIsInTheSecurityLogAsExportsAre() {
		String secret = this.tokens.create(this.accounts.principal(Role.PROVINCE).getAccountId());
		assertThat(this.mvc.get().uri("/api/v1/activities?year=2022&limit=3").with(bearer(secret))).hasStatus(200);
		assertThat(this.jdbc.queryForObject("""
				select detail from security_events where type = 'API_CALL' and username = ?
				 order by id desc limit 1""", String.class, this.accounts.username(Role.PROVINCE)))
			.contains("GET /api/v1/activities?year=2022&limit=3 (200)");
	}

	/**
	 * A call's rate-limit window and security-log line are committed without waiting for the disk (two flushes a call
	 * made the API slower than the page it mirrors), and that setting ends with their transaction: the security log's
	 * other lines, written on the same pooled connections afterwards, still wait for it. The tests' server runs with
	 * synchronous_commit off from its command line, so each write records where its setting came from.
	 */
	@Test
	void aCallsBookkeepingDoesNotWaitForTheDiskAndNothingElseIsLetOff() {
		String secret = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		this.jdbc.execute("""
				create table test_commit_setting (written text, source text);
				create function test_record_commit_setting() returns trigger language plpgsql as $$
				begin
				  insert into test_commit_setting
				  select coalesce(to_jsonb(new) ->> 'type', tg_table_name), source
				    from pg_settings where name = 'synchronous_commit';
				  return new;
				end $$;
				create trigger test_commit_setting after insert or update on security_events
				  for each row execute function test_record_commit_setting();
				create trigger test_commit_setting after insert or update on api_call_windows
				  for each row execute function test_record_commit_setting()""");
		try {
			for (int call = 0; call < 3; call++) {
				assertThat(this.mvc.get().uri("/api/v1/groups").with(bearer(secret))).hasStatus(200);
				this.auditLog.record(SecurityEventType.EXPORT, "activities 2025 .xlsx");
			}
			assertThat(this.jdbc.queryForList("select written || ': ' || source from test_commit_setting",
					String.class))
				.containsExactlyInAnyOrder("api_call_windows: session", "API_CALL: session", "EXPORT: command line",
						"api_call_windows: session", "API_CALL: session", "EXPORT: command line",
						"api_call_windows: session", "API_CALL: session", "EXPORT: command line");
		}
		finally {
			this.jdbc.execute("""
					drop trigger test_commit_setting on security_events;
					drop trigger test_commit_setting on api_call_windows;
					drop function test_record_commit_setting();
					drop table test_commit_setting""");
		}
	}

	/**
	 * A client that asks for Vietnamese reads why in Vietnamese, whatever refused it (the token, the limit, a
	 * parameter, an address); one that asks for neither language reads English as before. The codes stay the same.
	 */
	@Test
	void errorsSpeakTheLanguageTheClientAsksFor() {
		String secret = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		MvcTestResult noToken = this.mvc.get().uri("/api/v1/groups").header(HttpHeaders.ACCEPT_LANGUAGE, "vi-VN,vi;q=0.9,en;q=0.8")
			.exchange();
		assertThat(noToken).hasStatus(401).bodyJson().extractingPath("$.error").isEqualTo("unauthorized");
		assertThat(noToken).bodyJson().extractingPath("$.message").isEqualTo("Cần một mã truy cập cá nhân còn hiệu lực.");
		MvcTestResult badDate = this.mvc.get().uri(URI.create("/api/v1/activities?updated_since=%2B10000-01-01T00:00:00Z"))
			.with(bearer(secret)).header(HttpHeaders.ACCEPT_LANGUAGE, "vi").exchange();
		assertThat(badDate).hasStatus(400).bodyJson().extractingPath("$.error").isEqualTo("bad_request");
		assertThat(badDate).bodyJson().extractingPath("$.message")
			.isEqualTo("updated_since phải nằm trong các năm 1 đến 9999.");
		assertThat(badDate.getResponse().getHeader(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_LANGUAGE);
		assertThat(this.mvc.get().uri("/api/v1/activities?year=hai-nghin").with(bearer(secret))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "vi")).hasStatus(400).bodyJson().extractingPath("$.message")
			.isEqualTo("Tham số 'year' có giá trị không hợp lệ.");
		assertThat(this.mvc.get().uri("/api/v1/no-such-list").with(bearer(secret))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "vi")).hasStatus(404).bodyJson().extractingPath("$.message")
			.isEqualTo("API không có địa chỉ này: xem /api/docs.");
		this.jdbc.update("""
				insert into api_call_windows (token_id, window_start, calls)
				select id, date_trunc('minute', now()), 120 from api_tokens where token_hash = ?
				on conflict (token_id, window_start) do update set calls = 120""", OneTimeToken.hash(secret));
		assertThat(this.mvc.get().uri("/api/v1/groups").with(bearer(secret)).header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
			.hasStatus(429).bodyJson().extractingPath("$.message")
			.isEqualTo("Mỗi mã truy cập được gọi tối đa 120 lần một phút.");

		// French first, then English; or no language at all: English.
		assertThat(this.mvc.get().uri("/api/v1/groups").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,en;q=0.5,vi;q=0.1"))
			.hasStatus(401).bodyJson().extractingPath("$.message").isEqualTo("A valid personal access token is required.");
		String other = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		assertThat(this.mvc.get().uri("/api/v1/no-such-list").with(bearer(other))).hasStatus(404).bodyJson()
			.extractingPath("$.message").isEqualTo("No such address in the API: see /api/docs.");
	}

	/** Java reads years up to ±999,999,999; PostgreSQL's timestamps end long before, and answered 500 unlogged. */
	@Test
	void anUpdatedSinceBeyondFourDigitYearsIsABadRequestAndStillLogged() {
		String secret = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		long lastEvent = lastEventId();
		for (String list : List.of("activities", "agreements", "results")) {
			for (String since : List.of("%2B999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
					"%2B10000-01-01T00:00:00Z")) {
				MvcTestResult refused = this.mvc.get()
					.uri(URI.create("/api/v1/" + list + "?updated_since=" + since))
					.with(bearer(secret))
					.exchange();
				assertThat(refused).as(list + " since " + since).hasStatus(400);
				assertThat(refused).bodyJson().extractingPath("$.error").isEqualTo("bad_request");
				assertThat(refused).bodyJson()
					.extractingPath("$.message")
					.isEqualTo("updated_since must fall in the years 1 to 9999.");
			}
		}
		assertThat(this.mvc.get().uri("/api/v1/activities?updated_since=0001-01-01").with(bearer(secret)))
			.as("the first year written with four digits")
			.hasStatus(200);
		assertThat(this.jdbc.queryForList(
				"select detail from security_events where type = 'API_CALL' and username = ? and id > ?", String.class,
				this.accounts.username(Role.LEADER), lastEvent))
			.hasSize(10)
			.filteredOn(detail -> detail.contains(" (400), token #"))
			.hasSize(9);
	}

	/** A call that ends in an exception is answered 500 by the container, after the API's filter. */
	@Test
	void aCallThatFailsIsInTheSecurityLogAsA500() {
		String secret = this.tokens.create(this.accounts.principal(Role.LEADER).getAccountId());
		ApiTokenFilter filter = new ApiTokenFilter(this.apiTokens, this.accountStore, this.limit, this.auditLog,
				new ApiMessages(this.messageSource));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/activities");
		request.setQueryString("year=2022");
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
		try {
			assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
				throw new ServletException("the database went away");
			})).hasMessage("the database went away");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(this.jdbc.queryForObject("""
				select detail from security_events where type = 'API_CALL' and username = ?
				 order by id desc limit 1""", String.class, this.accounts.username(Role.LEADER)))
			.contains("GET /api/v1/activities?year=2022 (500)");
	}

	private long lastEventId() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from security_events", Long.class);
	}

	@Test
	void unitsComeWithTheirValidityAndMergerLinks() {
		String secret = this.tokens.create(this.accounts.principal(Role.PROVINCE).getAccountId());
		Long dienBien2008 = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2008-08-01'", Long.class);
		Long dienBien2025 = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
		MvcTestResult provinces = this.mvc.get().uri("/api/v1/provinces").with(bearer(secret)).exchange();
		assertThat(provinces).bodyJson()
			.extractingPath("$.items[?(@.id == " + dienBien2008 + ")].successorId")
			.asArray()
			.containsExactly(dienBien2025.intValue());
		assertThat(provinces).bodyJson()
			.extractingPath("$.items[?(@.id == " + dienBien2025 + ")].validFrom")
			.asArray()
			.containsExactly("2025-07-01");
		assertThat(provinces).bodyJson()
			.extractingPath("$.items[?(@.id == " + dienBien2025 + ")].predecessorIds[*]")
			.asArray()
			.contains(dienBien2008.intValue());
		assertThat(this.mvc.get().uri("/api/v1/departments").with(bearer(secret))).bodyJson()
			.extractingPath("$.items[?(@.code == 'SKHDT')].successorId")
			.asArray()
			.isNotEmpty();
		assertThat(this.mvc.get().uri("/api/v1/groups").with(bearer(secret))).bodyJson()
			.extractingPath("$.items.length()")
			.isEqualTo(15);
		assertThat(this.mvc.get().uri("/api/v1/plans").with(bearer(secret))).bodyJson()
			.extractingPath("$.items[?(@.year == 2022)].groupIds.length()")
			.asArray()
			.containsExactly(15);
	}

}
