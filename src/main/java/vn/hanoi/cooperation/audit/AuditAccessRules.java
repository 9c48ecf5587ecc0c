package vn.hanoi.cooperation.audit;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.AccessRules;
import vn.hanoi.cooperation.account.Role;

/** Only administrators read the security audit log. */
@Component
class AuditAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/audit", "/admin/audit/**").hasRole(Role.ADMIN.name());
	}

}
