package vn.hanoi.cooperation.audit;

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
		return this.messages.getMessage(event.getDetailKey(), event.getDetailArgs(), event.getDetail(), locale);
	}

}
