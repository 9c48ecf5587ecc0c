package vn.hanoi.cooperation.account;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * After a refused login the form shows the username typed, so the user types only the password again; never the
 * password, and the same message whether the account exists or not.
 */
@PortalTest
class FailedLoginTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** An address of this test only, so that its failures count against no other test's logins. */
	private final String address = "10." + ThreadLocalRandom.current().nextInt(100, 250) + "."
			+ ThreadLocalRandom.current().nextInt(0, 250) + "." + ThreadLocalRandom.current().nextInt(1, 250);

	private final String unknown = "khong.co." + UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void forgetTheFailures() {
		TestLogins.forgetFailures(this.jdbc, this.accounts.username(Role.STAFF));
	}

	@Test
	void aWrongPasswordAndAnUnknownAccountBothKeepTheUsernameAndSayTheSame() {
		for (String username : new String[] { this.accounts.username(Role.STAFF), this.unknown }) {
			MvcTestResult refused = login(" " + username, "mật-khẩu-sai-" + username);
			assertThat(refused).hasRedirectedUrl("/login?error");

			MvcTestResult form = follow("/login?error", refused);
			String page = html(form);
			assertThat(value(page, "username")).as(username).isEqualTo(username);
			assertThat(value(page, "password")).as(username).isEmpty();
			assertThat(page).contains("Tên đăng nhập hoặc mật khẩu không đúng.").doesNotContain("mật-khẩu-sai");
			// Shown once: the form deletes what it showed.
			assertThat(form.getResponse().getCookie(TypedUsernameCookie.NAME).getMaxAge()).isZero();
		}
	}

	@Test
	void theEnglishFormKeepsTheUsernameToo() {
		MvcTestResult refused = login(this.unknown, "wrong password");
		String page = html(follow("/login?error&lang=en", refused));
		assertThat(value(page, "username")).isEqualTo(this.unknown);
		assertThat(value(page, "password")).isEmpty();
		assertThat(page).contains("Wrong username or password.");
	}

	@Test
	void aPasswordTypedInTheUsernameFieldIsNeitherKeptNorShown() {
		MvcTestResult refused = login("mật khẩu <b>bí mật</b> 2025", "");
		assertThat(refused).hasRedirectedUrl("/login?error");
		assertThat(refused.getResponse().getCookie(TypedUsernameCookie.NAME)).isNull();
		String page = html(follow("/login?error", refused));
		assertThat(value(page, "username")).isEmpty();
		assertThat(page).doesNotContain("bí mật");
	}

	/**
	 * A password of letters and digits has the shape of a username: typed in that field and sent with the password
	 * field empty, or typed in both, it is not kept.
	 */
	@Test
	void aUsernameShapedPasswordSentAloneOrTwiceIsNotKept() {
		for (String password : new String[] { "", "Matkhau2025abc" }) {
			MvcTestResult refused = login("Matkhau2025abc", password);
			assertThat(refused).hasRedirectedUrl("/login?error");
			assertThat(refused.getResponse().getCookie(TypedUsernameCookie.NAME)).as("password '%s'", password).isNull();
		}
	}

	/**
	 * A password of letters and digits typed in the username field, with another word in the password field, has a
	 * username's shape: neither the server log nor the security log keeps it, only that the username was unknown.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theLogsKeepWhatWasTypedAsAUsernameOnlyWhenItNamesAnAccount(CapturedOutput output) {
		String password = "Matkhau" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "abc";
		String staff = this.accounts.username(Role.STAFF);
		assertThat(login(password, "mật khẩu khác")).hasRedirectedUrl("/login?error");
		assertThat(login(" " + staff.toUpperCase(), "mật khẩu sai")).hasRedirectedUrl("/login?error");

		assertThat(output.getOut()).doesNotContainIgnoringCase(password)
			.contains("security event LOGIN_FAILURE user=null unknown username",
					"security event LOGIN_FAILURE user=" + staff + " bad credentials");
		assertThat(events("LOGIN_FAILURE")).containsExactly("null audit.detail.login.unknownUsername",
				staff + " audit.detail.login.badCredentials");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from security_events
				where lower(username) = lower(?) or strpos(lower(detail), lower(?)) > 0""", Integer.class, password,
				password)).isZero();
	}

	@Test
	void aThrottledLoginKeepsTheUsernameForTheFormItsPageLinksTo() {
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
			assertThat(login(this.unknown, "đoán " + i)).hasRedirectedUrl("/login?error");
		}
		MvcTestResult throttled = login(this.unknown, "đoán thêm");
		assertThat(throttled.getResponse().getStatus()).isEqualTo(429);
		Cookie kept = throttled.getResponse().getCookie(TypedUsernameCookie.NAME);
		assertThat(kept.getPath()).isEqualTo("/login");
		assertThat(kept.isHttpOnly()).isTrue();
		assertThat(kept.getAttribute("SameSite")).isEqualTo("Strict");
		assertThat(value(html(follow("/login", throttled)), "username")).isEqualTo(this.unknown);
		// The security log keeps it only when it names an account.
		assertThat(events("LOGIN_THROTTLED")).containsExactly("null audit.detail.login.throttledUnknown");
	}

	/** The security log's lines of this test's address: who (null for nobody) and what, oldest first. */
	private List<String> events(String type) {
		return this.jdbc.queryForList("""
				select coalesce(username, 'null') || ' ' || detail_key from security_events
				where client = ? and type = ? order by id""", String.class, this.address, type);
	}

	private MvcTestResult login(String username, String password) {
		return this.mvc.post().uri("/login").param("username", username).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(this.address);
				return request;
			}).exchange();
	}

	/** The page the browser opens next, sending the cookies the refusal set (all are for /login). */
	private MvcTestResult follow(String url, MvcTestResult refused) {
		Cookie[] cookies = Arrays.stream(refused.getResponse().getCookies())
			.filter(cookie -> cookie.getMaxAge() != 0)
			.toArray(Cookie[]::new);
		var request = this.mvc.get().uri(url);
		if (cookies.length > 0) {
			request = request.cookie(cookies);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

	private static String html(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The value the page fills in the input with this id: empty when it has none. */
	private static String value(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("input " + id).isNotNegative();
		String input = html.substring(html.lastIndexOf('<', start), html.indexOf('>', start) + 1);
		Matcher value = Pattern.compile(" value=\"([^\"]*)\"").matcher(input);
		return value.find() ? value.group(1) : "";
	}

}
