package vn.hanoi.cooperation.result;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.account.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

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

	/** The value of a hidden field of the page. */
	static String hidden(String html, String name) {
		Matcher field = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
		assertThat(field.find()).as(name).isTrue();
		return field.group(1);
	}

	/** Opens the year's lock confirmation and posts it confirmed, as the coordinator does in the browser. */
	static MvcTestResult confirmLock(MockMvcTester mvc, PortalUser coordinator, int year) {
		String page = text(mvc.get().uri("/results/years/{y}/lock", year).with(as(coordinator)).exchange());
		return mvc.post()
			.uri("/results/years/{y}/lock", year)
			.with(as(coordinator))
			.with(csrf())
			.param("confirm", "yes")
			.param("seen", hidden(page, "seen"))
			.exchange();
	}

}
