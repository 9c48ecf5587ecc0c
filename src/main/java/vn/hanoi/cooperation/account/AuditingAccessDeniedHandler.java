package vn.hanoi.cooperation.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.system.LoggedPaths;

/** Logs every refusal (wrong role, missing or forged CSRF token), then shows the access-denied page. */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

	private final AuditLog auditLog;

	private final AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();

	AuditingAccessDeniedHandler(AuditLog auditLog) {
		this.auditLog = auditLog;
		this.page.setErrorPage("/error/403");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		String target = LoggedPaths.of(request);
		this.auditLog.record(SecurityEventType.ACCESS_DENIED,
				accessDeniedException instanceof CsrfException
						? SecurityDetail.of(target + " (CSRF token missing or invalid)", "audit.detail.accessDenied.csrf",
								target)
						: SecurityDetail.of(target, "audit.detail.accessDenied", target));
		this.page.handle(request, response, accessDeniedException);
	}

}
