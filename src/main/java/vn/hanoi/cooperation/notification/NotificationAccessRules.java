package vn.hanoi.cooperation.notification;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;
import vn.hanoi.cooperation.account.Role;

/** Everyone reads their own notifications and settings; only administrators see the outgoing e-mails. */
@Component
class NotificationAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/notifications", "/notifications/**", "/account/notifications")
			.authenticated()
			.requestMatchers("/admin/emails")
			.hasRole(Role.ADMIN.name());
	}

}
