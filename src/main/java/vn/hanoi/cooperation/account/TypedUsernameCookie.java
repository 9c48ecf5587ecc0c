package vn.hanoi.cooperation.account;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * The username of a refused login, carried back to the login form so that the user does not type it again. A
 * cookie, because the URL would put it in the history and the access logs, and an anonymous visitor has no
 * session. It is kept whatever the refusal (unknown account, wrong password, disabled, throttled), so it tells
 * nothing about the account; only to the login page (HttpOnly, SameSite=Strict), for minutes, and taken once.
 * A username's shape ({@link Account#USERNAME_SHAPE}) holds only characters a cookie value carries as they are.
 */
final class TypedUsernameCookie {

	static final String NAME = "PORTAL_LOGIN_NAME";

	private static final Duration LIFETIME = Duration.ofMinutes(10);

	private TypedUsernameCookie() {
	}

	/**
	 * Keeps what was typed, stripped, when it has the shape of a username and a password was typed beside it that
	 * is not the same text. People type their password in the username field by mistake, then press Enter with the
	 * password field empty or type it there again: in both cases nothing is kept. (A password of letters and digits
	 * typed there with another word in the password field would still be kept, on that browser, for minutes.)
	 */
	static void keep(HttpServletRequest request, HttpServletResponse response, boolean secure) {
		String typed = request.getParameter("username");
		String name = typed == null ? "" : typed.strip();
		String password = request.getParameter("password");
		if (name.matches(Account.USERNAME_SHAPE) && password != null && !password.isBlank()
				&& !password.strip().equals(name)) {
			write(request, response, name, LIFETIME, secure);
		}
	}

	/** The username kept by the last refused login, deleted as it is read: the form shows it once. */
	static Optional<String> take(HttpServletRequest request, HttpServletResponse response) {
		Cookie cookie = WebUtils.getCookie(request, NAME);
		if (cookie == null) {
			return Optional.empty();
		}
		write(request, response, "", Duration.ZERO, request.isSecure());
		String name = cookie.getValue();
		return name != null && name.matches(Account.USERNAME_SHAPE) ? Optional.of(name) : Optional.empty();
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, String value,
			Duration lifetime, boolean secure) {
		response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value)
			.path(request.getContextPath() + "/login")
			.maxAge(lifetime)
			.httpOnly(true)
			.secure(secure || request.isSecure())
			.sameSite("Strict")
			.build()
			.toString());
	}

}
