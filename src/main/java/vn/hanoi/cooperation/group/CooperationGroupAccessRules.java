package vn.hanoi.cooperation.group;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;
import vn.hanoi.cooperation.account.Role;

/** Reading groups is for every logged-in user; correcting them is for administrators. */
@Component
class CooperationGroupAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/groups/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/groups", "/groups/**")
			.authenticated();
	}

}
