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
 * only), or else to the home page of their role; tells the throttle the attempt was no failure, gives the browser
 * its device cookie and logs the success.
 */
class RoleHomeSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	private final boolean secureCookie;

	RoleHomeSuccessHandler(LoginThrottle throttle, AuditLog auditLog, boolean secureCookie) {
		this.throttle = throttle;
		this.auditLog = auditLog;
		this.secureCookie = secureCookie;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		LoginAdmission admission = LoginThrottleFilter.admission(request);
		if (admission != null) {
			this.throttle.succeeded(admission);
			DeviceCookie.write(response, this.throttle.rememberDevice(admission),
					this.secureCookie || request.isSecure());
		}
		this.auditLog.record(SecurityEventType.LOGIN_SUCCESS, authentication.getName(), null);
		clearAuthenticationAttributes(request);
		String home = authentication.getPrincipal() instanceof PortalUser user ? RoleHome.pathFor(user.getRole())
				: "/";
		getRedirectStrategy().sendRedirect(request, response, ContinuePath.of(request).orElse(home));
	}

}
