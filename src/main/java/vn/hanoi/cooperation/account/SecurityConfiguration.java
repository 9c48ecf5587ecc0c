package vn.hanoi.cooperation.account;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.servlet.LocaleResolver;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.system.UploadLimitFilter;

/**
 * The security chain. Who may open which URL is declared by each feature in its own {@link AccessRules} bean;
 * this class adds what holds for every feature: static files are public, the rest of {@code /admin/**} is for
 * administrators, everything else needs a login. Rules about single records (a department's activity, a
 * province's agreement) live with each feature and answer 404.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, List<AccessRules> features, SessionStates sessionStates,
			LoginThrottle throttle, AuditLog auditLog, Accounts accounts, MessageSource messages,
			LocaleResolver locales, @Value("${server.servlet.session.cookie.name}") String sessionCookie,
			@Value("${server.servlet.session.cookie.secure:}") Boolean secureSetting, UploadLimitFilter uploadLimit,
			ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
		// Unset: each cookie is Secure when its request came over HTTPS (behind a proxy, as forwarded to us).
		boolean secureCookie = Boolean.TRUE.equals(secureSetting);
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/error", "/error/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
					"/favicon.ico")
				.permitAll();
			features.forEach(feature -> feature.declare(requests));
			requests.requestMatchers("/admin/**").hasRole(Role.ADMIN.name()).anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new RoleHomeSuccessHandler(throttle, auditLog, secureCookie))
				.failureHandler(new LoginFailureHandler(auditLog, accounts, secureCookie))
				.permitAll())
			// Spring Security's default already gives the session a new id at login (session fixation).
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			// Anonymous visitors get no session: the page asked for travels in "continue" (LoginEntryPoint), the
			// login form's CSRF token in a cookie until the login creates the session.
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens()))
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						auditLog.record(SecurityEventType.LOGOUT, authentication.getName(), null);
					}
				})
				.invalidateHttpSession(true)
				.deleteCookies(sessionCookie)
				.logoutSuccessUrl("/login?logout")
				.permitAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginEntryPoint())
				.accessDeniedHandler(new AuditingAccessDeniedHandler(auditLog)))
			.addFilterBefore(new AnonymousRequestBodyLimit(messages, locales), CsrfFilter.class)
			// After the anonymous limit: only a signed-in user's upload is ever read to check its size.
			.addFilterBefore(uploadLimit, CsrfFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle, auditLog, accounts, secureCookie), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new AccountSessionFilter(sessionStates, auditLog, java.time.Clock.systemUTC()),
					AuthorizationFilter.class);
		// Only with a configured OpenID Connect provider; otherwise the chain above is the whole of it.
		singleSignOn.ifAvailable(sso -> sso.configure(http));
		return http.build();
	}

	/** The only provider: Spring Security's global AuthenticationManager takes a lone AuthenticationProvider bean. */
	/**
	 * Requests are timed once each (http_server_requests, with their URL pattern). Spring Security's own observations
	 * wrapped every filter of the chain and every access decision in a timer of its own: a tenth of the CPU of the
	 * lightest page, for figures nobody reads.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	EqualWorkAuthenticationProvider authenticationProvider(AccountDetailsService accounts, PasswordEncoder encoder) {
		return new EqualWorkAuthenticationProvider(accounts, encoder);
	}

	/**
	 * Argon2id: bcrypt ignores everything past 72 bytes, and Vietnamese passphrases reach that. As many hashes at
	 * once as there are cores ({@link BoundedPasswordHashing}).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new BoundedPasswordHashing(new DelegatingPasswordEncoder(ARGON2,
				Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8())), BoundedPasswordHashing.cores());
	}

}
