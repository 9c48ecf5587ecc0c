package vn.hanoi.cooperation.account;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The guarantees through real logins: an attacker can neither lock the owner out nor guess on and on. */
@PortalTest
class LoginThrottlingTest {

	static final String PASSWORD = "mật khẩu của lãnh đạo 2025";

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	/** Addresses of this test only, so that no other test's failures count against them. */
	private final String network = "10." + ThreadLocalRandom.current().nextInt(100, 250) + "."
			+ ThreadLocalRandom.current().nextInt(0, 250) + ".";

	private final String username = "lanhdao." + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void theOwnerLogsInFromAnotherAddressWhileAnAttackerHammersFromOne() {
		leader(this.username);
		int refused = 0;
		for (int i = 0; i < 12; i++) {
			MvcTestResult guess = login(this.username, "đoán lần " + i, this.network + 66, null);
			if (guess.getResponse().getStatus() == 429) {
				refused++;
			}
			else {
				assertThat(guess).hasRedirectedUrl("/login?error");
			}
		}
		assertThat(refused).isEqualTo(12 - LoginThrottle.CLIENT_FAILURES);
		assertThat(login(this.username, PASSWORD, this.network + 66, null).getResponse().getStatus()).isEqualTo(429);
		// The security log keeps what happened in words each administrator reads in their language.
		assertThat(throttledDetailKeys()).containsOnly("audit.detail.login.throttled");

		// The owner, from a browser that never logged in before, at another address: straight in.
		assertThat(login(this.username, PASSWORD, this.network + 1, null)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void anAttackerRotatingAddressesIsStoppedAtTheHourlyBudgetButNotTheOwnersBrowser() throws Exception {
		leader(this.username);
		MvcTestResult first = login(this.username, PASSWORD, this.network + 1, null);
		assertThat(first).hasRedirectedUrl("/dashboard");
		Cookie device = first.getResponse().getCookie(DeviceCookie.NAME);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();

		int tried = 0;
		for (int i = 0; i < LoginThrottle.ACCOUNT_BUDGET + 10; i++) {
			MvcTestResult guess = login(this.username, "đoán " + i, "10.249." + (i / 200) + "." + i % 200, null);
			if (guess.getResponse().getStatus() != 429) {
				assertThat(guess).hasRedirectedUrl("/login?error");
				tried++;
			}
		}
		assertThat(tried).isEqualTo(LoginThrottle.ACCOUNT_BUDGET);

		// Even the right password waits from a new browser at a new address, and the page says what to do.
		MvcTestResult stranger = login(this.username, PASSWORD, this.network + 2, null);
		assertThat(stranger.getResponse().getStatus()).isEqualTo(429);
		assertThat(stranger.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(throttledDetailKeys()).contains("audit.detail.login.throttledAccount");
		HttpResponse<String> page = loginOverHttp(this.username, PASSWORD);
		assertThat(page.statusCode()).isEqualTo(429);
		assertThat(page.body()).contains("trình duyệt hoặc nơi bạn đã từng đăng nhập");
		// A new browser at the address the owner last logged in from; the owner's browser, from anywhere.
		assertThat(login(this.username, PASSWORD, this.network + 1, null)).hasRedirectedUrl("/dashboard");
		assertThat(login(this.username, PASSWORD, this.network + 3, device)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void anAddressGuessingManyAccountsIsStoppedButOthersAreNot() {
		leader(this.username);
		for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
			assertThat(login("khong.co." + i + "." + this.username, "đoán", this.network + 30, null))
				.hasRedirectedUrl("/login?error");
		}
		assertThat(login(this.username, PASSWORD, this.network + 30, null).getResponse().getStatus()).isEqualTo(429);
		assertThat(login(this.username, PASSWORD, this.network + 31, null)).hasRedirectedUrl("/dashboard");
	}

	/**
	 * A password typed in the username field is counted like any name, and locks its client after the allowed
	 * failures, but neither the attempts nor the remembered browsers keep it (nor any name) readable: a database
	 * dump taken within the hour shows only digests.
	 */
	@Test
	void aPasswordTypedAsTheUsernameCountsButNoLoginTableKeepsIt() {
		leader(this.username);
		String typed = "  Mật Khẩu Bí Mật " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + " ";
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
			assertThat(login(typed, "đoán " + i, this.network + 40, null)).hasRedirectedUrl("/login?error");
		}
		assertThat(login(typed, "đoán thêm", this.network + 40, null).getResponse().getStatus()).isEqualTo(429);
		assertThat(login(this.username, PASSWORD, this.network + 41, null)).hasRedirectedUrl("/dashboard");

		assertThat(this.jdbc.queryForObject("select count(*) from login_attempts where account_digest = ?",
				Integer.class, LoginThrottle.accountKey(typed))).isEqualTo(LoginThrottle.CLIENT_FAILURES);
		assertThat(this.jdbc.queryForObject("select count(*) from login_devices where account_digest = ?",
				Integer.class, LoginThrottle.accountKey(this.username))).isOne();
		for (String text : new String[] { typed.strip(), typed.strip().toLowerCase(Locale.ROOT),
				"bí mật", this.username }) {
			assertThat(rowsContaining("login_attempts", text)).as(text).isZero();
			assertThat(rowsContaining("login_devices", text)).as(text).isZero();
		}
	}

	/** Rows of the table whose text, every column written out, holds this text as it is. */
	private int rowsContaining(String table, String text) {
		return this.jdbc.queryForObject("select count(*) from " + table + " saved where strpos(saved::text, ?) > 0",
				Integer.class, text);
	}

	private java.util.List<String> throttledDetailKeys() {
		return this.jdbc.queryForList("select coalesce(detail_key, detail) from security_events "
				+ "where type = 'LOGIN_THROTTLED' and username = ?", String.class, this.username);
	}

	private void leader(String username) {
		String hash = this.passwordEncoder.encode(PASSWORD);
		this.transactions.executeWithoutResult(status -> this.accounts
			.save(Account.of(Role.LEADER, username, "Lãnh đạo thử", hash)));
	}

	private MvcTestResult login(String username, String password, String address, Cookie device) {
		var request = this.mvc.post().uri("/login").param("username", username).param("password", password)
			.with(csrf()).with(from(address));
		if (device != null) {
			request = request.cookie(device);
		}
		return request.exchange();
	}

	/** Through the running server, so that the 429 page is rendered as a browser gets it. */
	private HttpResponse<String> loginOverHttp(String username, String password) throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String base = "http://localhost:" + this.port;
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Accept", "text/html")
			.build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		return http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Cookie", cookie)
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
					+ encode(password) + "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
