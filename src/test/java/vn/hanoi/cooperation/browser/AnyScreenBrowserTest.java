package vn.hanoi.cooperation.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
		for (Role role : Role.values()) {
			this.jdbc.update("delete from notifications where account_id = ?", accountId(role));
		}
		this.jdbc.update("delete from outgoing_emails");
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
				"/agreements/" + this.agreement, "/results", "/results/years/" + YEAR, "/account/notifications"));
		switch (role) {
			case STAFF -> {
				pages.addAll(List.of("/", "/my-work", "/dashboard?year=2022", "/activities?q=khong-co-hoat-dong-nao",
						"/agreements?q=khong-co-thoa-thuan-nao", "/results/years/2021", "/provinces", "/provinces/1",
						"/groups", "/plans", "/plans/2022", "/indicators", "/departments", "/activities/new",
						"/activities/import", "/results/new?year=" + YEAR,
						"/activities/" + this.activities.get("IN_PROGRESS") + "/edit",
						"/results/years/" + YEAR + "/entries", "/results/years/" + YEAR + "/grid"));
				this.activities.values().forEach(id -> pages.add("/activities/" + id));
				this.results.values().forEach(id -> pages.add("/results/" + id));
			}
			case COORDINATOR -> {
				pages.addAll(List.of("/agreements/new", "/agreements/" + this.agreement + "/edit",
						"/results/years/" + YEAR + "/lock", "/results/years/" + YEAR + "/entries", "/my-work",
						"/results/queue", "/results/queue?year=2021", "/results/years/" + YEAR + "/completeness",
						"/results/years/2021/completeness", "/results/years/" + YEAR + "/grid",
						"/results/years/" + YEAR + "/grid?department=" + departmentId("SCT_2025"),
						"/publication/" + YEAR, "/publication/2021"));
				this.results.values().forEach(id -> pages.add("/results/" + id));
			}
			case ADMIN -> {
				pages.clear();
				pages.addAll(List.of("/admin", "/admin/accounts", "/admin/audit", "/admin/audit?from=01/01/2026&to=31/12/2026",
						"/admin/audit?from=31/02/2026", "/my-work", "/indicators", "/account/notifications"));
			}
			case LEADER -> pages.addAll(List.of("/results/" + this.results.get("APPROVED"),
					"/activities/" + this.activities.get("COMPLETED"), "/my-work",
					"/results/years/" + YEAR + "/completeness"));
			case PROVINCE -> {
				pages.remove("/results/years/" + YEAR);
				pages.addAll(List.of("/my-province", "/my-work", "/results/" + this.results.get("APPROVED"),
						"/activities/" + this.activities.get("IN_PROGRESS"), "/provinces"));
			}
			default -> {
			}
		}
		return pages;
	}

	/** Pages whose long English words are the likeliest to widen a phone's page. */
	List<String> englishPages(Role role) {
		return switch (role) {
			case STAFF -> List.of("/my-work", "/dashboard?year=2022", "/activities", "/results/years/" + YEAR,
					"/indicators", "/activities/" + this.activities.get("COMPLETED"),
					"/results/" + this.results.get("SUBMITTED"), "/results/years/" + YEAR + "/grid");
			case COORDINATOR -> List.of("/results/queue", "/results/years/" + YEAR + "/completeness",
					"/publication/" + YEAR);
			default -> List.of();
		};
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

	/** A refused note on a long activity page: on a phone the field that says why comes into view, with the focus. */
	@Test
	void onAPhoneARefusedNoteShowsItsReasonWithoutScrolling() {
		Long activity = BrowserFixtures.activity(this.jdbc, "BROWSER Ghi chú bị từ chối trên điện thoại", "SCT_2025",
				true, "11");
		try (Journey journey = new Journey(browser.newContext(PHONE, 700), this.port, "refused-note-on-a-phone",
				this.messages)) {
			journey.login(this.accounts.username(Role.STAFF));
			Page page = journey.open("/activities/" + activity + "?lang=vi").page();
			page.locator("#note").fill("   ");
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.progress.submit")))
				.click();
			Locator invalid = page.locator(".is-invalid").first();
			assertThat(invalid).isInViewport();
			assertThat(invalid).isFocused();
			journey.shoot("reason-in-view");
		}
		finally {
			BrowserFixtures.removeActivitiesTitled(this.jdbc, "BROWSER Ghi chú bị từ chối trên điện thoại");
		}
	}

	/** A link pasted into a text (a shared drive's address) wraps: it made the whole page scroll sideways. */
	@Test
	void onAPhoneALongLinkInATextWrapsInsteadOfWideningThePage() {
		String title = "BROWSER Đường dẫn dài trên điện thoại";
		Long activity = BrowserFixtures.activity(this.jdbc, title, "SCT_2025", true, "11");
		this.jdbc.update("update activities set description = ? where id = ?",
				"Hồ sơ: https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/view?usp=sharing",
				activity);
		try (Journey journey = new Journey(browser.newContext(PHONE, 700), this.port, "long-link-on-a-phone",
				this.messages)) {
			journey.login(this.accounts.username(Role.STAFF));
			journey.open("/activities/" + activity + "?lang=vi");
			assertThat(journey.pageWidth()).as("the activity's page at %d px", PHONE).isLessThanOrEqualTo(PHONE);
			journey.shoot("wrapped");
		}
		finally {
			BrowserFixtures.removeActivitiesTitled(this.jdbc, title);
		}
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

	/**
	 * The approval queue's four filters took a phone's whole first screen: they fold away as on the other lists, so
	 * the first waiting figure is in sight on opening; a filter in use keeps them open.
	 */
	@Test
	void onAPhoneTheQueuesFiltersFoldAwayAndItsFirstFigureIsInTheFirstScreen() {
		try (Journey journey = new Journey(browser.newContext(PHONE, 667), this.port, "queue-on-a-phone",
				this.messages)) {
			journey.login(this.accounts.username(Role.COORDINATOR));
			journey.open("/results/queue?lang=vi");
			Page page = journey.page();
			Locator filters = page.locator("#queue-filters");
			assertThat(filters).isHidden();
			assertThat(page.locator("main tbody tr").first().locator("a").first())
				.isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
			journey.shoot("folded");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("filters.more"))).click();
			assertThat(filters).isVisible();
			journey.open("/results/queue?year=" + YEAR + "&lang=vi");
			assertThat(page.locator("#queue-filters")).isVisible();
			assertThat(journey.pageWidth()).isLessThanOrEqualTo(PHONE);
		}
	}

	/** The API's documentation (Swagger UI) leads back to the tokens page, from its first screen on a phone. */
	@Test
	void theApiDocumentationLeadsBackToThePortalOnAPhone() {
		try (Journey journey = new Journey(browser.newContext(PHONE, 667), this.port, "api-docs-on-a-phone",
				this.messages)) {
			journey.login(this.accounts.username(Role.STAFF));
			journey.open("/api/docs");
			Page page = journey.page();
			// Swagger UI draws the page in the browser from its large bundle: slower than a page of the portal.
			page.locator("#swagger-ui .info").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
			Locator back = page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("← Back to the portal: your API access tokens"));
			assertThat(back).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
			journey.shoot("docs");
			back.click();
			page.waitForURL("**/account/tokens");
			assertThat(page.locator("h1")).hasText(journey.text("apiToken.title"));
		}
	}

	/**
	 * A year's entered figures, the publication of a year and the e-mails sent were tables six columns wide: on a
	 * phone the indicator's name broke word by word and the status (or the address) hid past the right edge. So were
	 * the security log and the accounts, scrolling sideways inside their region. They are one card per row now, like
	 * every other list: every cell is read without scrolling sideways.
	 */
	@Test
	void onAPhoneEveryCellOfTheWideListsIsInSight() {
		outgoingEmails(true);
		Map<Role, List<String>> lists = Map.of(Role.STAFF, List.of("/results/years/" + YEAR + "/entries"),
				Role.COORDINATOR, List.of("/publication/" + YEAR), Role.ADMIN,
				List.of("/admin/emails", "/admin/audit", "/admin/accounts"));
		List<String> hidden = new ArrayList<>();
		lists.forEach((role, paths) -> {
			try (Journey journey = new Journey(browser.newContext(PHONE, 900), this.port,
					"cards-on-a-phone-" + role.name().toLowerCase(), this.messages)) {
				journey.login(this.accounts.username(role));
				for (String path : paths) {
					journey.open(path + "?lang=vi");
					journey.shoot(path.replaceAll("[^a-z0-9]+", "-"));
					Object cells = journey.page().evaluate("""
							() => [...document.querySelectorAll('main tbody td, main tbody th')]
							  .filter(c => c.getBoundingClientRect().width > 0 && c.getBoundingClientRect().right > innerWidth + 1)
							  .map(c => c.innerText.trim().slice(0, 40))""");
					if (!((List<?>) cells).isEmpty()) {
						hidden.add(path + ": " + cells);
					}
					if (!(Boolean) journey.page().evaluate("""
							() => [...document.querySelectorAll('main .table-responsive')]
							  .every(r => r.scrollWidth <= r.clientWidth)""")) {
						hidden.add(path + ": its table scrolls sideways inside its region");
					}
				}
			}
		});
		assertThat(hidden).as("cells past a phone's right edge").isEmpty();
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
				for (boolean withRows : List.of(false, true)) {
					notificationsOf(role, withRows);
					check(journey, "/notifications", "vi", width, problems);
					if (role == Role.ADMIN) {
						outgoingEmails(withRows);
						check(journey, "/admin/emails", "vi", width, problems);
					}
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

	/** On a phone each indicator is a card that opens with its name: nothing has to be scrolled to read it. */
	@Test
	void onAPhoneTheIndicatorCatalogueShowsEachIndicatorWholeAsACard() {
		try (Journey journey = new Journey(browser.newContext(PHONE, 900), this.port, "indicators-on-a-phone",
				this.messages)) {
			journey.login(this.accounts.username(Role.STAFF));
			journey.open("/indicators?lang=vi");
			Page page = journey.page();
			Locator region = page.locator("main .table-responsive");
			assertThat((Boolean) region.evaluate("r => r.scrollWidth <= r.clientWidth"))
				.as("the catalogue does not scroll sideways inside its region").isTrue();
			Locator card = page.locator("main tbody tr").first();
			Locator name = card.locator("th[scope=row]");
			assertThat(name).isVisible();
			assertThat(name.boundingBox().y).as("the name opens the card")
				.isLessThanOrEqualTo(card.locator("td").first().boundingBox().y);
			for (Locator cell : List.of(name, card.locator("td").nth(1), card.locator("td").nth(2),
					card.locator("td").nth(3))) {
				assertThat(cell.boundingBox().x + cell.boundingBox().width).isLessThanOrEqualTo(PHONE);
			}
			assertThat(card.locator("td").nth(3)).hasAttribute("data-label", journey.text("indicator.field.aggregation"));
			journey.shoot("cards");
		}
	}

	/**
	 * On a phone the dashboard's table by group was six columns side by side: each group's name broke one word a
	 * line ("Hỗ trợ / việc / làm, / …"). Each group is a card now, its name read across the phone.
	 */
	@Test
	void onAPhoneTheDashboardReadsEachGroupsNameAcross() {
		try (Journey journey = new Journey(browser.newContext(PHONE, 900), this.port, "groups-on-a-phone",
				this.messages)) {
			journey.login(this.accounts.username(Role.STAFF));
			journey.open("/dashboard?year=2022&lang=vi");
			Locator names = journey.page().locator("section[aria-labelledby=groups-title] tbody th[scope=row]");
			assertThat(names.count()).as("the plan's fifteen groups").isEqualTo(15);
			List<String> broken = new ArrayList<>();
			for (int i = 0; i < names.count(); i++) {
				Locator name = names.nth(i);
				int lines = ((Number) name.locator("a").evaluate("a => a.getClientRects().length")).intValue();
				if (lines > 2 || name.boundingBox().width < PHONE * 0.8) {
					broken.add("%s: %d lines, %.0f px wide".formatted(name.innerText(), lines, name.boundingBox().width));
				}
			}
			journey.shoot("groups");
			assertThat(broken).as("group names squeezed into a narrow column").isEmpty();
		}
	}

	/**
	 * Nobody hovers on a phone: a group's card names its key indicator under the figure, where the wide table keeps
	 * the name in the cell's title and looks as before.
	 */
	@Test
	void onAPhoneEachGroupsCardNamesItsKeyIndicator() {
		String keyCells = "section[aria-labelledby=groups-title] tbody td[title]";
		try (Journey journey = new Journey(browser.newContext(PHONE, 900), this.port, "key-indicator-on-a-phone",
				this.messages)) {
			journey.login(this.accounts.username(Role.STAFF));
			journey.open("/dashboard?year=2022&lang=vi");
			Locator key = journey.page().locator(keyCells).first();
			assertThat(key.locator("small")).isVisible();
			assertThat(key.locator("small")).hasText(key.getAttribute("title"));
		}
		try (Journey journey = new Journey(browser.newContext(DESKTOP, 900), this.port, "key-indicator-wide",
				this.messages)) {
			journey.login(this.accounts.username(Role.STAFF));
			journey.open("/dashboard?year=2022&lang=vi");
			assertThat(journey.page().locator(keyCells).first().locator("small")).isHidden();
		}
	}

	/** On a phone a province officer reads each agreement as a card: the title across, its status in view. */
	@Test
	void onAPhoneAProvinceReadsEachAgreementWholeAsACard() {
		try (Journey journey = new Journey(browser.newContext(PHONE, 900), this.port, "agreements-on-a-phone",
				this.messages)) {
			journey.login(this.accounts.username(Role.PROVINCE));
			journey.open("/my-province?lang=vi");
			Page page = journey.page();
			Locator region = page.locator("section[aria-labelledby=agreements-title] .table-responsive");
			assertThat((Boolean) region.evaluate("r => r.scrollWidth <= r.clientWidth"))
				.as("the agreements do not scroll sideways inside their region").isTrue();
			Locator card = region.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("SCREEN Thỏa thuận"));
			Locator title = card.locator("td").first();
			assertThat(title.boundingBox().width).as("the title reads across the card").isGreaterThan(PHONE * 0.8);
			Locator status = card.locator("td").last();
			assertThat(status).hasAttribute("data-label", journey.text("agreement.field.status"));
			assertThat(status.locator(".badge")).isVisible();
			assertThat(status.boundingBox().x + status.boundingBox().width).isLessThanOrEqualTo(PHONE);
			journey.shoot("cards");
		}
	}

	/** Issue 18: the administration page's cards say they are links, by their title and when pointed at. */
	@Test
	void theAdministrationCardsLookLikeLinks() {
		try (Journey journey = new Journey(browser.newContext(DESKTOP, 900), this.port, "admin-cards",
				this.messages)) {
			journey.login(this.accounts.username(Role.ADMIN));
			journey.open("/admin?lang=vi");
			Locator cards = journey.page().locator("main a.card");
			assertThat(cards.count()).isGreaterThanOrEqualTo(5);
			for (int i = 0; i < cards.count(); i++) {
				Locator title = cards.nth(i).locator(".card-title");
				assertThat((String) title.evaluate("t => getComputedStyle(t).textDecorationLine")).contains("underline");
				assertThat((String) title.evaluate("t => getComputedStyle(t).color"))
					.as("a link's colour, not the text's")
					.isNotEqualTo(journey.page().locator("main p.text-muted").first().evaluate("p => getComputedStyle(p).color"))
					.isNotEqualTo("rgb(33, 37, 41)");
				assertThat((String) cards.nth(i).evaluate("c => getComputedStyle(c).cursor")).isEqualTo("pointer");
			}
			cards.first().hover();
			journey.page().waitForTimeout(300);
			assertThat((String) cards.first().evaluate("c => getComputedStyle(c).boxShadow")).isNotEqualTo("none");
			journey.shoot("hovered");
		}
	}

	/** The public page of published figures, read by anyone without signing in: with none published, then some. */
	@Test
	void thePublicFiguresFitAPhoneAndHaveNoSeriousAccessibilityBarrier() {
		List<String> problems = new ArrayList<>();
		try {
			for (int width : List.of(PHONE, DESKTOP)) {
				try (Journey journey = new Journey(browser.newContext(width, 900), this.port,
						"any-screen-anonymous-" + width, this.messages)) {
					for (boolean withRows : List.of(false, true)) {
						publishedFigures(withRows);
						check(journey, "/cong-khai", "vi", width, problems);
						check(journey, "/cong-khai", "en", width, problems);
					}
				}
			}
		}
		finally {
			publishedFigures(false);
		}
		assertThat(problems).as("the public page where it does not fit a phone or bars someone").isEmpty();
	}

	private Long departmentId(String code) {
		return this.jdbc.queryForObject("select id from departments where code = ?", Long.class, code);
	}

	private Long accountId(Role role) {
		return this.jdbc.queryForObject("select id from accounts where username = ?", Long.class,
				this.accounts.username(role));
	}

	/** None, or a read and an unread notification (one with a person's comment) for the role's test account. */
	private void notificationsOf(Role role, boolean withRows) {
		Long account = accountId(role);
		this.jdbc.update("delete from notifications where account_id = ?", account);
		if (withRows) {
			String link = "/results/" + this.results.get("SUBMITTED");
			this.jdbc.update("""
					insert into notifications (account_id, kind, link, label_vi, label_en, detail, read_at)
					values (?, 'RESULT_RETURNED', ?, 'Kết quả bị trả lại: Số tuần hàng, hội chợ năm 2024',
					        'Result returned: Number of trade weeks and fairs, 2024',
					        'Cần bổ sung số liệu theo từng tỉnh, nhất là các tỉnh miền núi phía Bắc', null),
					       (?, 'YEAR_LOCKED', '/results/years/2024', 'Năm 2024 đã khóa số liệu',
					        'Year 2024 is locked', null, now())""", account, link, account);
		}
	}

	/** None, or a sent and a failed e-mail (with its error), as the administrator's list shows them. */
	private void outgoingEmails(boolean withRows) {
		this.jdbc.update("delete from outgoing_emails");
		if (withRows) {
			this.jdbc.update("""
					insert into outgoing_emails (account_id, recipient, language, subject, body, status, attempts,
					                             last_error, sent_at)
					values (?, 'can.bo.so.cong.thuong.ha.noi@hanoi.gov.vn', 'vi',
					        'Kết quả bị trả lại: Số tuần hàng, hội chợ năm 2024', 'Nội dung', 'SENT', 1, null, now()),
					       (?, 'dieuphoi@hanoi.gov.vn', 'vi', 'Tóm tắt trong ngày', 'Nội dung', 'FAILED', 5,
					        '421 4.7.0 Try again later: the receiving server refused the connection', null)""",
					accountId(Role.STAFF), accountId(Role.COORDINATOR));
		}
	}

	/** None, or the approved 2024 figure of one indicator, published by the coordinator. */
	private void publishedFigures(boolean withRows) {
		this.jdbc.update("delete from published_figures");
		if (withRows) {
			this.jdbc.update("""
					insert into published_figures (indicator_id, year, target, actual, actual_is_lower_bound,
					                               published_by, published_at)
					select id, ?, 1500000.5, 1234567, false, ?, now() from indicators
					where code in ('TM.SAN_LUONG_KET_NOI', 'XTDT.HOI_NGHI')""", YEAR, accountId(Role.COORDINATOR));
		}
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
