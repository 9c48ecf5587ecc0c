package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save's message goes to the section its redirect opens the page at only when that section draws it: otherwise it
 * would be shown nowhere (a refused return sent to #review before the review box drew it). Each section
 * {@link FlashSection} names is drawn by some template; any other anchor keeps the message at the top.
 */
class FlashSectionsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everySectionThatTakesTheMessagesDrawsThem() throws IOException {
		String templates = templates();
		for (String section : FlashSection.SECTIONS) {
			assertThat(templates).as(section).contains("fragments/flash :: alerts ('" + section + "')");
		}
		for (String prefix : FlashSection.NUMBERED_SECTIONS) {
			assertThat(templates).as(prefix).contains("fragments/flash :: alerts (|" + prefix + "${");
		}
	}

	@Test
	void aSectionThatDoesNotDrawThemLeavesThemAtTheTop() {
		assertThat(sectionNamedBy("/activities/5#progress")).isEqualTo("progress");
		assertThat(sectionNamedBy("/results/years/2025#group-3")).isEqualTo("group-3");
		// The province's answer box draws its own answer message, not the flash messages.
		assertThat(sectionNamedBy("/results/7#confirmation")).isNull();
		assertThat(sectionNamedBy("/results/years/2025#group-")).isNull();
		assertThat(sectionNamedBy("/activities/5")).isNull();
	}

	private static String sectionNamedBy(String location) {
		FlashMap flash = new FlashMap();
		flash.put("message", "progressAdded");
		FlashSection.name(flash, location);
		return (String) flash.get(FlashSection.ATTRIBUTE);
	}

	private static String templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> html = files.filter(file -> file.toString().endsWith(".html")).toList();
			StringBuilder all = new StringBuilder();
			for (Path file : html) {
				all.append(Files.readString(file)).append('\n');
			}
			return all.toString();
		}
	}

}
