package vn.hanoi.cooperation.api;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;

/**
 * Everyone manages their own access tokens. The API itself ({@code /api/v1/**}) has its own chain
 * ({@link ApiSecurityConfiguration}), where only a token authenticates; what a token reads is its owner's
 * {@code ReadScope}, as on the pages. Its description ({@code /api/docs}) is public: it holds no data.
 */
@Component
class ApiAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/account/tokens", "/account/tokens/*/revoke").authenticated();
		// The API's description and its Swagger UI: no data in them, for whoever builds a client (read-only).
		requests.requestMatchers(HttpMethod.GET, "/api/docs", "/api/docs/**").permitAll();
	}

}
