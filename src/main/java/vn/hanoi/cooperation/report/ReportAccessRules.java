package vn.hanoi.cooperation.report;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;

/**
 * Reports are for every logged-in user at URL level; {@code ReportController} answers 404 for what is not the
 * user's (the city's yearly report to a province officer, another province's report). The list exports live under
 * their lists' paths and follow those features' rules.
 */
@Component
class ReportAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/reports/**").authenticated();
	}

}
