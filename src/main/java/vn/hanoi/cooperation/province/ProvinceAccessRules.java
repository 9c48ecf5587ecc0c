package vn.hanoi.cooperation.province;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;
import vn.hanoi.cooperation.account.Role;

/** Reading provinces is for every logged-in user; correcting their names is for administrators. */
@Component
class ProvinceAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/provinces/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/provinces", "/provinces/**")
			.authenticated();
	}

}
