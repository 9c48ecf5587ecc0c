package vn.hanoi.cooperation.result;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;

/**
 * Results and indicators are for every logged-in user at URL level; {@link ResultAccess} decides each workflow
 * step and each record, answering 404 for what is never the user's.
 */
@Component
class ResultAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/results", "/results/**", "/indicators", "/indicators/**").authenticated();
	}

}
