package vn.hanoi.cooperation.publication;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;

/**
 * The published figures are for everyone, without a login; publishing them is the coordinator's, checked in
 * {@link Publishing} (404 for everyone else).
 */
@Component
class PublicationAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/cong-khai", "/cong-khai/so-lieu.csv", "/cong-khai/so-lieu.json").permitAll();
		requests.requestMatchers("/publication/**").authenticated();
	}

}
