package vn.hanoi.cooperation.account;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityEventType;

/**
 * Answers a locked login with 429 and the time to wait, before Spring Security loads the account or computes a
 * hash (it sits before UsernamePasswordAuthenticationFilter). Oversized credentials fail the same cheap way.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	/** The error page (error/429.html) reads it to say how long to wait. */
	static final String RETRY_AFTER_MINUTES = "retryAfterMinutes";

	static final int LONGEST_USERNAME = 200;

	static final int LONGEST_PASSWORD = 1024;

	private final RequestMatcher loginRequest = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	LoginThrottleFilter(LoginThrottle throttle, AuditLog auditLog) {
		this.throttle = throttle;
		this.auditLog = auditLog;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.loginRequest.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		String password = request.getParameter("password");
		String address = request.getRemoteAddr();
		Optional<Duration> lock = this.throttle.lockFor(username, address);
		if (lock.isPresent()) {
			long seconds = Math.max(1, lock.get().toSeconds());
			this.auditLog.record(SecurityEventType.LOGIN_THROTTLED, LoginFailureHandler.loggable(username),
					"retry after " + seconds + " s");
			response.setHeader("Retry-After", Long.toString(seconds));
			request.setAttribute(RETRY_AFTER_MINUTES, (seconds + 59) / 60);
			response.sendError(429);
			return;
		}
		if (username != null && username.length() > LONGEST_USERNAME
				|| password != null && password.length() > LONGEST_PASSWORD) {
			this.throttle.failed(username, address);
			this.auditLog.record(SecurityEventType.LOGIN_FAILURE, null, "oversized credentials");
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		chain.doFilter(request, response);
	}

}
