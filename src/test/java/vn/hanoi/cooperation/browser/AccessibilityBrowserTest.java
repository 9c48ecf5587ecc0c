package vn.hanoi.cooperation.browser;

import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every main page passes axe-core with no serious or critical violation, in both languages, and the activity
 * form can be filled and sent with the keyboard alone.
 */
@PortalTest
class AccessibilityBrowserTest extends BrowserTestSupport {

	static final String FIXTURE = "BROWSER Chương trình đào tạo nghề cho thanh niên";

	static final String TYPED = "BROWSER Nhập bằng bàn phím";

	Long activity;

	@BeforeEach
	void activity() {
		this.activity = BrowserFixtures.activity(this.jdbc, FIXTURE, "SCT_2025", true, "11");
	}

	@AfterEach
	void removeIt() {
		BrowserFixtures.removeActivitiesTitled(this.jdbc, FIXTURE, TYPED);
	}

	/** The pages people use every day; a page added to the portal belongs here. */
	List<String> mainPages() {
		return List.of("/", "/dashboard?year=2022", "/activities", "/activities?q=dien+bien&year=2022",
				"/activities/" + this.activity, "/activities/new", "/activities/import", "/agreements",
				"/results/years/2022", "/provinces", "/provinces/1", "/groups", "/plans", "/plans/2022", "/my-work");
	}

	@Test
	void mainPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
		try (Journey journey = journey("accessibility")) {
			journey.open("/login");
			journey.assertAccessible();
			journey.shoot("login");
			journey.login(this.accounts.username(Role.STAFF));
			for (Locale language : List.of(Journey.VIETNAMESE, Locale.ENGLISH)) {
				for (String path : mainPages()) {
					journey.open(path + (path.contains("?") ? "&" : "?") + "lang=" + language.getLanguage());
					journey.assertAccessible();
					if (language == Journey.VIETNAMESE) {
						journey.shoot("page" + path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
					}
				}
			}
			// The form as it comes back with its errors: messages tied to their fields.
			journey.open("/activities/new?lang=vi");
			journey.page()
				.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("common.save")))
				.click();
			assertThat(journey.page().locator("#form-errors")).isVisible();
			journey.assertAccessible();
			journey.shoot("form-with-errors");
		}
	}

	@Test
	void theActivityFormCanBeFilledAndSentWithTheKeyboardAlone() {
		try (Journey journey = loggedIn(Role.STAFF, "keyboard")) {
			Page page = journey.page();
			journey.open("/my-work");
			Keyboard keyboard = page.keyboard();

			tabTo(page, "a[href='/activities/new']");
			keyboard.press("Enter");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText(journey.text("activities.new"));

			tabTo(page, "#title");
			keyboard.type(TYPED);
			tabTo(page, "#groupId");
			keyboard.press("ArrowDown");
			keyboard.press("ArrowDown");
			assertThat(page.locator("#groupId")).not().hasValue("");
			String dienBien = page.locator("#year-dependent")
				.getByLabel("Điện Biên", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
				.getAttribute("id");
			tabTo(page, "#" + dienBien);
			keyboard.press("Space");
			tabTo(page, "#description");
			keyboard.type("Gõ hoàn toàn bằng bàn phím.");
			tabTo(page, "#sharedWithProvinces");
			keyboard.press("Space");
			journey.shoot("filled-by-keyboard");
			tabTo(page, "form.activity-form button[type=submit]");
			keyboard.press("Enter");

			assertThat(page.locator(".alert[role=status]").first()).hasText(journey.text("flash.activityCreated"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(TYPED);
			assertThat(page.locator(".fact-list")).containsText("Điện Biên");
			journey.shoot("saved-by-keyboard");
		}
	}

	/**
	 * Presses Tab until the element matching {@code selector} has the focus: it fails when the element cannot be
	 * reached that way, which is the point.
	 */
	private static void tabTo(Page page, String selector) {
		for (int presses = 0; presses < 250; presses++) {
			if (Boolean.TRUE.equals(page.evaluate("s => document.activeElement === document.querySelector(s)",
					selector))) {
				return;
			}
			page.keyboard().press("Tab");
		}
		fail("Tab never reached " + selector);
	}

}
