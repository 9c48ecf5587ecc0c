package vn.hanoi.cooperation.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityEventType;

/**
 * Sends a user back to the page the login interrupted, or else to the home page of their role; tells the throttle
 * the attempt was no failure, gives the browser its device cookie and logs the success.
 */
class RoleHomeSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final RequestCache requestCache = new HttpSessionRequestCache();

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
		if (this.requestCache.getRequest(request, response) == null
				&& authentication.getPrincipal() instanceof PortalUser user) {
			getRedirectStrategy().sendRedirect(request, response, RoleHome.pathFor(user.getRole()));
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
