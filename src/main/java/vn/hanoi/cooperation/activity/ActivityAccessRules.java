package vn.hanoi.cooperation.activity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;

/**
 * Activities are for every logged-in user at URL level; who may see or change which activity is decided per
 * record by {@link ActivityAccess}, which answers 404.
 */
@Component
class ActivityAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/activities", "/activities/**", "/my-work").authenticated();
	}

}
