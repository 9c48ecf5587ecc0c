package vn.hanoi.cooperation.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mails in the recipient's language, each with absolute links built on the configured portal address
 * ({@code portal.base-url}), since a mail is read outside the portal.
 */
@Component
class MailComposer {

	record Mail(String subject, String body) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final String baseUrl;

	MailComposer(MessageSource messages, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	Mail immediate(Notice notice, Recipient recipient) {
		Locale locale = locale(recipient.language());
		String line = line(notice, recipient.language());
		StringBuilder body = new StringBuilder()
			.append(text("notification.mail.greeting", locale, recipient.displayName()))
			.append("\n\n")
			.append(line)
			.append('\n');
		if (notice.detail() != null) {
			body.append(text("notification.mail.detail", locale, notice.detail())).append('\n');
		}
		body.append('\n').append(text("notification.mail.open", locale, link(notice.link()))).append("\n\n");
		footer(body, locale);
		return new Mail(text("notification.mail.subject", locale, line), body.toString());
	}

	Mail digest(List<Notice> notices, Recipient recipient, LocalDate day) {
		Locale locale = locale(recipient.language());
		StringBuilder body = new StringBuilder()
			.append(text("notification.mail.greeting", locale, recipient.displayName()))
			.append("\n\n")
			.append(text("notification.mail.digestIntro", locale, notices.size()))
			.append("\n\n");
		for (Notice notice : notices) {
			body.append("- ").append(line(notice, recipient.language())).append('\n');
			if (notice.detail() != null) {
				body.append("  ").append(text("notification.mail.detail", locale, notice.detail())).append('\n');
			}
			body.append("  ").append(link(notice.link())).append('\n');
		}
		body.append('\n');
		footer(body, locale);
		return new Mail(text("notification.mail.digestSubject", locale, DAY.format(day), notices.size()),
				body.toString());
	}

	String line(Notice notice, String language) {
		return text(notice.kind().messageKey(), locale(language), notice.label(language));
	}

	private void footer(StringBuilder body, Locale locale) {
		body.append(text("notification.mail.footer", locale, link("/account/notifications"))).append('\n');
	}

	private String link(String path) {
		return this.baseUrl + path;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static Locale locale(String language) {
		return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
	}

}
