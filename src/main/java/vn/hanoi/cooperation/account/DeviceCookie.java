package vn.hanoi.cooperation.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

/**
 * The cookie by which a browser that has logged in before proves it ({@link LoginDevices}). It outlives logout
 * on purpose; HttpOnly and SameSite=Strict, since only the portal's own login form needs it.
 */
final class DeviceCookie {

	static final String NAME = "PORTAL_DEVICE";

	private DeviceCookie() {
	}

	static String read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (NAME.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/** Secure whenever the session cookie is (PORTAL_SECURE_COOKIE) or the request came over HTTPS. */
	static void write(HttpServletResponse response, String token, boolean secure) {
		response.addHeader("Set-Cookie", ResponseCookie.from(NAME, token)
			.path("/")
			.maxAge(LoginDevices.LIFETIME)
			.httpOnly(true)
			.secure(secure)
			.sameSite("Strict")
			.build()
			.toString());
	}

}
