package vn.hanoi.cooperation.audit;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A security event's detail in the reader's language; an event from before keys were kept shows its own text. */
@Component("securityEventDetails")
public class SecurityEventDetails {

	private final MessageSource messages;

	SecurityEventDetails(MessageSource messages) {
		this.messages = messages;
	}

	public String text(SecurityEvent event, Locale locale) {
		if (event.getDetailKey() == null) {
			return event.getDetail();
		}
		return this.messages.getMessage(event.getDetailKey(), arguments(event, locale), event.getDetail(), locale);
	}

	/**
	 * The arguments are kept as text; one that the message writes as a number (a count, "1 row" and "2.000 rows")
	 * becomes a number again, and the others (a name, a path, a sign-in value) stay as they were written.
	 */
	private Object[] arguments(SecurityEvent event, Locale locale) {
		Object[] kept = event.getDetailArgs();
		Object[] arguments = Arrays.copyOf(kept, kept.length, Object[].class);
		String pattern = arguments.length == 0 ? null
				: this.messages.getMessage(event.getDetailKey(), null, null, locale);
		if (pattern == null) {
			return arguments;
		}
		Format[] formats = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
		for (int i = 0; i < Math.min(formats.length, arguments.length); i++) {
			if (formats[i] instanceof NumberFormat && arguments[i] instanceof String text && text.matches("-?\\d{1,18}")) {
				arguments[i] = Long.valueOf(text);
			}
		}
		return arguments;
	}

}
