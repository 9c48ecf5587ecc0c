package vn.hanoi.cooperation.api;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.ShownOnce;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.OneTimeToken;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.activity.TestActivities;
import vn.hanoi.cooperation.system.SealedFlash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;
import static vn.hanoi.cooperation.api.TestApiTokens.bearer;

/**
 * Personal access tokens: made on the account page (shown once, stored as a hash, listed with their last use,
 * revocable), and the only way into the read API, which then reads exactly what the token's owner may read,
 * without a session, and writes nothing.
 */
@PortalTest
class ApiTokenTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestApiTokens tokens;

	TestActivities activities;

	PortalUser staff;

	@BeforeEach
	void setUp() {
		this.tokens = new TestApiTokens(this.jdbc);
		this.activities = new TestActivities(this.jdbc);
		this.staff = this.accounts.principal(Role.STAFF);
	}

	@AfterEach
	void cleanUp() {
		this.tokens.removeAll();
		this.activities.removeAll();
		this.jdbc.update("delete from api_tokens where name like 'Thử API%'");
		this.jdbc.update("delete from accounts where username = 'test.api.disabled'");
	}

	/**
	 * Every call wrote the token's last use and waited for the disk, so a client calling in a loop was slower than the
	 * HTML page: the last use (shown to the minute) is written on the first call and then at most once a minute.
	 */
	@Test
	void aTokenCalledAgainWithinTheMinuteIsNotWrittenAgain() {
		String secret = this.tokens.create(this.staff.getAccountId());
		String hash = OneTimeToken.hash(secret);
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(secret))).hasStatus(200);
		assertThat(this.jdbc.queryForObject("select last_used_at is not null from api_tokens where token_hash = ?",
				Boolean.class, hash)).as("the first call is written").isTrue();
		String rowVersion = "select xmin::text from api_tokens where token_hash = ?";
		String written = this.jdbc.queryForObject(rowVersion, String.class, hash);
		for (int call = 0; call < 3; call++) {
			assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(secret))).hasStatus(200);
		}
		assertThat(this.jdbc.queryForObject(rowVersion, String.class, hash)).as("no write within the minute")
			.isEqualTo(written);

		this.jdbc.update("update api_tokens set last_used_at = now() - interval '2 minutes' where token_hash = ?", hash);
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(secret))).hasStatus(200);
		assertThat(this.jdbc.queryForObject(
				"select last_used_at > now() - interval '1 minute' from api_tokens where token_hash = ?", Boolean.class,
				hash)).as("a minute later, the call is written again").isTrue();
	}

	/**
	 * A password reset (or a change of the account's role or unit) ends the tokens made before it, but the list still
	 * called them "usable": the person kept a token the API refused with no way to tell why.
	 */
	@Test
	void aTokenEndedByAResetOfTheAccountIsListedAsEnded() {
		String secret = this.tokens.create(this.staff.getAccountId());
		this.jdbc.update("update api_tokens set created_at = now() - interval '2 days' where token_hash = ?",
				OneTimeToken.hash(secret));
		java.sql.Timestamp before = this.jdbc.queryForObject("select sessions_valid_after from accounts where id = ?",
				java.sql.Timestamp.class, this.staff.getAccountId());
		this.jdbc.update("update accounts set sessions_valid_after = now() - interval '1 day' where id = ?",
				this.staff.getAccountId());
		try {
			assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(secret))).hasStatus(401);
			assertThat(this.mvc.get().uri("/account/tokens").with(as(this.staff))).hasStatus(200)
				.bodyText()
				.contains("Hết hiệu lực: mật khẩu hoặc quyền của tài khoản đã đổi sau khi tạo mã")
				.doesNotContain("Đang dùng được");
		}
		finally {
			this.jdbc.update("update accounts set sessions_valid_after = ? where id = ?", before,
					this.staff.getAccountId());
		}
	}

	/** A token sealed by another instance, or before a restart: the page says what to do instead of showing nothing. */
	@Test
	void aSecretThisInstanceCannotOpenIsExplainedNotShown() {
		assertThat(this.mvc.get().uri("/account/tokens").flashAttr("newToken", new SealedFlash.Sealed("c2VhbGVkIGJ5IGFub3RoZXIgaW5zdGFuY2UsIG5vdCB0aGlzIG9uZQ=="))
			.with(as(this.staff))).hasStatus(200)
			.bodyText()
			.contains("không thể hiển thị ở trang này", "thu hồi mã đó")
			.doesNotContain("id=\"new-token\"", "c2VhbGVkIGJ5IGFub3Ro");
	}

	@Test
	void aPersonCreatesATokenSeenOnceThenListedWithItsLastUseAndRevokesIt() throws Exception {
		assertThat(this.mvc.get().uri("/account/tokens").with(as(this.staff))).hasStatus(200)
			.bodyText()
			.contains("Mã truy cập API", "Bạn chưa có mã nào.");
		MvcTestResult created = this.mvc.post()
			.uri("/account/tokens")
			.param("name", "Thử API hệ thống báo cáo")
			.param("validDays", "30")
			.with(as(this.staff))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatus(302).hasRedirectedUrl("/account/tokens");
		assertThat(created).flash().containsEntry("message", "apiTokenCreated");
		String secret = ShownOnce.secret(this.mvc, created, as(this.staff), "new-token");
		assertThat(secret).startsWith("hnp_");
		assertThat(this.jdbc.queryForObject("select token_hash from api_tokens where name = 'Thử API hệ thống báo cáo'",
				String.class))
			.as("only the SHA-256 is kept")
			.isEqualTo(OneTimeToken.hash(secret));
		assertThat(this.jdbc.queryForObject("""
				select expires_at::date - created_at::date from api_tokens where name = 'Thử API hệ thống báo cáo'""",
				Integer.class)).isEqualTo(30);

		String list = this.mvc.get().uri("/account/tokens").with(as(this.staff)).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(list).contains("Thử API hệ thống báo cáo", "Chưa dùng", "Đang dùng được").doesNotContain(secret);

		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(secret))).hasStatus(200);
		assertThat(this.mvc.get().uri("/account/tokens").with(as(this.staff))).bodyText()
			.doesNotContain("Chưa dùng");

		Long id = this.jdbc.queryForObject("select id from api_tokens where name = 'Thử API hệ thống báo cáo'",
				Long.class);
		assertThat(this.mvc.post().uri("/account/tokens/" + id + "/revoke").with(as(this.accounts.principal(Role.LEADER)))
			.with(csrf())).as("another person's token is not found")
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(secret))).hasStatus(200);
		assertThat(this.mvc.post().uri("/account/tokens/" + id + "/revoke").with(as(this.staff)).with(csrf()))
			.hasStatus(302)
			.flash()
			.containsEntry("message", "apiTokenRevoked");
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(secret))).hasStatus(401);
		assertThat(this.mvc.get().uri("/account/tokens").with(as(this.staff))).bodyText().contains("Đã thu hồi");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from security_events where type in ('API_TOKEN_CREATED', 'API_TOKEN_REVOKED') "
						+ "and username = ? and created_at > now() - interval '1 minute'",
				Integer.class, this.staff.getUsername())).isGreaterThanOrEqualTo(2);
	}

	/**
	 * The tokens page open in two tabs: revoking in the second what the first already revoked comes back to the
	 * page saying so, not to "not found"; another person's revoked token stays not found.
	 */
	@Test
	void revokingATokenAlreadyRevokedSaysSo() {
		this.tokens.create(this.staff.getAccountId());
		Long id = this.jdbc.queryForObject("""
				select id from api_tokens where account_id = ? order by id desc limit 1""", Long.class,
				this.staff.getAccountId());
		assertThat(this.mvc.post().uri("/account/tokens/" + id + "/revoke").with(as(this.staff)).with(csrf()))
			.hasStatus(302)
			.flash()
			.containsEntry("message", "apiTokenRevoked");

		MvcTestResult again = this.mvc.post().uri("/account/tokens/" + id + "/revoke").with(as(this.staff)).with(csrf())
			.exchange();
		assertThat(again).hasStatus(302).hasRedirectedUrl("/account/tokens");
		assertThat(again).flash().containsEntry("message", "apiTokenAlreadyRevoked");
		assertThat(this.mvc.get().uri("/account/tokens").flashAttr("message", "apiTokenAlreadyRevoked")
			.with(as(this.staff))).bodyText().contains("Mã truy cập này đã được thu hồi trước đó.");
		assertThat(this.mvc.get().uri("/account/tokens?lang=en").flashAttr("message", "apiTokenAlreadyRevoked")
			.with(as(this.staff))).bodyText().contains("This access token had already been revoked.");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from security_events where type = 'API_TOKEN_REVOKED' and username = ? and detail = ?""",
				Integer.class, this.staff.getUsername(), "token #" + id)).as("revoked once").isEqualTo(1);

		assertThat(this.mvc.post().uri("/account/tokens/" + id + "/revoke").with(as(this.accounts.principal(Role.LEADER)))
			.with(csrf())).as("another person's token is not found, revoked or not")
			.hasStatus(404);
	}

	@Test
	void aTokenNeedsANameAndAValidityFromTheList() {
		assertThat(this.mvc.post().uri("/account/tokens").param("name", " ").param("validDays", "30")
			.with(as(this.staff)).with(csrf())).hasStatus(200).bodyText().contains("Vui lòng nhập trường này.");
		assertThat(this.mvc.post().uri("/account/tokens").param("name", "\u00a0\u202f").param("validDays", "30")
			.with(as(this.staff)).with(csrf())).hasStatus(200).bodyText().contains("Vui lòng nhập trường này.");
		assertThat(this.mvc.post().uri("/account/tokens").param("name", "Thử API mãi mãi").param("validDays", "36500")
			.with(as(this.staff)).with(csrf())).hasStatus(200).bodyText().contains("Chọn một thời hạn trong danh sách.");
		// A length with no lower limit is told as a limit ("between 0 and 100" read oddly), in both languages.
		assertThat(this.mvc.post().uri("/account/tokens").param("name", "Thử API " + "x".repeat(100))
			.param("validDays", "30").with(as(this.staff)).with(csrf())).hasStatus(200).bodyText()
			.contains("Tối đa 100 ký tự.").doesNotContain("từ 0 đến");
		assertThat(this.mvc.post().uri("/account/tokens?lang=en").param("name", "Thử API " + "x".repeat(100))
			.param("validDays", "30").with(as(this.staff)).with(csrf())).hasStatus(200).bodyText()
			.contains("At most 100 characters.");
		assertThat(this.jdbc.queryForObject("select count(*) from api_tokens where name like 'Thử API%'", Integer.class))
			.isZero();
	}

	@Test
	void aProvinceTokenReadsOnlyWhatTheProvinceOfficerReads() {
		Long own = this.activities.create("API thử của Điện Biên", "SCT_2025", LocalDate.of(2026, 12, 31), true, "11");
		Long other = this.activities.create("API thử của Lai Châu", "SYT_2025", LocalDate.of(2026, 12, 31), true, "12");
		String province = this.tokens.create(this.accounts.principal(Role.PROVINCE).getAccountId());
		String staffToken = this.tokens.create(this.staff.getAccountId());

		assertThat(this.mvc.get().uri("/api/v1/activities/" + own).with(bearer(province))).hasStatus(200)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("API thử của Điện Biên");
		assertThat(this.mvc.get().uri("/api/v1/activities/" + other).with(bearer(province))).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/activities/" + other + "/progress-notes").with(bearer(province)))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/activities?q=API thử của&limit=200").with(bearer(province)))
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly(own.intValue());
		assertThat(this.mvc.get().uri("/api/v1/activities/" + other).with(bearer(staffToken))).hasStatus(200);
		assertThat(this.mvc.get().uri("/api/v1/activities?q=API thử của&limit=200").with(bearer(staffToken)))
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.containsExactly(own.intValue(), other.intValue());
	}

	@Test
	void aDisabledAccountsExpiredOrUnknownTokenIsRefused() {
		Long account = this.jdbc.queryForObject("""
				insert into accounts (username, display_name, password_hash, role) values
				('test.api.disabled', 'Tắt', 'x', 'LEADER') returning id""", Long.class);
		String secret = this.tokens.create(account);
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(secret))).hasStatus(200);
		this.jdbc.update("update accounts set enabled = false where id = ?", account);
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(secret))).hasStatus(401);

		String expired = this.tokens.create(this.staff.getAccountId());
		this.jdbc.update("""
				update api_tokens set created_at = now() - interval '2 days', expires_at = now() - interval '1 second'
				 where token_hash = ?""", OneTimeToken.hash(expired));
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer(expired))).hasStatus(401);
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").with(bearer("hnp_" + OneTimeToken.generate())))
			.hasStatus(401)
			.headers()
			.hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"api\"");
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1")).hasStatus(401);
	}

	@Test
	void aLoggedInSessionDoesNotOpenTheApiAndATokenCallCreatesNoSession() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(this.staff, null, this.staff.getAuthorities())));
		assertThat(this.mvc.get().uri("/account/tokens").session(session)).as("the session is a real login")
			.hasStatus(200);
		assertThat(this.mvc.get().uri("/api/v1/activities?limit=1").session(session)).hasStatus(401);

		MvcTestResult call = this.mvc.get()
			.uri("/api/v1/activities?limit=1")
			.with(bearer(this.tokens.create(this.staff.getAccountId())))
			.exchange();
		assertThat(call).hasStatus(200);
		assertThat(call.getMvcResult().getRequest().getSession(false)).isNull();
		assertThat(call.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
	}

	@Test
	void theApiOnlyReads() {
		String secret = this.tokens.create(this.accounts.principal(Role.ADMIN).getAccountId());
		assertThat(this.mvc.post().uri("/api/v1/activities").with(bearer(secret))).hasStatus(405);
		assertThat(this.mvc.delete().uri("/api/v1/activities/1").with(bearer(secret))).hasStatus(405);
		assertThat(this.mvc.put().uri("/api/v1/activities/1").with(bearer(secret))).hasStatus(405);
	}

}
