package vn.hanoi.cooperation.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Where the CSRF token lives: in the session once there is one (every logged-in user), and before that, for the
 * login and password-reset forms, in a cookie, so that showing a form to an anonymous visitor creates no session
 * row. The cookie is HttpOnly and SameSite=Strict (another site can neither read it nor send it with a post), the
 * form carries the token masked anew on each page (BREACH), and the login throws the cookie token away: it never
 * protects anything a session holds.
 */
class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "PORTAL-CSRF";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokens() {
		this.cookie.setCookieName(COOKIE);
		this.cookie.setCookieCustomizer(builder -> builder.sameSite("Strict"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return store(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token != null) {
			store(request).saveToken(token, request, response);
			return;
		}
		// Removal (login, logout) clears both places, and sends a cookie deletion only to a browser that has one.
		this.session.saveToken(null, request, response);
		if (WebUtils.getCookie(request, COOKIE) != null) {
			this.cookie.saveToken(null, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return store(request).loadToken(request);
	}

	private CsrfTokenRepository store(HttpServletRequest request) {
		return request.getSession(false) != null ? this.session : this.cookie;
	}

}
