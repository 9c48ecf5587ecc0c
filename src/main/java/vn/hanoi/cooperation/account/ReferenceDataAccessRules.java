package vn.hanoi.cooperation.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reading groups, departments and provinces is for every logged-in user; correcting them is for administrators.
 * Declared here because the reference data sits below account and knows no roles.
 */
@Component
class ReferenceDataAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/groups/**", "/admin/departments/**", "/admin/provinces/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/groups", "/groups/**", "/departments", "/departments/**", "/provinces", "/provinces/**")
			.authenticated();
	}

}
