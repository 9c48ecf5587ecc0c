package vn.hanoi.cooperation.account;

import java.io.IOException;
import java.util.Optional;

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

	private final Accounts accounts;

	private final boolean secureCookie;

	LoginFailureHandler(AuditLog auditLog, Accounts accounts, boolean secureCookie) {
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.secureCookie = secureCookie;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		Optional<String> account = knownUsername(this.accounts, request.getParameter("username"));
		this.auditLog.recordAbout(SecurityEventType.LOGIN_FAILURE, account.orElse(null),
				account.isEmpty() ? SecurityDetail.of("unknown username", "audit.detail.login.unknownUsername")
						: exception instanceof DisabledException
								? SecurityDetail.of("disabled account or no password yet", "audit.detail.login.disabled")
								: SecurityDetail.of("bad credentials", "audit.detail.login.badCredentials"));
		TypedUsernameCookie.keep(request, response, this.secureCookie);
		// Not super's: it would create a session to carry the exception; the page reads "?error" instead.
		getRedirectStrategy().sendRedirect(request, response,
				ContinuePath.appendTo("/login?error", ContinuePath.of(request)));
	}

	/**
	 * The account a refused login names, as the security log may keep it; empty when the text typed names none.
	 * People type their password in the username field, and a password of letters and digits has a username's
	 * shape: what names no account is left out of the log, which says only that the username was unknown.
	 */
	static Optional<String> knownUsername(Accounts accounts, String typed) {
		String name = typed == null ? "" : typed.strip();
		return name.matches(Account.USERNAME_SHAPE) ? accounts.findUsername(name) : Optional.empty();
	}

}
