package vn.hanoi.cooperation.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.cache.TemplateCacheKey;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.springframework.web.util.HtmlUtils;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.activity.TestActivities;
import vn.hanoi.cooperation.agreement.TestAgreements;
import vn.hanoi.cooperation.result.ResultStatus;
import vn.hanoi.cooperation.result.TestResults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages come from cached templates and parsed expressions (more than Thymeleaf's default of 500 are kept): what is
 * cached is the page's shape, never a viewer's content. Every page, visited again in the opposite order so that
 * another role's page came just before it, shows the same heading and its own viewer's name.
 */
@PortalTest
class TemplateCacheTest {

	/** Links that are not pages, or that leave the viewer's session. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"logout|login|export|download|document|evidence|/api/|/webjars/|/css/|/js/|/images/|lang=|\\.(docx|xlsx|csv|json)");

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	private static final int PAGES_PER_ROLE = 150;

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SpringTemplateEngine templateEngine;

	@Autowired
	JdbcTemplate jdbc;

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

	/**
	 * A warm server reads and parses no template again. Every role follows the links of its pages (up to
	 * {@value #PAGES_PER_ROLE} pages each), then opens the same pages a second time: the second round finds every
	 * template in the cache. With Thymeleaf's default of 200 entries, dropped oldest first, the first round filled
	 * the cache (each page keeps its own copy of the layout and of the fragments it inserts) and the second round
	 * parsed templates again.
	 */
	@Test
	void aSecondRoundOfEveryPageReachedByFollowingLinksParsesNoTemplateAgain() {
		// One record of each kind with Điện Biên, so that their pages are reached too.
		TestAgreements agreements = new TestAgreements(this.jdbc);
		agreements.create("Thỏa thuận để mở các trang", true, "11");
		TestActivities activities = new TestActivities(this.jdbc);
		activities.create("Hoạt động để mở các trang", "SCT", null, true, "11");
		Long result = new TestResults(this.jdbc).create("TM.TUAN_HANG", 2024, "SCT", "11@2008-08-01", "10", "12",
				ResultStatus.APPROVED);
		Map<Role, List<String>> visited = new LinkedHashMap<>();
		Set<TemplateCacheKey> afterFirstRound;
		Set<TemplateCacheKey> afterSecondRound;
		try {
			for (Role role : Role.values()) {
				visited.put(role, followLinks(role));
			}
			afterFirstRound = Set.copyOf(templates().keySet());
			visited.forEach((role, pages) -> pages.forEach(page -> open(role, page)));
			afterSecondRound = Set.copyOf(templates().keySet());
		}
		finally {
			activities.removeAll();
			this.jdbc.update("delete from yearly_result_changes where result_id = ?", result);
			this.jdbc.update("delete from yearly_results where id = ?", result);
			agreements.removeAll();
		}

		assertThat(visited.values().stream().mapToInt(List::size).sum()).as("pages opened").isGreaterThan(100);
		assertThat(afterFirstRound).as("templates cached").hasSizeGreaterThan(200);
		assertThat(afterSecondRound).as("templates cached after the second round")
			.containsExactlyInAnyOrderElementsOf(afterFirstRound);
		assertThat(afterFirstRound.size()).as("room left in the template cache")
			.isLessThan(((StandardCacheManager) this.templateEngine.getCacheManager()).getTemplateCacheMaxSize());
	}

	/**
	 * The pages the role reaches from the home page by following links, breadth first, one of each kind (the same
	 * path with other numbers, and any query, counts as the same kind).
	 */
	private List<String> followLinks(Role role) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> waiting = new ArrayDeque<>(List.of("/"));
		List<String> pages = new ArrayList<>();
		while (!waiting.isEmpty() && pages.size() < PAGES_PER_ROLE) {
			String path = waiting.removeFirst();
			if (!seen.add(kind(path))) {
				continue;
			}
			String html = open(role, path);
			if (html == null) {
				continue;
			}
			pages.add(path);
			Matcher link = LINK.matcher(html);
			while (link.find()) {
				String href = HtmlUtils.htmlUnescape(link.group(1));
				if (!NOT_A_PAGE.matcher(href).find() && !seen.contains(kind(href))) {
					waiting.addLast(href);
				}
			}
		}
		return pages;
	}

	private static String kind(String path) {
		int query = path.indexOf('?');
		return NUMBER.matcher(query < 0 ? path : path.substring(0, query)).replaceAll("#");
	}

	/** The page's HTML, or null when it is not a page this role may open. */
	private String open(Role role, String path) {
		MvcTestResult result = this.mvc.get().uri(URI.create(path)).with(this.accounts.as(role)).exchange();
		if (result.getResponse().getStatus() != 200 || result.getResponse().getContentType() == null
				|| !result.getResponse().getContentType().startsWith("text/html")) {
			return null;
		}
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ICache<TemplateCacheKey, TemplateModel> templates() {
		return this.templateEngine.getCacheManager().getTemplateCache();
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
