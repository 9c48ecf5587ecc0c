package vn.hanoi.cooperation.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.account.PortalUser;

/**
 * Authenticates a call to the read API by its personal access token ({@code Authorization: Bearer …}) as the
 * token's owner, with the owner's role and units as they are now: the token sees what its owner sees. Without a
 * valid token the request stays anonymous and the chain answers 401.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	/** The request attribute that holds the accepted token's id (for the rate limit and the security log). */
	static final String TOKEN_ID = ApiTokenFilter.class.getName() + ".tokenId";

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final Accounts accounts;

	ApiTokenFilter(ApiTokens tokens, Accounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
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
		chain.doFilter(request, response);
	}

}
