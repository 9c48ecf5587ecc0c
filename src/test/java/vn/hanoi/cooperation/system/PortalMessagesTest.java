package vn.hanoi.cooperation.system;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running portal writes numbers inside its messages as its pages do (2.000 in English too): its message source
 * is the portal's own, not the one Boot would configure from spring.messages.* (which the web slices use).
 */
@PortalTest
class PortalMessagesTest {

	@Autowired
	MessageSource messages;

	@Test
	void aNumberInAnEnglishMessageIsWrittenAsOnThePages() {
		assertThat(this.messages.getMessage("import.step2", new Object[] { 2000 }, Locale.ENGLISH)).contains("2.000")
			.doesNotContain("2,000");
	}

}
