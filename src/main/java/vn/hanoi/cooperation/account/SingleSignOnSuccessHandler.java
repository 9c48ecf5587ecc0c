package vn.hanoi.cooperation.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;

/**
 * After a single sign-on the session holds what a password login puts there, a {@link PortalUser} of the matched
 * account with its own role, so every page, {@code ReadScope} and session check treats both logins alike; the ID
 * token is kept aside for logging out at the provider. Logged as a password login is, and sent to the role's home.
 */
class SingleSignOnSuccessHandler implements AuthenticationSuccessHandler {

	/** The chain's default repository: the request for this response, the session for the next ones. */
	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final AuditLog auditLog;

	SingleSignOnSuccessHandler(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
		SingleSignOnUser identity = (SingleSignOnUser) token.getPrincipal();
		PortalUser user = identity.account();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		// The account's role, and the factor that proved it, as a password login carries FACTOR_PASSWORD.
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		request.getSession()
			.setAttribute(ProviderLogout.SESSION_ATTRIBUTE,
					new ProviderSession(token.getAuthorizedClientRegistrationId(), identity.getIdToken().getTokenValue()));
		this.auditLog.recordAbout(SecurityEventType.LOGIN_SUCCESS, user.getUsername(),
				SecurityDetail.of("single sign-on (" + token.getAuthorizedClientRegistrationId() + ")",
						"audit.detail.login.sso", token.getAuthorizedClientRegistrationId()));
		response.sendRedirect(request.getContextPath() + RoleHome.pathFor(user.getRole()));
	}

}
