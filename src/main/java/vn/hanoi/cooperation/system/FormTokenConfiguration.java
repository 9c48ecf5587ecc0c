package vn.hanoi.cooperation.system;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every posted form with a one-time token (fragments/formToken) goes through {@link FormTokenInterceptor}. */
@Configuration(proxyBeanMethods = false)
class FormTokenConfiguration implements WebMvcConfigurer {

	private final FormTokens tokens;

	private final Duration patience;

	FormTokenConfiguration(FormTokens tokens,
			@Value("${portal.forms.wait-for-first-submission:20s}") Duration patience) {
		this.tokens = tokens;
		this.patience = patience;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormTokenInterceptor(this.tokens, this.patience));
	}

}
