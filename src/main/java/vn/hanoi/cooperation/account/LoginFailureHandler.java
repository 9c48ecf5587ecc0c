package vn.hanoi.cooperation.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;

/**
 * Writes the failure to the audit log; the user sees the same message either way, and keeps the page they were
 * going to and the username they typed. The throttle counted the attempt when it admitted it, and a failure
 * leaves it counted.
 */
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	private final AuditLog auditLog;

	private final boolean secureCookie;

	LoginFailureHandler(AuditLog auditLog, boolean secureCookie) {
		this.auditLog = auditLog;
		this.secureCookie = secureCookie;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String username = request.getParameter("username");
		this.auditLog.recordAbout(SecurityEventType.LOGIN_FAILURE, loggable(username),
				exception instanceof DisabledException
						? SecurityDetail.of("disabled account or no password yet", "audit.detail.login.disabled")
						: SecurityDetail.of("bad credentials", "audit.detail.login.badCredentials"));
		TypedUsernameCookie.keep(request, response, this.secureCookie);
		// Not super's: it would create a session to carry the exception; the page reads "?error" instead.
		getRedirectStrategy().sendRedirect(request, response,
				ContinuePath.appendTo("/login?error", ContinuePath.of(request)));
	}

	/** People type their password in the username field: only something shaped like a username is logged. */
	static String loggable(String username) {
		if (username == null) {
			return null;
		}
		String name = username.strip().toLowerCase();
		return name.matches("[a-z0-9._-]{3,60}") ? name : "(invalid)";
	}

}
