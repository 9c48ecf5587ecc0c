package vn.hanoi.cooperation.result;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A rendered page as a user reads it: answered 200, entities unescaped. */
final class TestPages {

	private TestPages() {
	}

	static String text(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
