package vn.hanoi.cooperation.account;

import java.io.IOException;
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
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;

/**
 * Asks the throttle about each login before Spring Security loads the account or computes a hash (it sits before
 * UsernamePasswordAuthenticationFilter): a refused one gets 429 and the time to wait. Oversized credentials fail
 * the same cheap way.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	/** The error page (error/429.html) reads it to say how long to wait. */
	static final String RETRY_AFTER_MINUTES = "retryAfterMinutes";

	/** The error page reads it to suggest a browser or place the user has logged in from before. */
	static final String ACCOUNT_WIDE = "accountWide";

	private static final String ADMISSION = LoginAdmission.class.getName();

	static final int LONGEST_USERNAME = 200;

	static final int LONGEST_PASSWORD = 1024;

	private final RequestMatcher loginRequest = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	private final Accounts accounts;

	private final boolean secureCookie;

	LoginThrottleFilter(LoginThrottle throttle, AuditLog auditLog, Accounts accounts, boolean secureCookie) {
		this.throttle = throttle;
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.secureCookie = secureCookie;
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
		LoginAdmission admission = this.throttle.admit(username, request.getRemoteAddr(), DeviceCookie.read(request));
		if (admission.isRefused()) {
			long seconds = Math.max(1, admission.retryAfter().toSeconds());
			Optional<String> account = LoginFailureHandler.knownUsername(this.accounts, username);
			String text = "retry after " + seconds + " s" + (admission.accountWide() ? ", account-wide budget spent" : "");
			this.auditLog.recordAbout(SecurityEventType.LOGIN_THROTTLED, account.orElse(null),
					account.isEmpty()
							? SecurityDetail.of(text + ", unknown username", "audit.detail.login.throttledUnknown",
									seconds)
							: SecurityDetail.of(text, admission.accountWide() ? "audit.detail.login.throttledAccount"
									: "audit.detail.login.throttled", seconds));
			response.setHeader("Retry-After", Long.toString(seconds));
			request.setAttribute(RETRY_AFTER_MINUTES, (seconds + 59) / 60);
			request.setAttribute(ACCOUNT_WIDE, admission.accountWide());
			// The 429 page links back to the form, which shows the username again, as after any refused login.
			TypedUsernameCookie.keep(request, response, this.secureCookie);
			response.sendError(429);
			return;
		}
		if (username != null && username.length() > LONGEST_USERNAME
				|| password != null && password.length() > LONGEST_PASSWORD) {
			// Already counted as a failure by admit: answered without loading the account or hashing.
			this.auditLog.recordAbout(SecurityEventType.LOGIN_FAILURE, null,
					SecurityDetail.of("oversized credentials", "audit.detail.login.oversized"));
			TypedUsernameCookie.keep(request, response, this.secureCookie);
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		request.setAttribute(ADMISSION, admission);
		chain.doFilter(request, response);
	}

	/** The admitted attempt, which the success handler uncounts. */
	static LoginAdmission admission(HttpServletRequest request) {
		return (LoginAdmission) request.getAttribute(ADMISSION);
	}

}
