package vn.hanoi.cooperation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page a post's redirect leads to, as the browser opens it: read with the flash the redirect carries, and
 * scrolled to the section its anchor names ({@code /activities/5#progress}).
 */
public final class Landing {

	private final String page;

	private final String anchor;

	private Landing(String page, String anchor) {
		this.page = page;
		this.anchor = anchor;
	}

	/** Follows the redirect of {@code posted} as {@code viewer}. */
	public static Landing after(MockMvcTester mvc, MvcTestResult posted, RequestPostProcessor viewer) {
		String next = posted.getMvcResult().getResponse().getRedirectedUrl();
		assertThat(next).as("the post redirects").isNotNull();
		MvcTestResult shown = mvc.get().uri(next).flashAttrs(posted.getMvcResult().getFlashMap()).with(viewer).exchange();
		assertThat(shown).hasStatusOk();
		int hash = next.indexOf('#');
		return new Landing(SlicePage.shown(shown), hash < 0 ? null : next.substring(hash + 1));
	}

	/** The whole page, as the browser shows its text. */
	public String page() {
		return this.page;
	}

	/** The section the page opens at, up to its end (a section holds no section of its own). */
	public String section() {
		assertThat(this.anchor).as("the redirect names a section").isNotNull();
		Matcher start = Pattern.compile("<(section|article)\\b[^>]*\\bid=\"" + Pattern.quote(this.anchor) + "\"")
			.matcher(this.page);
		assertThat(start.find()).as("the page has #" + this.anchor).isTrue();
		int end = this.page.indexOf("</" + start.group(1) + ">", start.end());
		return this.page.substring(start.start(), end);
	}

}
