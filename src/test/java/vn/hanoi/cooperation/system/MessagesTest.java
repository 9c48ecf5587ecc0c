package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in Vietnamese and in English, none is left empty, and every argument reaches the page. */
class MessagesTest {

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

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
