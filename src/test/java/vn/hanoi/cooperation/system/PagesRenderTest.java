package vn.hanoi.cooperation.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.util.HtmlUtils;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page renders in both languages with no missing message ({@code ??key??}), under the heading the user
 * expects, with the menu entries of their role and only those.
 */
@PortalTest
class PagesRenderTest {

	static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	/** What a page's heading must say, in the page's language. */
	@FunctionalInterface
	interface Heading {

		String in(Locale locale, MessageSource messages, JdbcTemplate jdbc);

		static Heading key(String key, Object... arguments) {
			return (locale, messages, jdbc) -> messages.getMessage(key, arguments, locale);
		}

		static Heading text(String vietnamese, String english) {
			return (locale, messages, jdbc) -> locale.getLanguage().equals("en") ? english : vietnamese;
		}

		/** A name from the reference data: the query's first column in Vietnamese, its second in English. */
		static Heading named(String sql) {
			return (locale, messages, jdbc) -> jdbc.queryForObject(sql,
					(row, i) -> row.getString(locale.getLanguage().equals("en") ? 2 : 1));
		}

	}

	/** Pages whose browser tab says something shorter than their heading. */
	private static final java.util.Map<String, Heading> TAB_TITLES = java.util.Map.of("/", Heading.key("nav.home"),
			"/plans/2022", Heading.text("2022", "2022"), "/plans/2021", Heading.text("2021", "2021"), "/provinces/1",
			Heading.named("select name_vi, name_en from provinces where id = 1"), "/my-work",
			Heading.key("nav.myWork"), "/my-province",
			Heading.named("select name_vi, name_en from provinces where code = '11' and valid_from = date '2025-07-01'"));

	static List<Arguments> pages() {
		Heading plan2022 = Heading.named("select title_vi, title_en from plans where year = 2022");
		Heading provinces = Heading.key("provinces.title");
		List<Arguments> pages = new ArrayList<>();
		for (String lang : List.of("vi", "en")) {
			pages.add(Arguments.of(Role.LEADER, "/", lang, Heading.named("""
					select title_vi, title_en from plans where year <= extract(year from current_date)
					order by year desc limit 1""")));
			pages.add(Arguments.of(Role.LEADER, "/plans", lang, Heading.key("plans.title")));
			pages.add(Arguments.of(Role.LEADER, "/plans/2022", lang, plan2022));
			pages.add(Arguments.of(Role.LEADER, "/plans/2021", lang,
					Heading.named("select title_vi, title_en from plans where year = 2021")));
			pages.add(Arguments.of(Role.LEADER, "/groups", lang, Heading.key("groups.title")));
			pages.add(Arguments.of(Role.LEADER, "/provinces", lang, provinces));
			pages.add(Arguments.of(Role.LEADER, "/provinces?period=UNITS_2025", lang, provinces));
			pages.add(Arguments.of(Role.LEADER, "/provinces?region=MEKONG_DELTA&period=UNITS_2008", lang, provinces));
			pages.add(Arguments.of(Role.LEADER, "/provinces/1", lang, Heading.text("Thành phố Hà Nội", "Hanoi")));
			pages.add(Arguments.of(Role.LEADER, "/departments", lang, Heading.key("departments.title")));
			pages.add(Arguments.of(Role.ADMIN, "/admin", lang, Heading.key("admin.title")));
			pages.add(Arguments.of(Role.ADMIN, "/admin/groups/1/edit", lang, Heading.key("groups.editTitle", 1)));
			pages.add(Arguments.of(Role.ADMIN, "/admin/provinces/1/edit", lang,
					Heading.key("provinces.editTitle", "Hà Nội")));
			pages.add(Arguments.of(Role.ADMIN, "/admin/departments/1/edit", lang, (Heading) (locale, messages,
					jdbc) -> messages.getMessage("departments.editTitle",
							new Object[] { jdbc.queryForObject("select name_vi from departments where id = 1", String.class) },
							locale)));
			pages.add(Arguments.of(Role.ADMIN, "/admin/accounts", lang, Heading.key("accounts.title")));
			pages.add(Arguments.of(Role.ADMIN, "/admin/accounts?q=test&role=STAFF&enabled=true", lang,
					Heading.key("accounts.title")));
			pages.add(Arguments.of(Role.ADMIN, "/admin/accounts/new", lang, Heading.key("accounts.new")));
			pages.add(Arguments.of(Role.ADMIN, "/admin/audit", lang, Heading.key("audit.title")));
			pages.add(Arguments.of(Role.ADMIN, "/admin/audit?type=LOGIN_FAILURE&from=2025-01-01&to=2030-12-31", lang,
					Heading.key("audit.title")));
			pages.add(Arguments.of(Role.LEADER, "/account/password", lang, Heading.key("password.title")));
			pages.add(Arguments.of(Role.STAFF, "/my-work", lang,
					Heading.named("select name_vi, name_en from departments where code = 'SCT_2025'")));
			pages.add(Arguments.of(Role.LEADER, "/dashboard?year=2022", lang, Heading.key("dashboard.title", 2022)));
			pages.add(Arguments.of(Role.LEADER, "/dashboard?year=2021&map=UNITS_2008", lang,
					Heading.key("dashboard.title", 2021)));
			pages.add(Arguments.of(Role.STAFF, "/dashboard?year=2022", lang, Heading.key("dashboard.title", 2022)));
			pages.add(Arguments.of(Role.PROVINCE, "/dashboard?year=2022", lang, Heading.key("dashboard.title", 2022)));
			pages.add(Arguments.of(Role.LEADER, "/activities", lang, Heading.key("activities.title")));
			pages.add(Arguments.of(Role.LEADER, "/activities?year=2022&deadline=OVERDUE&q=xuc+tien&sort=title", lang,
					Heading.key("activities.title")));
			pages.add(Arguments.of(Role.STAFF, "/activities/new", lang, Heading.key("activities.new")));
			pages.add(Arguments.of(Role.COORDINATOR, "/activities/new?year=2022", lang, Heading.key("activities.new")));
			pages.add(Arguments.of(Role.PROVINCE, "/my-province", lang, Heading.text("Tỉnh Điện Biên", "Dien Bien")));
			// i16-inbox: every role's inbox, the approval queue and the completeness view.
			pages.add(Arguments.of(Role.COORDINATOR, "/my-work", lang, Heading.key("inbox.heading.COORDINATOR")));
			pages.add(Arguments.of(Role.LEADER, "/my-work", lang, Heading.key("inbox.heading.LEADER")));
			pages.add(Arguments.of(Role.PROVINCE, "/my-work", lang, Heading.key("inbox.heading.PROVINCE")));
			pages.add(Arguments.of(Role.COORDINATOR, "/results/queue", lang, Heading.key("queue.title")));
			pages.add(Arguments.of(Role.COORDINATOR, "/results/queue?year=2021&group=1&department=1&indicator=1", lang,
					Heading.key("queue.title")));
			pages.add(Arguments.of(Role.LEADER, "/results/years/2022/completeness", lang,
					Heading.key("completeness.title", "2022")));
		}
		return pages;
	}

	@ParameterizedTest(name = "{0} {1} in {2}")
	@MethodSource("pages")
	void showsItsHeadingAndTheMenuOfTheRole(Role role, String url, String lang, Heading heading) {
		String html = page(role, url, lang);
		Locale locale = Locale.forLanguageTag(lang);
		String expected = heading.in(locale, this.messages, this.jdbc);
		assertThat(html).doesNotContain("??").contains("<html lang=\"" + lang + "\"");
		assertThat(textOf(H1, html)).as("the page's heading").isEqualTo(expected);
		assertThat(textOf(TITLE, html)).as("the browser tab names the page")
			.isEqualTo(TAB_TITLES.getOrDefault(url, heading).in(locale, this.messages, this.jdbc) + " · "
					+ message("app.shortName", locale));
		assertThat(html).contains(message("nav.logout", locale));
		assertMenuOf(role, html, locale);
	}

	/** The 2021 programme's reported results, as the dashboard shows them in each language's number format. */
	@Test
	void theDashboardShowsThe2021ResultsOfTheProgramme() {
		// Figures are written 1.234.567 in both languages (ARCHITECTURE.md, section 6).
		for (String lang : List.of("vi", "en")) {
			assertThat(page(Role.LEADER, "/dashboard?year=2021", lang)).contains(">2.818<", ">1.979<", ">803<", ">144<")
				.contains(this.messages.getMessage("results.overFigure", new Object[] { "300.000" },
						Locale.forLanguageTag(lang)));
		}
	}

	@ParameterizedTest
	@MethodSource("languages")
	void theLoginPageRendersInBothLanguages(String lang, String title) {
		assertThat(this.mvc.get().uri("/login").param("lang", lang)).hasStatusOk().bodyText().contains(title)
			.doesNotContain("??");
	}

	static List<Arguments> languages() {
		return List.of(Arguments.of("vi", "Đăng nhập"), Arguments.of("en", "Log in"));
	}

	/** Everyone but administrators has an inbox; province officers their province; administrators the administration. */
	private void assertMenuOf(Role role, String html, Locale locale) {
		String menu = html.substring(html.indexOf("id=\"portal-menu\""));
		assertThat(menu.contains("href=\"/my-work\"")).as("'%s' in the menu", message("nav.myWork", locale))
			.isEqualTo(role != Role.ADMIN);
		assertThat(menu.contains("href=\"/my-province\"")).as("'%s' in the menu", message("nav.myProvince", locale))
			.isEqualTo(role == Role.PROVINCE);
		assertThat(menu.contains(">" + message("nav.admin", locale) + "<"))
			.as("'%s' in the menu", message("nav.admin", locale))
			.isEqualTo(role == Role.ADMIN);
		for (String everyone : List.of("nav.dashboard", "nav.activities", "nav.agreements", "nav.results")) {
			assertThat(menu).contains(">" + message(everyone, locale) + "<");
		}
	}

	private String page(Role role, String url, String lang) {
		return page(this.mvc, this.accounts, role, url, lang);
	}

	/** The page's HTML as the test account of {@code role} sees it, after checking that it answered 200. */
	static String page(MockMvcTester mvc, TestAccounts accounts, Role role, String url, String lang) {
		MvcTestResult result = mvc.get().uri(url).param("lang", lang).with(accounts.as(role)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String message(String key, Locale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, locale), "UTF-8");
	}

	/** The text inside the first match, without tags and with entities decoded. */
	static String textOf(Pattern element, String html) {
		Matcher matcher = element.matcher(html);
		assertThat(matcher.find()).as("%s in the page", element.pattern()).isTrue();
		return HtmlUtils.htmlUnescape(matcher.group(1).replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ").strip();
	}

}
