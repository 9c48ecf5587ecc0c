package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in Vietnamese and in English, none is left empty, and every argument reaches the page. */
class MessagesTest {

	/**
	 * The plural nouns the English messages count: "1 " before one of them ("1 results", "1 new notifications")
	 * reads wrongly, and so does "1 result(s)".
	 */
	private static final Pattern ONE_BEFORE_PLURAL = Pattern.compile("\\b1 (?:[a-z-]+ ){0,2}(?:(?:results|days|hours"
			+ "|minutes|activities|items|rows|files|provinces|provincial units|accounts|events|groups|documents|figures"
			+ "|entries|indicators|notifications|characters|tonnes|people|person-times)\\b|[a-z]+\\(s\\))");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Properties vietnamese = load("/messages.properties");
		Properties english = load("/messages_en.properties");
		assertThat(vietnamese).isNotEmpty();
		assertThat(english.stringPropertyNames()).as("keys missing in English or only in English")
			.containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String file : Set.of("/messages.properties", "/messages_en.properties")) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				assertThat(messages.getProperty(key)).as("%s in %s", key, file).isNotBlank();
			}
		}
	}

	/**
	 * A message with arguments goes through MessageFormat, where a lone apostrophe ("the year's") quotes what
	 * follows: "{0}" would reach the page as it is written. Such apostrophes are written twice ("year''s").
	 */
	@Test
	void noArgumentIsSwallowedByAnApostrophe() throws IOException {
		Object[] arguments = { 1, 2, 3, 4, 5, 6 };
		for (String file : Set.of("/messages.properties", "/messages_en.properties")) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				if (message.matches("(?s).*\\{\\d.*")) {
					assertThat(new MessageFormat(message, Locale.ROOT).format(arguments)).as("%s in %s", key, file)
						.doesNotContain("{");
				}
			}
		}
	}

	/** Each English message with a count reads right for a count of 1: "1 result", not "1 results". */
	@Test
	void englishCountsOfOneAreSingular() throws IOException {
		MessageSource source = PortalMessages.source();
		Properties english = load("/messages_en.properties");
		List<String> wrong = new ArrayList<>();
		for (String key : english.stringPropertyNames()) {
			String message = english.getProperty(key);
			if (message.matches("(?s).*\\{\\d.*")) {
				String text = source.getMessage(key, arguments(message, 1), Locale.ENGLISH);
				if (ONE_BEFORE_PLURAL.matcher(text).find()) {
					wrong.add(key + ": " + text);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/** The portal writes numbers 2.000 in both languages, in messages as on the rest of the page. */
	@Test
	void numbersInMessagesAreWrittenAsOnThePages() throws IOException {
		MessageSource source = PortalMessages.source();
		for (Locale locale : Set.of(Locale.ENGLISH, WebConfiguration.VIETNAMESE)) {
			assertThat(source.getMessage("import.step2", new Object[] { 2000 }, locale)).as("%s", locale)
				.contains("2.000");
			assertThat(source.getMessage("queue.count", new Object[] { 2000, 20 }, locale)).as("%s", locale)
				.contains("2.000");
		}
		for (String file : Set.of("/messages.properties", "/messages_en.properties")) {
			Locale locale = file.contains("_en") ? Locale.ENGLISH : WebConfiguration.VIETNAMESE;
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				assertThat(message).as("%s in %s", key, file).doesNotContainPattern("\\d,\\d{3}");
				if (message.matches("(?s).*\\{\\d.*")) {
					assertThat(source.getMessage(key, arguments(message, 2000), locale)).as("%s in %s", key, file)
						.doesNotContain("2,000")
						.doesNotContainPattern("(?<![\\d.])2000(?!\\d)");
				}
			}
		}
	}

	/**
	 * The count for every argument of the message, but a year (written {0,number,#}, never a count) is 2025.
	 */
	private static Object[] arguments(String message, int count) {
		Matcher argument = Pattern.compile("\\{(\\d)(,number,'?#'?})?").matcher(message);
		Object[] arguments = new Object[10];
		int used = 0;
		while (argument.find()) {
			int index = Integer.parseInt(argument.group(1));
			used = Math.max(used, index + 1);
			if (argument.group(2) != null) {
				arguments[index] = 2025;
			}
		}
		for (int i = 0; i < used; i++) {
			if (arguments[i] == null) {
				arguments[i] = count;
			}
		}
		return Arrays.copyOf(arguments, used);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
