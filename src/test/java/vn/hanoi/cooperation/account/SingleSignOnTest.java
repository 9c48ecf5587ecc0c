package vn.hanoi.cooperation.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

import vn.hanoi.cooperation.TestDatabase;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.system.HttpLogin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect provider ({@link OpenIdProvider}, Spring Authorization Server on
 * its own port), followed hop by hop with a real HTTP client and cookie jar as a browser would. The one Spring
 * context of all single sign-on tests: the shared {@code @PortalTest} context has no provider
 * ({@link SingleSignOnAbsentTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabase.class, SingleSignOnTest.LastAuthentication.class })
class SingleSignOnTest {

	private static final OpenIdProvider.Running provider = OpenIdProvider.start();

	private static final String SSO_BUTTON = "Đăng nhập bằng tài khoản một lần";

	@DynamicPropertySource
	static void cityProvider(DynamicPropertyRegistry properties) {
		String registration = "spring.security.oauth2.client.registration.city.";
		properties.add(registration + "client-id", () -> OpenIdProvider.CLIENT_ID);
		properties.add(registration + "client-secret", () -> OpenIdProvider.CLIENT_SECRET);
		properties.add(registration + "scope", () -> "openid,profile,email");
		properties.add(registration + "client-name", () -> "Hanoi SSO");
		properties.add("spring.security.oauth2.client.provider.city.issuer-uri", provider::issuer);
		properties.add("portal.sso.match-claim", () -> "preferred_username");
	}

	@AfterAll
	static void stopProvider() {
		provider.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Departments departments;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AccountChanges changes;

	private HttpClient browser;

	private String portal;

	@BeforeEach
	void portalAccountsAndFreshBrowser() {
		this.portal = "http://127.0.0.1:" + this.port;
		provider.allowPortalAt(this.portal);
		this.transactions.executeWithoutResult(status -> {
			ensureStaff("sso.staff", true);
			ensureStaff("sso.disabled", false);
		});
		this.browser = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
	}

	@Test
	void loginPageOffersSingleSignOnBesideThePasswordForm() throws Exception {
		HttpResponse<String> login = get(this.portal + "/login?lang=vi");

		assertThat(login.body()).contains(SSO_BUTTON)
			.contains("href=\"/oauth2/authorization/city\"")
			.contains("name=\"password\"");
		assertThat(get(this.portal + "/login?lang=en").body()).contains("Sign in with single sign-on");
	}

	@Test
	void providerIdentityLogsInAsTheMatchingAccountWithItsOwnRoleLikeAPasswordLogin() throws Exception {
		HttpResponse<String> landed = signInAtProvider("sso.staff");

		assertThat(landed.uri().toString()).isEqualTo(this.portal + "/my-work");
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.body()).contains("Cán bộ SSO sso.staff");
		Authentication sso = LastAuthentication.of("/my-work");
		assertThat(lastEvent("sso.staff", "LOGIN_SUCCESS")).contains("single sign-on (city)");
		// The provider's "roles" claim says ADMIN: the portal takes the account's own role, STAFF.
		assertThat(get(this.portal + "/admin/accounts").statusCode()).isEqualTo(403);

		HttpClient other = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String session = HttpLogin.sessionCookie(other, this.portal, "sso.staff", OpenIdProvider.PASSWORD);
		other.send(HttpRequest.newBuilder(URI.create(this.portal + "/my-work")).header("Cookie", session).build(),
				HttpResponse.BodyHandlers.ofString());
		Authentication password = LastAuthentication.of("/my-work");

		assertThat(sso.getClass()).isEqualTo(password.getClass());
		assertThat(sso.getPrincipal()).isExactlyInstanceOf(PortalUser.class);
		PortalUser viaProvider = (PortalUser) sso.getPrincipal();
		PortalUser viaPassword = (PortalUser) password.getPrincipal();
		assertThat(viaProvider.getAccountId()).isEqualTo(viaPassword.getAccountId());
		assertThat(viaProvider.getRole()).isEqualTo(Role.STAFF).isEqualTo(viaPassword.getRole());
		assertThat(viaProvider.getDepartmentId()).isNotNull().isEqualTo(viaPassword.getDepartmentId());
		assertThat(roles(sso)).containsExactly("ROLE_STAFF").isEqualTo(roles(password));
		assertThat(factors(sso)).containsExactly(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
		assertThat(factors(password)).containsExactly(FactorGrantedAuthority.PASSWORD_AUTHORITY);
	}

	/**
	 * No account is ever made from the provider's claims: the identity opens the account whose username it names,
	 * which an administrator's change leaves as it is, so the moved person signs on again, with the new rights.
	 */
	@Test
	void anAccountAnAdministratorMovedAndRenamedStillSignsOnWithItsNewRole() throws Exception {
		Account account = this.transactions.execute(status -> ensureStaff("sso.moved", true));
		assertThat(signInAtProvider("sso.moved").uri().toString()).isEqualTo(this.portal + "/my-work");

		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new AccountChangeForm("Lãnh đạo đã chuyển",
				"moved@city.example", Role.LEADER, null, null, String.valueOf(account.getVersion())), "form");
		this.changes.change(account.getId(), null, (AccountChangeForm) errors.getTarget(),
				new AccountFormValidator.Units(null, null), errors);
		assertThat(errors.hasErrors()).isFalse();

		// The session opened as a staff officer ends at its next request.
		assertThat(get(this.portal + "/my-work").headers().firstValue("Location")).hasValue("/login?expired");
		this.browser = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
		HttpResponse<String> landed = signInAtProvider("sso.moved");
		assertThat(landed.uri().toString()).isEqualTo(this.portal + "/dashboard");
		assertThat(landed.body()).contains("Lãnh đạo đã chuyển");
		PortalUser user = (PortalUser) LastAuthentication.of("/dashboard").getPrincipal();
		assertThat(user.getAccountId()).isEqualTo(account.getId());
		assertThat(user.getRole()).isEqualTo(Role.LEADER);
		assertThat(user.getDepartmentId()).isNull();
	}

	@Test
	void unknownIdentityIsRefusedWithAPageAndLogged() throws Exception {
		HttpResponse<String> refused = signInAtProvider("sso.stranger");

		assertThat(refused.uri().getPath()).isEqualTo("/login/sso-refused");
		assertThat(refused.body()).contains("không gắn với tài khoản nào của Cổng").contains("href=\"/login\"");
		assertThat(get(this.portal + "/my-work").statusCode()).as("not logged in").isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select detail from security_events where type = 'LOGIN_FAILURE' order by id desc limit 1",
				String.class))
			.contains("no portal account for preferred_username sso.stranger");
		assertThat(get(this.portal + "/login/sso-refused?reason=unknown&lang=en").body())
			.contains("not linked to any account of the portal");
		// A reason the portal never sends reads as the generic refusal, never echoed.
		assertThat(get(this.portal + "/login/sso-refused?reason=%3Cb%3Ex&lang=en").body())
			.contains("could not confirm who you are").doesNotContain("<b>x");
	}

	@Test
	void disabledAccountIsRefusedWithAPageAndLogged() throws Exception {
		HttpResponse<String> refused = signInAtProvider("sso.disabled");

		assertThat(refused.uri().getPath()).isEqualTo("/login/sso-refused");
		assertThat(refused.body()).contains("đang bị khóa").contains("Quay lại đăng nhập bằng mật khẩu");
		assertThat(get(this.portal + "/my-work").statusCode()).as("not logged in").isEqualTo(302);
		assertThat(lastEvent("sso.disabled", "LOGIN_FAILURE")).contains("account disabled");
	}

	@Test
	void logoutEndsThePortalSessionAndTheProviderSession() throws Exception {
		HttpResponse<String> home = signInAtProvider("sso.staff");
		String token = csrfToken(home.body());

		HttpResponse<String> logout = this.browser.send(HttpRequest.newBuilder(URI.create(this.portal + "/logout"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(logout.statusCode()).isEqualTo(302);
		String endSession = logout.headers().firstValue("Location").orElseThrow();
		assertThat(endSession).startsWith(provider.issuer() + "/connect/logout").contains("id_token_hint=");
		HttpResponse<String> back = follow(get(endSession));
		assertThat(back.uri().toString()).isEqualTo(this.portal + "/login?logout");
		assertThat(back.body()).contains("Bạn đã đăng xuất.");
		assertThat(get(this.portal + "/my-work").statusCode()).as("portal session ended").isEqualTo(302);
		// The provider asks for the password again: its session ended too.
		HttpResponse<String> again = follow(get(this.portal + "/oauth2/authorization/city"));
		assertThat(again.uri().toString()).isEqualTo(provider.issuer() + "/login");
		assertThat(lastEvent("sso.staff", "LOGOUT")).isNotNull();
	}

	@Test
	void emailClaimMatchesTheOneAccountWithThatVerifiedAddress() {
		IdentityMatch byEmail = new IdentityMatch(this.accounts, "email");
		this.transactions.executeWithoutResult(status -> {
			this.accounts.findByUsername("sso.staff").orElseThrow().changeContact("Staff.SSO@city.example", "vi");
			ensureStaff("sso.twin.one", true).changeContact("twin@city.example", "vi");
			ensureStaff("sso.twin.two", true).changeContact("twin@city.example", "vi");
		});

		assertThat(byEmail.accountOf(identity("staff.sso@city.example", true))).get()
			.extracting(Account::getUsername)
			.isEqualTo("sso.staff");
		assertThat(byEmail.accountOf(identity("staff.sso@city.example", false))).as("unverified address").isEmpty();
		assertThat(byEmail.accountOf(identity("twin@city.example", true))).as("two accounts share it").isEmpty();
		assertThat(byEmail.accountOf(identity("nobody@city.example", true))).isEmpty();
	}

	private static List<String> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.filter(authority -> !(authority instanceof FactorGrantedAuthority))
			.map(GrantedAuthority::getAuthority)
			.toList();
	}

	/** How the login was proved (Spring Security 7 adds one authority per factor). */
	private static List<String> factors(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.map(GrantedAuthority::getAuthority)
			.toList();
	}

	private static OidcUser identity(String email, boolean verified) {
		OidcIdToken token = OidcIdToken.withTokenValue("token")
			.subject("someone")
			.claim("email", email)
			.claim("email_verified", verified)
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.build();
		return new DefaultOidcUser(List.of(), token);
	}

	private Account ensureStaff(String username, boolean enabled) {
		Account account = this.accounts.findByUsername(username)
			.orElseGet(() -> this.accounts.save(Account.staff(username, "Cán bộ SSO " + username,
					this.passwordEncoder.encode(OpenIdProvider.PASSWORD),
					this.departments.findByCode("SCT_2025").orElseThrow())));
		if (!enabled && account.isEnabled()) {
			account.disable(Instant.now());
		}
		return account;
	}

	/** Clicks the button and logs in at the provider, then follows the browser back to wherever it lands. */
	private HttpResponse<String> signInAtProvider(String person) throws Exception {
		HttpResponse<String> atProvider = follow(get(this.portal + "/oauth2/authorization/city"));
		assertThat(atProvider.uri().toString()).isEqualTo(provider.issuer() + "/login");
		HttpResponse<String> loggedIn = this.browser.send(HttpRequest.newBuilder(atProvider.uri())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(person) + "&password="
					+ encode(OpenIdProvider.PASSWORD) + "&_csrf=" + encode(csrfToken(atProvider.body()))))
			.build(), HttpResponse.BodyHandlers.ofString());
		return follow(loggedIn);
	}

	private HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
		HttpResponse<String> current = response;
		for (int hop = 0; hop < 10 && current.statusCode() / 100 == 3; hop++) {
			current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString());
		}
		return current;
	}

	private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
		// As a browser asks: the provider sends only HTML clients to its login page.
		return this.browser.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String csrfToken(String page) {
		Matcher input = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(page);
		assertThat(input.find()).as("a form with a CSRF token").isTrue();
		Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(input.group());
		assertThat(value.find()).isTrue();
		return value.group(1);
	}

	private String lastEvent(String username, String type) {
		return this.jdbc.queryForList(
				"select coalesce(detail, '') from security_events where username = ? and type = ? order by id desc limit 1",
				String.class, username, type)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** Keeps the authentication each page request ran with, as the portal's filters left it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class LastAuthentication {

		private static final Map<String, Authentication> BY_PATH = new ConcurrentHashMap<>();

		static Authentication of(String path) {
			return BY_PATH.get(path);
		}

		@Bean
		FilterRegistrationBean<Filter> lastAuthentication() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null) {
					BY_PATH.put(((HttpServletRequest) request).getRequestURI(), authentication);
				}
				chain.doFilter(request, response);
			});
			// After Spring Security's chain (order -100), which has set the request's authentication by then.
			registration.setOrder(0);
			return registration;
		}

	}

}
