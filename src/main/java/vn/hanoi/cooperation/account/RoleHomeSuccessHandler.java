package vn.hanoi.cooperation.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityEventType;

/**
 * Sends a user back to the page the login interrupted (the form's {@code continue} field, a path of this portal
 * only), or else to the home page of their role; clears the account's failure count and logs the success.
 */
class RoleHomeSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	RoleHomeSuccessHandler(LoginThrottle throttle, AuditLog auditLog) {
		this.throttle = throttle;
		this.auditLog = auditLog;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.throttle.succeeded(authentication.getName());
		this.auditLog.record(SecurityEventType.LOGIN_SUCCESS, authentication.getName(), null);
		clearAuthenticationAttributes(request);
		String home = authentication.getPrincipal() instanceof PortalUser user ? RoleHome.pathFor(user.getRole())
				: "/";
		getRedirectStrategy().sendRedirect(request, response, ContinuePath.of(request).orElse(home));
	}

}
