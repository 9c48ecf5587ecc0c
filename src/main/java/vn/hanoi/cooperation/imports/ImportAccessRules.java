package vn.hanoi.cooperation.imports;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;

/** Failed imports need a login; {@link ImportFailureController} answers 404 to whoever may not read them. */
@Component
class ImportAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/imports/failures/**").authenticated();
	}

}
