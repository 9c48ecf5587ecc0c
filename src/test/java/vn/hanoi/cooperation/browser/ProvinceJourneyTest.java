package vn.hanoi.cooperation.browser;

import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer of Điện Biên (the 2025 unit) sees only what Hanoi shares with Điện Biên: not an activity with
 * Điện Biên that is not shared, nor one shared with another province.
 */
@PortalTest
class ProvinceJourneyTest extends BrowserTestSupport {

	static final String SHARED = "BROWSER Kết nối tiêu thụ cà phê Mường Ảng";

	static final String NOT_SHARED = "BROWSER Khảo sát nội bộ vùng nguyên liệu";

	static final String OTHER_PROVINCE = "BROWSER Tuần văn hóa Lai Châu";

	Long notShared;

	Long approvedResult;

	@BeforeEach
	void activitiesAndResult() {
		this.approvedResult = BrowserFixtures.result(this.jdbc, "TM.SAN_LUONG_KET_NOI", "SCT_2025", "11", "APPROVED");
		BrowserFixtures.activity(this.jdbc, SHARED, "SCT_2025", true, "11");
		this.notShared = BrowserFixtures.activity(this.jdbc, NOT_SHARED, "SCT_2025", false, "11");
		BrowserFixtures.activity(this.jdbc, OTHER_PROVINCE, "SCT_2025", true, "12");
	}

	@AfterEach
	void removeThem() {
		BrowserFixtures.removeActivitiesTitled(this.jdbc, SHARED, NOT_SHARED, OTHER_PROVINCE);
		BrowserFixtures.removeResults(this.jdbc, this.approvedResult);
	}

	@Test
	void provinceOfficerSeesOnlyWhatIsSharedWithTheirProvince() {
		try (Journey journey = loggedIn(Role.PROVINCE, "province")) {
			Page page = journey.page();
			assertThat(journey.path()).isEqualTo("/my-province");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText("Điện Biên");
			journey.shoot("my-province");

			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(journey.text("layout.mainNavigation")))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(journey.text("nav.activities")))
				.click();
			Locator results = page.locator("#activity-results");
			assertThat(results).containsText(SHARED);
			assertThat(results).not().containsText(NOT_SHARED);
			assertThat(results).not().containsText(OTHER_PROVINCE);
			// Province officers record nothing.
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("activities.new"))))
				.hasCount(0);
			journey.shoot("shared-activities");

			results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(SHARED)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(SHARED);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(journey.text("activity.history.title"))))
				.hasCount(0);
			journey.shoot("shared-activity");

			// Typing the address of an activity that is not shared does not reveal it.
			Response hidden = page.navigate(page.url().replaceFirst("/activities/\\d+", "/activities/" + this.notShared));
			assertThat(hidden.status()).isEqualTo(404);
			assertThat(page.locator("main")).containsText(journey.text("error.404.title"));
			assertThat(page.locator("main")).not().containsText(NOT_SHARED);
			journey.shoot("not-shared-is-not-found");

			provinceConfirmsAResult(journey);

			journey.switchLanguage(Locale.ENGLISH);
			journey.shoot("in-english");
			journey.logout();
			journey.shoot("logged-out");
		}
	}

	/** From their province's page the officer opens a result Hanoi approved about Điện Biên and confirms it. */
	void provinceConfirmsAResult(Journey journey) {
		Page page = journey.page();
		String indicator = BrowserFixtures.indicatorName(this.jdbc, "TM.SAN_LUONG_KET_NOI");
		page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(journey.text("layout.mainNavigation")))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(journey.text("nav.myProvince")))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(indicator).setExact(true)).first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(indicator);
		assertThat(page.locator("#confirmation")).containsText(journey.text("provinceResults.notAnswered"));
		page.locator("#confirmation summary").click();
		page.locator("#confirmation")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(journey.text("confirmation.confirm")))
			.click();
		assertThat(page.locator(".alert[role=status]").first()).containsText(journey.text("flash.resultConfirmed"));
		assertThat(page.locator("#confirmation")).containsText(journey.text("confirmation.status.CONFIRMED"));
		journey.shoot("result-confirmed");
	}

}
