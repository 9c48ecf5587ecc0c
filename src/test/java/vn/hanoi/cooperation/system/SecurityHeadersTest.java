package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers are on every response, and no template needs an inline script or handler. */
@PortalTest
class SecurityHeadersTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/plans/2022", "/provinces/1", "/admin", "/admin/accounts", "/admin/audit",
			"/account/password", "/my-work", "/admin/accounts/new" })
	void authenticatedPagesCarryTheHeadersAndAreNotStored(String url) {
		MockHttpServletResponse response = this.mvc.get().uri(url).with(this.accounts.as(Role.ADMIN)).exchange()
			.getResponse();
		assertHeaders(response.getHeader("Content-Security-Policy"), response.getHeader("X-Content-Type-Options"),
				response.getHeader("Referrer-Policy"), response.getHeader("Permissions-Policy"));
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/css/portal.css", "/password-reset/unknown", "/error/403", "/provinces" })
	void publicResponsesRedirectsAndErrorsCarryThemToo(String url) {
		MockHttpServletResponse response = this.mvc.get().uri(url).exchange().getResponse();
		assertHeaders(response.getHeader("Content-Security-Policy"), response.getHeader("X-Content-Type-Options"),
				response.getHeader("Referrer-Policy"), response.getHeader("Permissions-Policy"));
	}

	@Test
	void eachResponseGetsItsOwnNonceAndTheTemplatesCanUseIt() throws Exception {
		String first = this.mvc.get().uri("/login").exchange().getResponse().getHeader("Content-Security-Policy");
		var second = this.mvc.get().uri("/login").exchange().getResponse();
		assertThat(first).isNotEqualTo(second.getHeader("Content-Security-Policy"));
		String nonce = second.getHeader("Content-Security-Policy").replaceAll(".*'nonce-([^']+)'.*", "$1");
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("nonce=\"" + nonce + "\"");
	}

	@Test
	void aThrottledLoginAnswers429InVietnameseWithTheTimeToWaitAndTheHeaders() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String username = "khongco." + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> response = null;
		for (int i = 0; i <= 5; i++) {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
			String token = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
			response = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
				.header("Cookie", cookie)
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=wrong-password-" + i
						+ "&_csrf=" + token))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).isPresent();
		assertThat(response.body()).contains("Tạm khóa đăng nhập").contains("1 phút");
		assertHeaders(response.headers().firstValue("Content-Security-Policy").orElse(null),
				response.headers().firstValue("X-Content-Type-Options").orElse(null),
				response.headers().firstValue("Referrer-Policy").orElse(null),
				response.headers().firstValue("Permissions-Policy").orElse(null));
	}

	@Test
	void theContainersOwnAnswerToTraceCarriesTheHeadersAndEchoesNothing() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
				.method("TRACE", HttpRequest.BodyPublishers.noBody())
				.header("X-Secret", "echo-me")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).doesNotContain("echo-me");
		assertHeaders(response.headers().firstValue("Content-Security-Policy").orElse(null),
				response.headers().firstValue("X-Content-Type-Options").orElse(null),
				response.headers().firstValue("Referrer-Policy").orElse(null),
				response.headers().firstValue("Permissions-Policy").orElse(null));
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void noTemplateHasAnInlineScriptHandlerOrStyle() throws IOException {
		Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)[^>]*>");
		Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		Pattern style = Pattern.compile("\\sstyle\\s*=|<style", Pattern.CASE_INSENSITIVE);
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<Path> templates = files.filter(f -> f.toString().endsWith(".html")).toList();
			assertThat(templates).isNotEmpty();
			for (Path template : templates) {
				String html = Files.readString(template);
				assertThat(inlineScript.matcher(html).find()).as("inline script in " + template).isFalse();
				assertThat(handler.matcher(html).find()).as("event handler attribute in " + template).isFalse();
				assertThat(style.matcher(html).find()).as("inline style in " + template).isFalse();
				assertThat(html).as("javascript: URL in " + template).doesNotContainIgnoringCase("javascript:");
			}
		}
	}

	private static void assertHeaders(String policy, String contentTypeOptions, String referrer, String permissions) {
		assertThat(policy).isNotNull()
			.contains("default-src 'self'")
			.contains("object-src 'none'")
			.contains("base-uri 'none'")
			.contains("frame-ancestors 'none'")
			.containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
		assertThat(contentTypeOptions).isEqualTo("nosniff");
		assertThat(referrer).isEqualTo("same-origin");
		assertThat(permissions).contains("camera=()");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
