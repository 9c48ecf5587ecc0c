package vn.hanoi.cooperation.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs in over HTTP as a browser does (the form's cookie and CSRF token, then the post) and returns the session
 * cookie, for tests that start a whole portal of their own.
 */
public final class HttpLogin {

	private HttpLogin() {
	}

	public static String sessionCookie(HttpClient http, String base, String username, String password) throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		// The login form's CSRF token comes in a cookie: no session before the login.
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String token = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
					+ encode(password) + "&_csrf=" + encode(token)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as("login of %s", username).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).as("login of %s", username)
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		return sessionCookie(login);
	}

	/** The session cookie a response sets, among the others (the login also deletes the form's CSRF cookie). */
	public static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("SESSION=") || cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
