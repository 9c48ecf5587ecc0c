package vn.hanoi.cooperation.system;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page renders in both languages with no missing message ({@code ??key??}). */
@PortalTest
class PagesRenderTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	static List<Arguments> pages() {
		List<String> urls = List.of("/", "/plans", "/plans/2022", "/plans/2021", "/groups", "/provinces",
				"/provinces?period=UNITS_2025", "/provinces?region=MEKONG_DELTA&period=UNITS_2008", "/provinces/1",
				"/departments");
		List<Arguments> pages = new java.util.ArrayList<>();
		for (String lang : List.of("vi", "en")) {
			for (String url : urls) {
				pages.add(Arguments.of(Role.LEADER, url, lang));
			}
			pages.add(Arguments.of(Role.ADMIN, "/admin", lang));
			pages.add(Arguments.of(Role.ADMIN, "/admin/groups/1/edit", lang));
			pages.add(Arguments.of(Role.ADMIN, "/admin/provinces/1/edit", lang));
			pages.add(Arguments.of(Role.ADMIN, "/admin/departments/1/edit", lang));
			pages.add(Arguments.of(Role.ADMIN, "/admin/accounts", lang));
			pages.add(Arguments.of(Role.ADMIN, "/admin/accounts?q=test&role=STAFF&enabled=true", lang));
			pages.add(Arguments.of(Role.ADMIN, "/admin/accounts/new", lang));
			pages.add(Arguments.of(Role.ADMIN, "/admin/audit", lang));
			pages.add(Arguments.of(Role.ADMIN, "/admin/audit?type=LOGIN_FAILURE&from=2025-01-01&to=2030-12-31", lang));
			pages.add(Arguments.of(Role.LEADER, "/account/password", lang));
			pages.add(Arguments.of(Role.STAFF, "/my-work", lang));
			pages.add(Arguments.of(Role.COORDINATOR, "/my-work", lang));
			pages.add(Arguments.of(Role.LEADER, "/my-work", lang));
			pages.add(Arguments.of(Role.PROVINCE, "/my-work", lang));
			pages.add(Arguments.of(Role.COORDINATOR, "/results/queue", lang));
			pages.add(Arguments.of(Role.COORDINATOR, "/results/queue?year=2021&group=1&department=1&indicator=1", lang));
			pages.add(Arguments.of(Role.LEADER, "/results/years/2022/completeness", lang));
			pages.add(Arguments.of(Role.LEADER, "/dashboard", lang));
			pages.add(Arguments.of(Role.LEADER, "/dashboard?year=2021&map=UNITS_2008", lang));
			pages.add(Arguments.of(Role.STAFF, "/dashboard", lang));
			pages.add(Arguments.of(Role.PROVINCE, "/dashboard", lang));
			pages.add(Arguments.of(Role.LEADER, "/activities", lang));
			pages.add(Arguments.of(Role.LEADER, "/activities?year=2022&deadline=OVERDUE&q=xuc+tien&sort=title", lang));
			pages.add(Arguments.of(Role.STAFF, "/activities/new", lang));
			pages.add(Arguments.of(Role.COORDINATOR, "/activities/new?year=2022", lang));
			pages.add(Arguments.of(Role.PROVINCE, "/my-province", lang));
		}
		return pages;
	}

	@ParameterizedTest(name = "{0} {1} in {2}")
	@MethodSource("pages")
	void rendersWithoutMissingMessages(Role role, String url, String lang) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).param("lang", lang).with(this.accounts.as(role)).exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("??").contains("<html lang=\"" + lang + "\"");
		if (lang.equals("en")) {
			assertThat(html).contains("Log out");
		}
		else {
			assertThat(html).contains("Đăng xuất");
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

}
