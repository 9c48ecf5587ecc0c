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

/** The coordinating department follows every department's activities from the plan overview. */
@PortalTest
class CoordinatorJourneyTest extends BrowserTestSupport {

	static final String HEALTH = "BROWSER Khám bệnh từ xa cho tuyến huyện";

	static final String REASON = "Thiếu số liệu của quý IV, đề nghị bổ sung";

	Long toApprove;

	Long toReturn;

	@BeforeEach
	void activityAndResults() {
		BrowserFixtures.activity(this.jdbc, HEALTH, "SYT_2025", true, "11");
		this.toApprove = BrowserFixtures.result(this.jdbc, "TM.TUAN_HANG", "SCT_2025", null, "SUBMITTED");
		this.toReturn = BrowserFixtures.result(this.jdbc, "TM.DOANH_NGHIEP", "SCT_2025", null, "SUBMITTED");
	}

	@AfterEach
	void removeThem() {
		BrowserFixtures.removeActivitiesTitled(this.jdbc, HEALTH);
		BrowserFixtures.removeResults(this.jdbc, this.toApprove, this.toReturn);
	}

	@Test
	void coordinatorOpensAnotherDepartmentsActivityAndMayEditIt() {
		try (Journey journey = loggedIn(Role.COORDINATOR, "coordinator")) {
			Page page = journey.page();
			assertThat(journey.path()).isEqualTo("/my-work");
			journey.shoot("coordinator-inbox");

			journey.open("/activities?q=kham+benh");
			Locator results = page.locator("#activity-results");
			results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(HEALTH)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(HEALTH);
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("common.edit"))))
				.isVisible();
			journey.shoot("activity-of-another-department");

			coordinatorApprovesAResult(journey);

			journey.switchLanguage(Locale.ENGLISH);
			journey.logout();
			journey.shoot("logged-out");
		}
	}

	/** The coordinator approves one submitted result of another department and returns another with a reason. */
	void coordinatorApprovesAResult(Journey journey) {
		Page page = journey.page();
		journey.open("/results/" + this.toApprove);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText(BrowserFixtures.indicatorName(this.jdbc, "TM.TUAN_HANG"));
		assertThat(page.locator("main .badge").first()).hasText(journey.text("result.status.SUBMITTED"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("results.approve"))).click();
		assertThat(page.locator(".alert[role=status]").first()).containsText(journey.text("flash.resultApproved"));
		assertThat(page.locator("main .badge").first()).hasText(journey.text("result.status.APPROVED"));
		// Approved figures are read-only: neither approve nor return is offered again.
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("results.approve"))))
			.hasCount(0);
		journey.shoot("result-approved");

		journey.open("/results/" + this.toReturn);
		page.getByLabel(journey.text("results.returnReason")).fill(REASON);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("results.return"))).click();
		assertThat(page.locator(".alert[role=status]").first()).containsText(journey.text("flash.resultReturned"));
		assertThat(page.locator("main .badge").first()).hasText(journey.text("result.status.RETURNED"));
		assertThat(page.getByRole(AriaRole.ALERT)).containsText(REASON);
		journey.shoot("result-returned");
	}

}
