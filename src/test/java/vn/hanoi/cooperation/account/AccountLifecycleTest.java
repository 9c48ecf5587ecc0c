package vn.hanoi.cooperation.account;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.ShownOnce;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The "done when": a Lào Cai account from creation to its audit trail, through real logins. */
@PortalTest
class AccountLifecycleTest {

	/** 64 code points of Vietnamese, far past bcrypt's 72 bytes in UTF-8. */
	static final String PASSPHRASE = "Mùa thu Hà Nội lá vàng rơi trên phố cổ, gió heo may se lạnh đầu.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Provinces provinces;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorCreatesALaoCaiAccountThatLogsInWithAVietnamesePassphrase() throws Exception {
		assertThat(PASSPHRASE.codePointCount(0, PASSPHRASE.length())).isEqualTo(64);
		assertThat(PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		String username = "laocai." + UUID.randomUUID().toString().substring(0, 8);
		String address = "10.8.0." + (int) (Math.random() * 200 + 20);
		Province laoCai = this.provinces.findByCodeAndValidFrom("15", Province.MERGER_DAY).orElseThrow();
		assertThat(laoCai.getNameVi()).isEqualTo("Lào Cai");

		MvcTestResult created = this.mvc.post()
			.uri("/admin/accounts/new")
			.param("username", username)
			.param("displayName", "Cán bộ UBND tỉnh Lào Cai")
			.param("role", "PROVINCE")
			.param("provinceId", laoCai.getId().toString())
			.with(csrf())
			.with(this.accounts.as(Role.ADMIN))
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String link = ShownOnce.secret(this.mvc, created, this.accounts.as(Role.ADMIN), "reset-link");
		assertThat(link).contains("/password-reset/");
		String path = link.substring(link.indexOf("/password-reset/"));

		// No password yet: nothing to log in with before the link is used.
		assertThat(login(username, "anything-at-all-123", address)).hasRedirectedUrl("/login?error");

		assertThat(this.mvc.get().uri(path)).hasStatusOk().bodyText().contains(username);
		assertThat(this.mvc.post().uri(path).param("newPassword", "password1234").param("confirmation", "password1234")
			.with(csrf())).hasStatusOk().bodyText().contains("quá phổ biến");
		assertThat(this.mvc.post().uri(path).param("newPassword", PASSPHRASE).param("confirmation", PASSPHRASE)
			.with(csrf())).hasRedirectedUrl("/login?passwordSet");
		// Single use: the link's page says so, and what to do, in the page's language.
		assertThat(this.mvc.get().uri(path)).hasStatus(404).bodyText()
			.contains("Liên kết đặt mật khẩu không còn hiệu lực", "hãy đăng nhập với mật khẩu mới");
		// The same form sent again (a second click) is told the same, not that the password was not saved.
		assertThat(this.mvc.post().uri(path).param("newPassword", PASSPHRASE).param("confirmation", PASSPHRASE)
			.with(csrf())).hasStatus(404).bodyText().contains("Liên kết đặt mật khẩu không còn hiệu lực");
		assertThat(this.mvc.get().uri(path + "?lang=en")).hasStatus(404).bodyText()
			.contains("This password link no longer works");

		MvcTestResult login = login(username, PASSPHRASE, address);
		assertThat(login).hasRedirectedUrl("/my-province");
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(this.mvc.get().uri("/my-province").session(session)).hasStatusOk()
			.bodyText()
			.contains("Tỉnh Lào Cai")
			.contains("Yên Bái")
			.doesNotContain("Điện Biên");
		assertThat(this.mvc.get().uri("/admin/accounts").session(session)).hasStatus(403);

		// Ten wrong passwords in a row: the first ones are refused, then this address is locked out with a 429.
		int throttled = 0;
		for (int i = 0; i < 10; i++) {
			MvcTestResult wrong = login(username, "sai mật khẩu lần " + i, address);
			if (wrong.getResponse().getStatus() == 429) {
				throttled++;
				assertThat(wrong.getResponse().getHeader("Retry-After")).isNotBlank();
			}
			else {
				assertThat(wrong).hasRedirectedUrl("/login?error");
			}
		}
		assertThat(throttled).isEqualTo(10 - LoginThrottle.CLIENT_FAILURES);
		// Even the right passphrase waits: the lock answers before any hash is computed.
		assertThat(login(username, PASSPHRASE, address).getResponse().getStatus()).isEqualTo(429);

		// Disabling ends the open session on its next request.
		Long id = this.jdbc.queryForObject("select id from accounts where username = ?", Long.class, username);
		assertThat(this.mvc.post().uri("/admin/accounts/" + id + "/disable").with(csrf())
			.with(this.accounts.as(Role.ADMIN))).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/my-province").session(session)).hasRedirectedUrl("/login?expired");

		MvcTestResult log = this.mvc.get().uri("/admin/audit").param("username", username)
			.with(this.accounts.as(Role.ADMIN)).exchange();
		assertThat(log).hasStatusOk();
		assertThat(log).bodyText()
			.contains("Tạo tài khoản", "Đặt mật khẩu bằng liên kết", "Đăng nhập thành công", "Đăng nhập thất bại",
					"Tạm khóa đăng nhập", "Từ chối truy cập", "Khóa tài khoản", "Phiên bị kết thúc");
	}

	@Test
	void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOneAndOtherSessionsEnd() throws Exception {
		String username = "doimk." + UUID.randomUUID().toString().substring(0, 8);
		String address = "10.9.0." + (int) (Math.random() * 200 + 20);
		String path = createWithLink(username);
		this.mvc.post().uri(path).param("newPassword", PASSPHRASE).param("confirmation", PASSPHRASE).with(csrf())
			.exchange();
		MockHttpSession first = session(login(username, PASSPHRASE, address));
		MockHttpSession second = session(login(username, PASSPHRASE, address));

		String next = "Một câu mật khẩu mới, dài và dễ nhớ 2025";
		assertThat(this.mvc.post().uri("/account/password").session(first).param("currentPassword", "not it at all")
			.param("newPassword", next).param("confirmation", next).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Mật khẩu hiện tại không đúng");
		MvcTestResult changed = this.mvc.post().uri("/account/password").session(first)
			.param("currentPassword", PASSPHRASE).param("newPassword", next).param("confirmation", next)
			.with(csrf()).exchange();
		assertThat(changed).hasRedirectedUrl("/dashboard");
		MockHttpSession renewed = (MockHttpSession) changed.getRequest().getSession(false);
		assertThat(this.mvc.get().uri("/plans").session(renewed)).hasStatusOk();
		// The renewed login keeps no password hash in the session (which the session store writes to its table).
		var context = (org.springframework.security.core.context.SecurityContext) renewed.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(((PortalUser) context.getAuthentication().getPrincipal()).getPassword()).isNull();
		assertThat(this.mvc.get().uri("/plans").session(second)).hasRedirectedUrl("/login?expired");
		assertThat(login(username, PASSPHRASE, address)).hasRedirectedUrl("/login?error");
		assertThat(login(username, next, address)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void anAccountThatMustChangeItsPasswordSeesNothingElseFirst() throws Exception {
		String username = "buocdoi." + UUID.randomUUID().toString().substring(0, 8);
		String address = "10.10.0." + (int) (Math.random() * 200 + 20);
		String path = createWithLink(username);
		this.mvc.post().uri(path).param("newPassword", PASSPHRASE).param("confirmation", PASSPHRASE).with(csrf())
			.exchange();
		Long id = this.jdbc.queryForObject("select id from accounts where username = ?", Long.class, username);
		this.mvc.post().uri("/admin/accounts/" + id + "/require-password-change").with(csrf())
			.with(this.accounts.as(Role.ADMIN)).exchange();
		MockHttpSession session = session(login(username, PASSPHRASE, address));
		assertThat(this.mvc.get().uri("/plans").session(session)).hasRedirectedUrl("/account/password");
		assertThat(this.mvc.get().uri("/account/password").session(session)).hasStatusOk()
			.bodyText()
			.contains("Bạn cần đổi mật khẩu");
	}

	@Test
	void theLoginGivesTheSessionANewId() throws Exception {
		MvcTestResult page = this.mvc.get().uri("/login").exchange();
		MockHttpSession session = (MockHttpSession) page.getRequest().getSession(true);
		String before = session.getId();
		MvcTestResult login = this.mvc.post().uri("/login").session(session)
			.param("username", this.accounts.username(Role.LEADER)).param("password", TestAccounts.PASSWORD)
			.with(csrf()).with(from("10.11.0.1")).exchange();
		assertThat(login).hasRedirectedUrl("/dashboard");
		assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(before);
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		MockHttpSession session = session(this.mvc.post().uri("/login")
			.param("username", this.accounts.username(Role.LEADER)).param("password", TestAccounts.PASSWORD)
			.with(csrf()).with(from("10.11.0.2")).exchange());
		assertThat(this.mvc.post().uri("/logout").session(session).with(csrf())).hasRedirectedUrl("/login?logout");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aRefusedPostToAOneTimeLinkKeepsItsSecretOutOfTheSecurityLog() throws Exception {
		String path = createWithLink("lienket." + UUID.randomUUID().toString().substring(0, 8));
		String secret = path.substring("/password-reset/".length());
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from security_events", Long.class);
		// A browser that lost its CSRF cookie: refused, and logged.
		assertThat(this.mvc.post().uri(path).param("newPassword", PASSPHRASE).param("confirmation", PASSPHRASE))
			.hasStatus(403);
		assertThat(this.jdbc.queryForList("""
				select concat_ws(' ', detail, array_to_string(detail_args, ' ')) from security_events
				 where id > ? and type = 'ACCESS_DENIED'""", String.class, before))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("POST /password-reset/…")
			.doesNotContain(secret);
		// The link still works for its holder.
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
	}

	private String createWithLink(String username) throws Exception {
		MvcTestResult created = this.mvc.post().uri("/admin/accounts/new").param("username", username)
			.param("displayName", "Lãnh đạo thử").param("role", "LEADER").with(csrf())
			.with(this.accounts.as(Role.ADMIN)).exchange();
		String link = ShownOnce.secret(this.mvc, created, this.accounts.as(Role.ADMIN), "reset-link");
		return link.substring(link.indexOf("/password-reset/"));
	}

	private MvcTestResult login(String username, String password, String address) {
		return this.mvc.post().uri("/login").param("username", username).param("password", password)
			.with(csrf()).with(from(address)).exchange();
	}

	private static MockHttpSession session(MvcTestResult login) {
		assertThat(login).hasStatus3xxRedirection();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
