package vn.hanoi.cooperation.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature's URL rules, declared in one place beside its controllers (a bean named {@code <Feature>AccessRules}).
 * The security chain applies every feature's rules, then sends the rest of {@code /admin/**} to administrators
 * and everything else to any logged-in user. Declare specific paths only: the first matching rule wins.
 * Object-level rules (whose record is it?) stay in the feature's service and answer 404.
 */
@FunctionalInterface
public interface AccessRules {

	void declare(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
