package vn.hanoi.cooperation.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;

/**
 * Authenticates a call to the read API by its personal access token ({@code Authorization: Bearer …}) as the
 * token's owner, with the owner's role and units as they are now: the token sees what its owner sees. Without a
 * valid token the request stays anonymous and the chain answers 401. A token over its rate limit gets 429 with
 * Retry-After; every call with a valid token is recorded in the security log, a failed one too.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	/** The request attribute that holds the accepted token's id (for the rate limit and the security log). */
	static final String TOKEN_ID = ApiTokenFilter.class.getName() + ".tokenId";

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final ApiCallLimit limit;

	private final AuditLog auditLog;

	private final ApiMessages messages;

	ApiTokenFilter(ApiTokens tokens, Accounts accounts, ApiCallLimit limit, AuditLog auditLog, ApiMessages messages) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.limit = limit;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			Optional<ApiTokens.Bearer> bearer = this.tokens.use(header.substring(BEARER.length()).strip());
			bearer.flatMap(b -> this.accounts.findById(b.accountId()))
				.map(PortalUser::new)
				.filter(PortalUser::isEnabled)
				.ifPresent(user -> {
					SecurityContext context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
					SecurityContextHolder.setContext(context);
					request.setAttribute(TOKEN_ID, bearer.get().tokenId());
				});
		}
		if (!(request.getAttribute(TOKEN_ID) instanceof Long tokenId)) {
			chain.doFilter(request, response);
			return;
		}
		// A call that fails with an exception is answered 500 by the container, after this filter: logged as such.
		int status = HttpStatus.INTERNAL_SERVER_ERROR.value();
		try {
			Optional<Duration> wait = this.limit.admit(tokenId);
			if (wait.isPresent()) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()));
				this.messages.error(request, "too_many_requests", "api.error.tooManyRequests", this.limit.callsPerMinute())
					.write(response, HttpStatus.TOO_MANY_REQUESTS);
			}
			else {
				chain.doFilter(request, response);
			}
			status = response.getStatus();
		}
		finally {
			record(request, status, tokenId);
		}
	}

	/** Every call with a valid token goes to the security log, as exports do: who read what, and the answer. */
	private void record(HttpServletRequest request, int status, Long tokenId) {
		String query = request.getQueryString();
		String target = request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
		if (target.length() > 300) {
			target = target.substring(0, 300) + "…";
		}
		this.auditLog.recordApiCall(SecurityDetail.of(
				target + " (" + status + "), token #" + tokenId, "audit.detail.apiCall", target, status, tokenId));
	}

}
