package vn.hanoi.cooperation;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/**
 * A page as the browser shows it (in a {@link WebSliceTest} or a portal test): Thymeleaf writes some letters as
 * entities (&ocirc;).
 */
public final class SlicePage {

	private SlicePage() {
	}

	public static String shown(MvcTestResult result) {
		try {
			return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The version the page's form sends back (its hidden "version" field), as a browser would send it. */
	public static String formVersion(MvcTestResult result) {
		java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
			.matcher(shown(result));
		if (!version.find()) {
			throw new AssertionError("the page has no form with a version");
		}
		return version.group(1);
	}

}
