package vn.hanoi.cooperation.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Every API answer carries an ETag of its body, and a request whose If-None-Match still matches gets 304 without
 * the body: a client polling for changes downloads nothing when nothing changed.
 */
@Configuration(proxyBeanMethods = false)
class ApiEtags {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/*");
		return registration;
	}

}
