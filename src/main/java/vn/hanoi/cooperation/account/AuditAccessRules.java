package vn.hanoi.cooperation.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;


/** Only administrators read the security audit log (declared here: the audit module knows no roles). */
@Component
class AuditAccessRules implements AccessRules {

	@Override
	public void declare(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/admin/audit", "/admin/audit/**").hasRole(Role.ADMIN.name());
	}

}
