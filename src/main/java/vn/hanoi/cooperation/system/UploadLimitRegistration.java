package vn.hanoi.cooperation.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upload limit is a filter of Spring Security's chain (account/SecurityConfiguration puts it right before the
 * CSRF check), never one of the container's: there it would read an anonymous body before anyone is known.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitRegistration {

	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitOnlyInTheSecurityChain(UploadLimitFilter filter) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

}
