package vn.hanoi.cooperation;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** A page of a {@link WebSliceTest} as the browser shows it: Thymeleaf writes some letters as entities (&ocirc;). */
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

}
