package vn.hanoi.cooperation.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.agreement.TestAgreements;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, in every state it can be in, for each kind of user, on a phone (375 px) and a wide desktop
 * (1440 px): no serious or critical axe-core violation, and on the phone the page never scrolls sideways. One
 * browser for the class, one page per user and window size; a screenshot of every page goes to
 * {@code target/browser-screenshots/any-screen-<role>-<width>/}.
 */
@PortalTest
class AnyScreenBrowserTest extends BrowserTestSupport {

	static final int PHONE = 375;

	static final int DESKTOP = 1440;

	static final String TITLE = "SCREEN Hoạt động ";

	static final int YEAR = 2024;

	final Map<String, Long> activities = new java.util.LinkedHashMap<>();

	final Map<String, Long> results = new java.util.LinkedHashMap<>();

	TestAgreements agreements;

	Long agreement;

	@BeforeEach
	void recordsInEveryState() {
		for (String status : List.of("PLANNED", "IN_PROGRESS", "COMPLETED", "SUSPENDED", "CANCELLED")) {
			Long id = BrowserFixtures.activity(this.jdbc, TITLE + status, "SCT_2025", true, "11");
			this.jdbc.update("update activities set status = ?, actual_completion = ? where id = ?", status,
					"COMPLETED".equals(status) ? LocalDate.of(2022, 11, 30) : null, id);
			this.activities.put(status, id);
		}
		clearResults();
		String[] indicators = { "TM.SAN_LUONG_KET_NOI", "TM.TUAN_HANG", "TM.DOANH_NGHIEP", "XTDT.HOI_NGHI" };
		String[] states = { "DRAFT", "SUBMITTED", "RETURNED", "APPROVED" };
		for (int i = 0; i < states.length; i++) {
			this.results.put(states[i], BrowserFixtures.result(this.jdbc, indicators[i], YEAR, "SCT_2025", "11",
					states[i]));
		}
		this.agreements = new TestAgreements(this.jdbc);
		this.agreement = this.agreements.create("SCREEN Thỏa thuận hợp tác toàn diện", true, "11");
	}

	@AfterEach
	void removeThem() {
		BrowserFixtures.removeActivitiesTitled(this.jdbc,
				this.activities.keySet().stream().map(status -> TITLE + status).toArray(String[]::new));
		clearResults();
		this.agreements.removeAll();
	}

	private void clearResults() {
		this.jdbc.update("delete from province_confirmations where result_id in "
				+ "(select id from yearly_results where year = ?)", YEAR);
		this.jdbc.update("delete from yearly_result_changes where result_id in "
				+ "(select id from yearly_results where year = ?)", YEAR);
		this.jdbc.update("delete from yearly_results where year = ?", YEAR);
	}

	/**
	 * What each kind of user opens, in each state that changes what it shows; pages that look the same to
	 * everyone (reference lists) are checked once, for staff. A page added to the portal belongs here.
	 */
	List<String> pages(Role role) {
		List<String> pages = new ArrayList<>(List.of("/dashboard", "/activities", "/agreements",
				"/agreements/" + this.agreement, "/results", "/results/years/" + YEAR));
		switch (role) {
			case STAFF -> {
				pages.addAll(List.of("/", "/my-work", "/dashboard?year=2022", "/activities?q=khong-co-hoat-dong-nao",
						"/agreements?q=khong-co-thoa-thuan-nao", "/results/years/2021", "/provinces", "/provinces/1",
						"/groups", "/plans", "/plans/2022", "/indicators", "/departments", "/activities/new",
						"/activities/import", "/results/new?year=" + YEAR,
						"/activities/" + this.activities.get("IN_PROGRESS") + "/edit",
						"/results/years/" + YEAR + "/entries"));
				this.activities.values().forEach(id -> pages.add("/activities/" + id));
				this.results.values().forEach(id -> pages.add("/results/" + id));
			}
			case COORDINATOR -> {
				pages.addAll(List.of("/agreements/new", "/agreements/" + this.agreement + "/edit",
						"/results/years/" + YEAR + "/lock", "/results/years/" + YEAR + "/entries"));
				this.results.values().forEach(id -> pages.add("/results/" + id));
			}
			case ADMIN -> {
				pages.clear();
				pages.addAll(List.of("/admin", "/admin/accounts", "/admin/audit", "/admin/audit?from=01/01/2026&to=31/12/2026",
						"/admin/audit?from=31/02/2026"));
			}
			case LEADER -> pages.addAll(List.of("/results/" + this.results.get("APPROVED"),
					"/activities/" + this.activities.get("COMPLETED")));
			case PROVINCE -> {
				pages.remove("/results/years/" + YEAR);
				pages.addAll(List.of("/my-province", "/results/" + this.results.get("APPROVED"),
						"/activities/" + this.activities.get("IN_PROGRESS"), "/provinces"));
			}
			default -> {
			}
		}
		return pages;
	}

	/** Pages whose long English words are the likeliest to widen a phone's page. */
	List<String> englishPages(Role role) {
		return role != Role.STAFF ? List.of()
				: List.of("/my-work", "/dashboard?year=2022", "/activities", "/results/years/" + YEAR, "/indicators",
						"/activities/" + this.activities.get("COMPLETED"), "/results/" + this.results.get("SUBMITTED"));
	}

	/** The forms as they come back with their errors, for those who may send them. */
	List<String> formsWithErrors(Role role) {
		return switch (role) {
			case STAFF -> List.of("/activities/new", "/results/new?year=" + YEAR);
			case COORDINATOR -> List.of("/agreements/new");
			default -> List.of();
		};
	}

	@Test
	void everyPageOfStaffFitsAPhoneAndHasNoSeriousAccessibilityBarrier() {
		assertEveryPageFitsAndHasNoSeriousBarrier(Role.STAFF);
	}

	@Test
	void everyPageOfTheCoordinatorFitsAPhoneAndHasNoSeriousAccessibilityBarrier() {
		assertEveryPageFitsAndHasNoSeriousBarrier(Role.COORDINATOR);
	}

	@Test
	void everyPageOfAProvinceFitsAPhoneAndHasNoSeriousAccessibilityBarrier() {
		assertEveryPageFitsAndHasNoSeriousBarrier(Role.PROVINCE);
	}

	@Test
	void everyPageOfALeaderFitsAPhoneAndHasNoSeriousAccessibilityBarrier() {
		assertEveryPageFitsAndHasNoSeriousBarrier(Role.LEADER);
	}

	@Test
	void everyPageOfTheAdministratorFitsAPhoneAndHasNoSeriousAccessibilityBarrier() {
		assertEveryPageFitsAndHasNoSeriousBarrier(Role.ADMIN);
	}

	@Test
	void onAPhoneTheFiltersFoldAwayAndAFilteredListSaysItIsWorkingUntilTheServerAnswers() {
		try (Journey journey = new Journey(browser.newContext(PHONE, 900), this.port, "filters-on-a-phone",
				this.messages)) {
			journey.login(this.accounts.username(Role.STAFF));
			journey.open("/activities?lang=vi");
			Page page = journey.page();
			Locator filters = page.locator("#activity-filters");
			assertThat(filters).isHidden();
			journey.shoot("folded");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("filters.more"))).click();
			assertThat(filters).isVisible();
			// The server's answer is held back: the list shows its indicator, and after a moment the page says so.
			List<Route> held = new CopyOnWriteArrayList<>();
			page.route(url -> url.contains("/activities?"), held::add);
			page.locator("#year").selectOption("2022");
			assertThat(page.locator("#activity-loading")).isVisible();
			assertThat(page.locator("#portal-busy")).isVisible();
			assertThat(page.locator("#portal-busy")).hasText(journey.text("layout.working"));
			journey.shoot("working");
			page.waitForCondition(() -> !held.isEmpty());
			held.forEach(Route::resume);
			assertThat(page.locator("#portal-busy")).isHidden();
			assertThat(page.locator("#activity-loading")).isHidden();
			assertThat(journey.pageWidth()).isLessThanOrEqualTo(PHONE);
		}
	}

	private void assertEveryPageFitsAndHasNoSeriousBarrier(Role role) {
		List<String> problems = new ArrayList<>();
		for (int width : List.of(PHONE, DESKTOP)) {
			try (Journey journey = new Journey(browser.newContext(width, 900), this.port,
					"any-screen-" + role.name().toLowerCase() + "-" + width, this.messages)) {
				journey.login(this.accounts.username(role));
				for (String path : pages(role)) {
					check(journey, path, "vi", width, problems);
				}
				for (String path : englishPages(role)) {
					check(journey, path, "en", width, problems);
				}
				for (String path : formsWithErrors(role)) {
					journey.open(withLanguage(path, "vi"));
					journey.page().locator("main form button[type=submit].btn-primary").last().click();
					journey.page().waitForLoadState();
					if (!journey.page().locator("#form-errors").isVisible()) {
						problems.add("%s at %d px: the empty form came back without its errors".formatted(path,
								width));
					}
					inspect(journey, width, "errors" + path, problems);
				}
			}
		}
		assertThat(problems).as("pages of %s that do not fit a phone or bar someone", role).isEmpty();
	}

	private static void check(Journey journey, String path, String language, int width, List<String> problems) {
		journey.open(withLanguage(path, language));
		inspect(journey, width, language + path, problems);
	}

	private static String withLanguage(String path, String language) {
		return path + (path.contains("?") ? "&" : "?") + "lang=" + language;
	}

	/** axe-core and the page's width, with a screenshot of the page as checked. */
	private static void inspect(Journey journey, int width, String what, List<String> problems) {
		String violations = journey.blockingViolations();
		if (!violations.isEmpty()) {
			problems.add("%s at %d px:%n%s".formatted(journey.path(), width, violations));
		}
		int pageWidth = journey.pageWidth();
		if (width == PHONE && pageWidth > PHONE) {
			problems.add("%s at %d px is %d px wide: the whole page scrolls sideways".formatted(journey.path(), width,
					pageWidth));
		}
		journey.shoot(what.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
	}

}
