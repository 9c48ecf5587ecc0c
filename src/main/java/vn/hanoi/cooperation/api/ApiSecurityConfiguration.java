package vn.hanoi.cooperation.api;


import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.audit.AuditLog;

/**
 * The read API's own security chain, ahead of the pages' chain: only a personal access token authenticates
 * (a session cookie does not), nothing reads or creates a session, and no CSRF token is needed since no cookie
 * carries the credential. Every call needs a token; a write method finds no handler (405).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String API = "/api/v1/**";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, Accounts accounts, ApiCallLimit limit,
			AuditLog auditLog, MessageSource messageSource) throws Exception {
		ApiMessages messages = new ApiMessages(messageSource);
		http.securityMatcher(API)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"api\"");
				messages.error(request, "unauthorized", "api.error.unauthorized")
					.write(response, HttpStatus.UNAUTHORIZED);
			}))
			.addFilterBefore(new ApiTokenFilter(tokens, accounts, limit, auditLog, messages), AuthorizationFilter.class);
		return http.build();
	}

}
