package vn.hanoi.cooperation.browser;

import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A city leader finds an activity by typing a province without diacritics, and reads it. */
@PortalTest
class LeaderJourneyTest extends BrowserTestSupport {

	static final String WANTED = "BROWSER Hội chợ sản phẩm OCOP vùng Tây Bắc";

	static final String OTHER = "BROWSER Xúc tiến du lịch đường sắt";

	@BeforeEach
	void activities() {
		BrowserFixtures.activity(this.jdbc, WANTED, "SCT_2025", true, "11");
		BrowserFixtures.activity(this.jdbc, OTHER, "SCT_2025", true, "12");
	}

	@AfterEach
	void removeThem() {
		BrowserFixtures.removeActivitiesTitled(this.jdbc, WANTED, OTHER);
	}

	@Test
	void leaderFiltersTheActivityListAndOpensAnActivity() {
		try (Journey journey = loggedIn(Role.LEADER, "leader")) {
			Page page = journey.page();
			assertThat(journey.path()).isEqualTo("/dashboard");
			journey.shoot("home");

			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(journey.text("layout.mainNavigation")))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(journey.text("nav.activities")))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText(journey.text("activities.title"));
			journey.shoot("activity-list");

			// The activity names no province in its title: "dien bien" finds it through its partner, Điện Biên.
			page.locator("#year").selectOption("2022");
			page.locator("#q").fill("dien bien");
			page.locator("#q").press("Enter");
			Locator results = page.locator("#activity-results");
			assertThat(results).containsText(WANTED);
			assertThat(results).not().containsText(OTHER);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*q=dien(\\+|%20)bien.*"));
			journey.shoot("filtered-dien-bien");

			results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(WANTED)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(WANTED);
			assertThat(page.locator(".fact-list")).containsText("Điện Biên");
			// Leaders read everything and write nothing.
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("common.edit"))))
				.hasCount(0);
			journey.shoot("activity-detail");

			leaderOpensTheDashboard(journey);

			journey.switchLanguage(Locale.ENGLISH);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(WANTED);
			journey.shoot("in-english");
			journey.logout();
			journey.shoot("logged-out");
		}
	}

	/** The leader opens the dashboard from the menu, picks 2022 and finds both overdue activities there. */
	void leaderOpensTheDashboard(Journey journey) {
		Page page = journey.page();
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(journey.text("layout.mainNavigation")))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(journey.text("nav.dashboard")))
			.click();
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(journey.text("dashboard.chooseYear")))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("2022").setExact(true))
			.click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(journey.text("dashboard.title", 2022));
		// Both fixtures are in progress past their deadline of 31/12/2022: the longest overdue list names them.
		Locator overdue = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(journey.text("dashboard.mostOverdue")))
			.locator("xpath=following-sibling::ol");
		assertThat(overdue).containsText(WANTED);
		assertThat(overdue).containsText(OTHER);
		journey.shoot("dashboard");
		overdue.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(WANTED)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(WANTED);
	}

}
