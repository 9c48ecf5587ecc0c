package vn.hanoi.cooperation.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages through a real server, since MockMvc does not forward to /error: a 404 in the user's language,
 * with no stack trace.
 */
@PortalTest
class ErrorPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anUnknownPageAnswers404InVietnameseAndInEnglish() throws Exception {
		String session = login(Role.LEADER);
		HttpResponse<String> vi = get("/plans/1999", session, "vi");
		assertThat(vi.statusCode()).isEqualTo(404);
		assertThat(vi.body()).contains("Không tìm thấy trang").doesNotContain("Exception").doesNotContain("at vn.");
		HttpResponse<String> en = get("/provinces/999999", session, "en");
		assertThat(en.statusCode()).isEqualTo(404);
		assertThat(en.body()).contains("Page not found").doesNotContain("Exception");
		// An address no controller has: the same page (only the API's addresses answer the API's JSON).
		HttpResponse<String> unknown = get("/no-such-page", session, "vi");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Không tìm thấy trang");
	}

	/** Boot's error controller opened directly has no error to describe: it is a page that does not exist. */
	@Test
	void theErrorPathAskedForDirectlyIsAPageNotFound() throws Exception {
		HttpResponse<String> signedIn = get("/error", login(Role.LEADER), "vi");
		assertThat(signedIn.statusCode()).isEqualTo(404);
		assertThat(signedIn.body()).contains("Không tìm thấy trang").doesNotContain("999");
		HttpResponse<String> anonymous = get("/error", "portal-lang=en", "en");
		assertThat(anonymous.statusCode()).isEqualTo(404);
		assertThat(anonymous.body()).contains("Page not found");
	}

	@Test
	void aProvinceUserSeesTheAccessDeniedPageOnAdminPages() throws Exception {
		HttpResponse<String> response = get("/admin", login(Role.PROVINCE), "vi");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Không có quyền truy cập");
	}

	@Test
	void aMalformedIdAnswersAClearPageNotAStackTrace() throws Exception {
		String session = login(Role.LEADER);
		HttpResponse<String> response = get("/provinces/abc", session, "vi");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Yêu cầu không hợp lệ").doesNotContain("NumberFormatException");
	}

	private HttpResponse<String> get(String path, String session, String lang) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + path + "?lang=" + lang))
			.header("Cookie", session)
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String login(Role role) throws Exception {
		return HttpLogin.sessionCookie(this.http, base(), this.accounts.username(role), TestAccounts.PASSWORD);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
