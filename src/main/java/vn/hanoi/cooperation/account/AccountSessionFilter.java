package vn.hanoi.cooperation.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.system.StaticFiles;

/**
 * Checks the logged-in account on every request, so that a session dies as soon as its account is disabled, its
 * password is reset or an administrator gives it another role or unit, and at the latest 8 hours after the login
 * (the idle limit of 30 minutes is the container's). A name an administrator corrected shows at the next page. An account that must change its password sees nothing else until it has.
 */
class AccountSessionFilter extends OncePerRequestFilter {

	static final Duration ABSOLUTE_LIMIT = Duration.ofHours(8);

	static final String PASSWORD_PAGE = "/account/password";

	private final SessionStates sessionStates;

	private final AuditLog auditLog;

	private final Clock clock;

	AccountSessionFilter(SessionStates sessionStates, AuditLog auditLog, Clock clock) {
		this.sessionStates = sessionStates;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Static files reveal nothing: an ended session is caught at its next page, without a lookup per file. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return StaticFiles.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<SessionState> state = this.sessionStates.of(user.getAccountId());
		boolean tooOld = user.getAuthenticatedAt().plus(ABSOLUTE_LIMIT).isBefore(this.clock.instant());
		if (state.isEmpty() || !state.get().admits(user) || tooOld) {
			this.auditLog.recordAbout(SecurityEventType.SESSION_ENDED, user.getUsername(),
					tooOld ? SecurityDetail.of("8-hour limit", "audit.detail.session.tooOld")
							: SecurityDetail.of("account disabled, password reset, or role or unit changed",
									"audit.detail.session.accountChanged"));
			end(request);
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		user.showAs(state.get().displayName());
		if (state.get().mustChangePassword() && !mayPassDuringForcedChange(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

	private static boolean mayPassDuringForcedChange(String path) {
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/login")
				|| path.startsWith("/error") || StaticFiles.contains(path);
	}

}
