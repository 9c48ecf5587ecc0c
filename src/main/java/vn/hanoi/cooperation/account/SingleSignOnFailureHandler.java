package vn.hanoi.cooperation.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;

/**
 * A refused single sign-on goes to the security log as a failed login does, and the person to a page that says
 * why in their language, with the way back to the password login.
 */
class SingleSignOnFailureHandler implements AuthenticationFailureHandler {

	static final String REFUSED_PAGE = "/login/sso-refused";

	private final AuditLog auditLog;

	private final String claim;

	SingleSignOnFailureHandler(AuditLog auditLog, String claim) {
		this.auditLog = auditLog;
		this.claim = claim;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason;
		if (exception instanceof SingleSignOnRefused refused) {
			reason = refused.reason().parameter();
			this.auditLog.recordAbout(SecurityEventType.LOGIN_FAILURE, refused.username(),
					refused.reason() == SingleSignOnRefused.Reason.DISABLED
							? SecurityDetail.of("single sign-on: account disabled", "audit.detail.login.ssoDisabled")
							: SecurityDetail.of("single sign-on: no portal account for " + this.claim + " "
									+ refused.identity(), "audit.detail.login.ssoUnknown", this.claim,
									refused.identity()));
		}
		else {
			reason = "error";
			String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
					: exception.getClass().getSimpleName();
			this.auditLog.recordAbout(SecurityEventType.LOGIN_FAILURE, null,
					SecurityDetail.of("single sign-on failed: " + code, "audit.detail.login.ssoError", code));
		}
		response.sendRedirect(request.getContextPath() + REFUSED_PAGE + "?reason=" + reason);
	}

}
