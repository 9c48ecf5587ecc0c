package vn.hanoi.cooperation.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.cooperation.audit.AuditLog;

/**
 * Optional single sign-on through an OpenID Connect provider (Keycloak, the city's), present only when
 * {@code spring.security.oauth2.client.registration.*} is set. It adds to the portal's security chain the login
 * through the provider, the refusal page and the logout at the provider; the password login stays as it is.
 */
@Component
@Order(1)
@Conditional(SingleSignOnConfigured.class)
class SingleSignOn implements AccessRules {

	/** One button on the login page: where it starts and the provider's name (shown when there are several). */
	record Provider(String registrationId, String name) {

	}

	private final ClientRegistrationRepository registrations;

	private final IdentityMatch match;

	private final TransactionTemplate transactions;

	private final AuditLog auditLog;

	SingleSignOn(ClientRegistrationRepository registrations, Accounts accounts, TransactionTemplate transactions,
			AuditLog auditLog, @Value("${portal.sso.match-claim:preferred_username}") String claim) {
		this.registrations = registrations;
		this.match = new IdentityMatch(accounts, claim);
		this.transactions = transactions;
		this.auditLog = auditLog;
	}

	List<Provider> providers() {
		List<Provider> providers = new ArrayList<>();
		if (this.registrations instanceof Iterable<?> all) {
			for (Object registration : all) {
				ClientRegistration client = (ClientRegistration) registration;
				providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
			}
		}
		return providers;
	}

	/** Whether an account's e-mail address is what opens it (otherwise its username, which never changes). */
	boolean matchesByEmail() {
		return IdentityMatch.EMAIL.equals(this.match.claim());
	}

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(SingleSignOnFailureHandler.REFUSED_PAGE).permitAll();
	}

	void configure(HttpSecurity http) {
		ProviderLogout providerLogout = new ProviderLogout(this.registrations);
		http.oauth2Login(login -> login.loginPage("/login")
			.authorizedClientRepository(new NoAuthorizedClients())
			.userInfoEndpoint(info -> info.oidcUserService(new SingleSignOnAccounts(this.match, this.transactions))
				// Plain OAuth2 proves no identity: only OpenID Connect (scope openid) logs anyone in.
				.userService(request -> {
					throw new OAuth2AuthenticationException(new OAuth2Error("openid_scope_required"));
				}))
			.successHandler(new SingleSignOnSuccessHandler(this.auditLog))
			.failureHandler(new SingleSignOnFailureHandler(this.auditLog, this.match.claim())))
			.logout(logout -> logout.addLogoutHandler(providerLogout).logoutSuccessHandler(providerLogout));
	}

}
