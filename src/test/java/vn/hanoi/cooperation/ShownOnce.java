package vn.hanoi.cooperation;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads a secret shown once (a new API token, a set-password link) where a person sees it: on the next page. */
public final class ShownOnce {

	private ShownOnce() {
	}

	/** Follows the creation's redirect with its flash attributes, as a browser does, and reads the read-only input. */
	public static String secret(MockMvcTester mvc, MvcTestResult created, RequestPostProcessor viewer, String inputId)
			throws Exception {
		String next = created.getMvcResult().getResponse().getRedirectedUrl();
		assertThat(next).as("the creation redirects to the page that shows the secret").isNotNull();
		String page = mvc.get().uri(next).flashAttrs(created.getMvcResult().getFlashMap()).with(viewer).exchange()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher input = Pattern.compile("<input[^>]*id=\"" + inputId + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
		assertThat(input.find()).as("the page shows #" + inputId).isTrue();
		return HtmlUtils.htmlUnescape(input.group(1));
	}

}
