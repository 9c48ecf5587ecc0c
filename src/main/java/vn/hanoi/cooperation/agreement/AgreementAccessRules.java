package vn.hanoi.cooperation.agreement;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;

/**
 * Agreements are for every logged-in user at URL level; {@link AgreementAccess} decides per agreement and per
 * document (who may see, who may change), answering 404.
 */
@Component
class AgreementAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/agreements", "/agreements/**").authenticated();
	}

}
