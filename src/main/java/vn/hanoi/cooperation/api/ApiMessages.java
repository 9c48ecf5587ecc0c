package vn.hanoi.cooperation.api;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;

/**
 * The API's error sentences from messages*.properties, in the language the client asks for with
 * {@code Accept-Language} (Vietnamese or English), English when it asks for neither: the API's documentation is in
 * English, and a client written before the sentences were translated keeps reading what it read. The error codes
 * never change with the language. Not a bean: the API's advice, which web slices load, makes its own from the
 * message source.
 */
class ApiMessages {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ApiMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The error answer for {@code error} with the sentence {@code code} in the client's language. */
	ApiErrors.ApiError error(HttpServletRequest request, String error, String code, Object... arguments) {
		return new ApiErrors.ApiError(error, this.messages.getMessage(code, arguments, languageOf(request)));
	}

	/** Vietnamese when the client's first Vietnamese or English range is Vietnamese; English otherwise. */
	static Locale languageOf(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
			return Locale.ENGLISH;
		}
		for (Locale asked : Collections.list(request.getLocales())) {
			if (asked.getLanguage().equals(VIETNAMESE.getLanguage())) {
				return VIETNAMESE;
			}
			if (asked.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
				return Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}

}
