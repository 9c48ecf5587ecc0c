package vn.hanoi.cooperation.account;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Who may open which part of the portal. Rules about single records (a department's activity, a province's
 * agreement) live with each feature and answer 404; this chain guards whole areas.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(roleHome()).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(errors -> errors.accessDeniedPage("/error/403"));
		return http.build();
	}

	/** Each role lands on its own page, unless the login interrupted a request for another one. */
	private AuthenticationSuccessHandler roleHome() {
		return new RoleHomeSuccessHandler();
	}

	/** Argon2id: bcrypt ignores everything past 72 bytes, and Vietnamese passphrases reach that. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(ARGON2,
				Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
	}

}
