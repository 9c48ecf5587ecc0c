package vn.hanoi.cooperation.system;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages of messages*.properties. A number argument is written as {@link DisplayFormats} writes numbers, in
 * English too (2.000 rows, 1.234,5): MessageFormat would otherwise group it by the reader's language (2,000).
 */
@Configuration(proxyBeanMethods = false)
class PortalMessages {

	/** Vietnamese numbers: dots between thousands, a comma before decimals, as DisplayFormats writes them. */
	static final Locale NUMBERS = Locale.forLanguageTag("vi");

	@Bean
	MessageSource messageSource() {
		return source();
	}

	static ResourceBundleMessageSource source() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource() {

			@Override
			protected MessageFormat createMessageFormat(String message, Locale locale) {
				return new MessageFormat(message, NUMBERS);
			}

		};
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
