package vn.hanoi.cooperation.account;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends an anonymous visitor to the login page with a relative redirect (never built from the Host header),
 * naming the page they asked for in {@code continue} rather than saving the request in a session.
 */
class LoginEntryPoint extends LoginUrlAuthenticationEntryPoint {

	LoginEntryPoint() {
		super("/login");
		setFavorRelativeUris(true);
	}

	@Override
	protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) {
		return ContinuePath.appendTo(super.determineUrlToUseForThisRequest(request, response, exception),
				pageAsked(request));
	}

	/** A page view can be repeated after login; a form post or an htmx fragment cannot. */
	private static Optional<String> pageAsked(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
			return Optional.empty();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		return ContinuePath.local(query == null ? path : path + "?" + query);
	}

}
