package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response, error pages and static files included: a Content-Security-Policy with a fresh
 * nonce (templates read it as {@code ${cspNonce}} for any inline script or style they ever need), no MIME
 * sniffing, no referrer outside the portal (reset links carry a token), no powerful browser features.
 * No framing ({@code X-Frame-Options} as well as {@code frame-ancestors}, for pages Spring Security never sees);
 * Spring Security adds {@code Cache-Control: no-store}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeaders extends OncePerRequestFilter {

	public static final String NONCE_ATTRIBUTE = "cspNonce";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		write(request, response);
		chain.doFilter(request, response);
	}

	/**
	 * Error dispatches too: the container answers some requests (TRACE, malformed ones) with an error page and no
	 * request dispatch before it.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Writes the headers, keeping the request's nonce if it has one; also for pages written after a
	 * {@code response.reset()} (DatabaseUnavailableFilter).
	 */
	static void write(HttpServletRequest request, HttpServletResponse response) {
		String nonce = (request.getAttribute(NONCE_ATTRIBUTE) instanceof String existing) ? existing : newNonce();
		request.setAttribute(NONCE_ATTRIBUTE, nonce);
		response.setHeader("Content-Security-Policy", policy(nonce));
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("Permissions-Policy",
				"camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
	}

	private static String newNonce() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	static String policy(String nonce) {
		return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'nonce-" + nonce
				+ "'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
				+ "form-action 'self'";
	}

}
