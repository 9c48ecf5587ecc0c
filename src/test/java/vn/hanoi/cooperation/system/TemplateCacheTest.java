package vn.hanoi.cooperation.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.web.util.HtmlUtils;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages come from cached templates and parsed expressions (more than Thymeleaf's default of 500 are kept): what is
 * cached is the page's shape, never a viewer's content. Every page, visited again in the opposite order so that
 * another role's page came just before it, shows the same heading and its own viewer's name.
 */
@PortalTest
class TemplateCacheTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void aSecondVisitFromTheCacheShowsTheSamePageToItsOwnViewer() {
		List<Arguments> pages = PagesRenderTest.pages();
		Map<String, String> firstVisit = new LinkedHashMap<>();
		for (Arguments page : pages) {
			firstVisit.put(describe(page), heading(page));
		}
		List<Arguments> reversed = new ArrayList<>(pages);
		Collections.reverse(reversed);
		Map<String, String> secondVisit = new LinkedHashMap<>();
		for (Arguments page : reversed) {
			secondVisit.put(describe(page), heading(page));
		}
		assertThat(secondVisit).containsExactlyInAnyOrderEntriesOf(firstVisit);
	}

	/** The page's heading, after checking that the header names the viewer it was rendered for. */
	private String heading(Arguments page) {
		Object[] arguments = page.get();
		Role role = (Role) arguments[0];
		String html = PagesRenderTest.page(this.mvc, this.accounts, role, (String) arguments[1],
				(String) arguments[2]);
		assertThat(html).as("%s shows its viewer", describe(page))
			.contains(HtmlUtils.htmlEscape(this.accounts.principal(role).getDisplayName(), "UTF-8"));
		return PagesRenderTest.textOf(PagesRenderTest.H1, html);
	}

	private static String describe(Arguments page) {
		Object[] arguments = page.get();
		return arguments[0] + " " + arguments[1] + " " + arguments[2];
	}

}
