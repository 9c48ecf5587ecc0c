package vn.hanoi.cooperation.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reading departments is for every logged-in user; correcting them is for administrators. Declared here because the
 * reference data sits below account and knows no roles.
 */
@Component
class DepartmentAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/departments/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/departments", "/departments/**")
			.authenticated();
	}

}
