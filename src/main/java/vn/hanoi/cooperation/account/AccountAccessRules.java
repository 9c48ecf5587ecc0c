package vn.hanoi.cooperation.account;

import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Logging in, setting a password and creating the first administrator through a one-time link need no session;
 * managing accounts is for admins.
 */
@Component
@Order(0)
class AccountAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/login", "/password-reset/*", "/first-administrator/*")
			.permitAll()
			.requestMatchers("/admin/accounts", "/admin/accounts/**", "/admin")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/account/password")
			.authenticated();
	}

}
