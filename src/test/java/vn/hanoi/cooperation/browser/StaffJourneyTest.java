package vn.hanoi.cooperation.browser;

import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff officer of Sở Công Thương records an activity in a real browser: a refused first try, the corrected
 * form, a progress note, completion; then English, and out.
 */
@PortalTest
class StaffJourneyTest extends BrowserTestSupport {

	static final String TITLE = "BROWSER Tuần hàng nông sản Điện Biên tại Hà Nội";

	@AfterEach
	void removeWhatTheJourneyWrote() {
		BrowserFixtures.removeActivitiesTitled(this.jdbc, TITLE);
	}

	@Test
	void staffRecordFollowAndCompleteAnActivity() {
		try (Journey journey = loggedIn(Role.STAFF, "staff")) {
			Page page = journey.page();
			assertThat(journey.path()).isEqualTo("/my-work");
			journey.shoot("my-work");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(journey.text("activities.new"))).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText(journey.text("activities.new"));
			journey.shoot("new-activity-form");

			// Saved without a title or a group: refused, explained, nothing written.
			save(journey);
			Locator errors = page.locator("#form-errors");
			assertThat(errors).containsText(journey.text("form.hasErrors"));
			assertThat(errors).containsText(journey.text("activity.error.titleRequired"));
			assertThat(errors).containsText(journey.text("activity.error.groupRequired"));
			assertThat(page.locator("#title")).hasAttribute("aria-describedby", "title-errors");
			journey.shoot("refused-without-title-and-group");

			fillPlanYear(page, "2022");
			page.locator("#groupId").selectOption(new SelectOption().setIndex(2));
			page.locator("#title").fill(TITLE);
			page.locator("#year-dependent")
				.getByLabel("Điện Biên", new Locator.GetByLabelOptions().setExact(true))
				.check();
			page.locator("#deadline").fill("2022-12-31");
			page.getByLabel(journey.text("activity.field.sharedWithProvinces")).check();
			journey.shoot("form-filled");
			save(journey);
			// The deadline has passed: the form says so and saves once the user confirms.
			page.getByLabel(journey.text("activity.pastDeadline.confirm")).check();
			journey.shoot("past-deadline-confirmed");
			save(journey);
			assertThat(page.locator(".alert[role=status]").first()).hasText(journey.text("flash.activityCreated"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TITLE);
			assertThat(page.locator(".fact-list")).containsText("Điện Biên");
			assertThat(journey.path()).matches("/activities/\\d+");
			journey.shoot("activity-created");

			String note = "Đã làm việc với Sở Công Thương Điện Biên về danh mục hàng.";
			page.locator("#note").fill(note);
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.progress.submit")))
				.click();
			assertThat(page.locator(".alert[role=status]").first()).hasText(journey.text("flash.progressAdded"));
			assertThat(page.locator("#progress .timeline")).containsText(note);
			journey.shoot("progress-added");

			// A note of an earlier day, then Back and Save again: the browser types the day back with the text, so
			// the portal knows the note as sent, says so where the page opens, and writes it once.
			String earlier = "Đã gửi danh mục hàng cho Sở Công Thương Điện Biên (ghi bổ sung).";
			page.locator("#notedOn").fill("15/06/2022");
			page.locator("#note").fill(earlier);
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.progress.submit")))
				.click();
			assertThat(page.locator("#progress .alert[role=status]")).hasText(journey.text("flash.progressAdded"));
			page.goBack();
			assertThat(page.locator("#notedOn")).hasValue("15/06/2022");
			assertThat(page.locator("#note")).hasValue(earlier);
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.progress.submit")))
				.click();
			assertThat(page.locator("#progress .alert[role=alert]")).hasText(journey.text("flash.formAlreadySent"));
			journey.shoot("progress-sent-again");
			assertThat(this.jdbc.queryForObject("select count(*) from activity_progress_updates where note = ?",
					Integer.class, earlier)).as("one note for one, after Back").isOne();

			page.locator("#resultSummary").fill("Tuần hàng thu hút 12.000 lượt khách, 45 doanh nghiệp tham gia.");
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.complete.submit")))
				.click();
			assertThat(page.locator(".alert[role=status]").first()).hasText(journey.text("flash.activityCompleted"));
			assertThat(this.jdbc.queryForObject("select status from activities where title = ?", String.class,
					TITLE)).isEqualTo("COMPLETED");
			journey.shoot("activity-completed");

			journey.switchLanguage(Locale.ENGLISH);
			assertThat(page.locator(".fact-list")).containsText(journey.text("activity.field.leadDepartment"));
			journey.shoot("in-english");
			journey.switchLanguage(Journey.VIETNAMESE);
			journey.logout();
			journey.shoot("logged-out");
		}
	}

	private static void save(Journey journey) {
		journey.page()
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("common.save")))
			.click();
	}

	/**
	 * Changing the year makes htmx replace the groups and provinces: mark the old part and wait for its
	 * replacement before using it, or a choice made meanwhile is lost.
	 */
	static void fillPlanYear(Page page, String year) {
		page.evaluate("document.getElementById('year-dependent').dataset.replaced = 'pending'");
		page.locator("#planYear").selectOption(year);
		page.waitForSelector("#year-dependent:not([data-replaced])");
	}

}
