package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.account.Viewers;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity list: search without diacritics, combined filters, the deadline status in SQL, pages. */
@PortalTest
class ActivitySearchTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Autowired
	ActivitySearch search;

	@Autowired
	Viewers viewers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	TestActivities activities;

	Viewer leader;

	@BeforeEach
	void setUp() {
		this.activities = new TestActivities(this.jdbc);
		this.leader = this.viewers.of(this.accounts.principal(Role.LEADER));
	}

	@AfterEach
	void tearDown() {
		this.activities.removeAll();
	}

	@Test
	void searchIgnoresDiacriticsInTitlesAndProvinceNames() {
		this.activities.create("Hội nghị Xúc tiến đầu tư vào vùng Tây Bắc", "SCT_2025", null, false);
		this.activities.create("Tuần hàng nông sản", "SCT_2025", null, false, "11");
		this.activities.create("Khám bệnh miễn phí", "SYT_2025", null, false, "12");
		// The same answers across all years and within the activities' year (two ways of writing the search).
		for (Integer year : java.util.Arrays.asList(null, 2022)) {
			assertThat(titles(filter("xuc tien", year))).containsExactly("Hội nghị Xúc tiến đầu tư vào vùng Tây Bắc");
			assertThat(titles(filter("XÚC TIẾN", year))).containsExactly("Hội nghị Xúc tiến đầu tư vào vùng Tây Bắc");
			assertThat(titles(filter("dien bien", year))).containsExactly("Tuần hàng nông sản");
			assertThat(titles(filter("Điện Biên", year))).containsExactly("Tuần hàng nông sản");
			assertThat(titles(filter("100%_", year))).isEmpty();
		}
		assertThat(titles(filter("dien bien", 2023))).isEmpty();
	}

	@Test
	void filtersCombine() {
		Long trade = this.jdbc.queryForObject("select id from departments where code = 'SCT_2025'", Long.class);
		this.activities.create("Kết nối cung cầu A", "SCT_2025", TODAY.minusDays(3), false, "11");
		this.activities.create("Kết nối cung cầu B", "SCT", TODAY.plusDays(3), false, "11");
		this.activities.create("Kết nối cung cầu C", "SYT_2025", TODAY.minusDays(3), false, "11");
		this.activities.create("Kết nối cung cầu D", "SCT_2025", TODAY.minusDays(3), false, "12");
		ActivityFilter byDepartmentAndProvince = new ActivityFilter(2022, null, trade, dienBien2025(), null, null,
				"ket noi", "title", null);
		// Sở Công Thương of 2025 includes its 2022 predecessor; Điện Biên of 2025 includes the 2008 unit.
		assertThat(titles(byDepartmentAndProvince)).containsExactly("Kết nối cung cầu A", "Kết nối cung cầu B");
		ActivityFilter overdueOnly = new ActivityFilter(2022, null, trade, dienBien2025(), null,
				DeadlineStatus.OVERDUE, "ket noi", "title", null);
		assertThat(titles(overdueOnly)).containsExactly("Kết nối cung cầu A");
	}

	@Test
	void theSqlDeadlineStatusAgreesWithTheJavaOne() {
		this.activities.create("Hạn hôm nay", "SCT_2025", TODAY, false);
		this.activities.create("Hạn hôm qua", "SCT_2025", TODAY.minusDays(1), false);
		this.activities.create("Không có hạn", "SCT_2025", null, false);
		Long completedOnDeadline = this.activities.create("Xong đúng ngày hạn", "SCT_2025", TODAY.minusDays(10), false);
		Long completedLate = this.activities.create("Xong sau hạn một ngày", "SCT_2025", TODAY.minusDays(10), false);
		this.jdbc.update("update activities set status = 'COMPLETED', actual_completion = deadline where id = ?",
				completedOnDeadline);
		this.jdbc.update("update activities set status = 'COMPLETED', actual_completion = deadline + 1 where id = ?",
				completedLate);
		for (DeadlineStatus status : DeadlineStatus.values()) {
			ActivityPage page = this.search.find(
					new ActivityFilter(null, null, null, null, null, status, null, "title", null), this.leader, TODAY);
			assertThat(page.rows()).as(status.name()).allMatch(row -> row.deadlineStatus() == status);
		}
		assertThat(titles(new ActivityFilter(null, null, null, null, null, DeadlineStatus.ON_TRACK, null, "title", null)))
			.contains("Hạn hôm nay")
			.doesNotContain("Hạn hôm qua");
		assertThat(titles(new ActivityFilter(null, null, null, null, null, DeadlineStatus.COMPLETED_LATE, null, "title",
				null))).contains("Xong sau hạn một ngày").doesNotContain("Xong đúng ngày hạn");
	}

	@Test
	void pagesHoldTwentyAndCountTheWhole() {
		for (int i = 1; i <= 45; i++) {
			this.activities.create("Trang %02d".formatted(i), "SCT_2025", null, false);
		}
		ActivityPage third = this.search.find(new ActivityFilter(null, null, null, null, null, null, "trang", "title", 3),
				this.leader, TODAY);
		assertThat(third.total()).isEqualTo(45);
		assertThat(third.pageCount()).isEqualTo(3);
		assertThat(third.rows()).extracting(ActivityRow::title).containsExactly("Trang 41", "Trang 42", "Trang 43",
				"Trang 44", "Trang 45");
		assertThat(this.mvc.get().uri("/activities?q=trang&sort=title&page=2").with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.contains("45 hoạt động · đang xem 21–40")
			.contains("Trang 21")
			.doesNotContain("Trang 20<")
			.contains("/activities?q=trang&amp;sort=title&amp;page=3");
	}

	/**
	 * A page past the end (a bookmark after deletions, a typed number, 2147483647) shows the last page with the
	 * whole count: it said "nothing matches" without a way back, and from page 107,374,184 on answered a 500.
	 */
	@Test
	void aPagePastTheEndShowsTheLastPage() {
		for (int i = 1; i <= 25; i++) {
			this.activities.create("Trang %02d".formatted(i), "SCT_2025", null, false);
		}
		for (String page : new String[] { "3", "107374184", "2147483647" }) {
			assertThat(this.mvc.get()
				.uri("/activities?q=trang&sort=title&page={page}", page)
				.with(this.accounts.as(Role.LEADER))).as(page)
				.hasStatusOk()
				.bodyText()
				.contains("25 hoạt động · đang xem 21–25", "Trang 25", "Trang 2/2")
				.doesNotContain("Không có hoạt động nào khớp bộ lọc");
		}
		assertThat(this.mvc.get().uri("/activities?page=2147483647").with(this.accounts.as(Role.LEADER)))
			.hasStatusOk();
	}

	@Test
	void withoutFiltersEveryActivityIsCountedAndEachOrderHolds() {
		for (int i = 1; i <= 25; i++) {
			this.activities.create("Không lọc %02d".formatted(26 - i), "SCT_2025", TODAY.plusDays(i % 7), false);
		}
		Long all = this.jdbc.queryForObject("select count(*) from activities", Long.class);
		Map<String, String> orders = Map.of("title", "lower(title) asc, id asc", "deadline",
				"deadline asc nulls last, id desc", "updated", "last_update_at desc, id desc");
		orders.forEach((sort, sql) -> {
			for (int page = 1; page <= 2; page++) {
				ActivityPage found = this.search.find(new ActivityFilter(null, null, null, null, null, null, null, sort,
						page), this.leader, TODAY);
				assertThat(found.total()).as(sort).isEqualTo(all);
				assertThat(found.rows()).extracting(ActivityRow::id)
					.as(sort + " page " + page)
					.containsExactlyElementsOf(this.jdbc.queryForList(
							"select id from activities order by " + sql + " limit 20 offset ?", Long.class,
							(page - 1) * 20));
			}
		});
	}

	@Test
	void aPageKeptInMemoryGivesWayToTheNextChange() {
		Long fair = this.activities.create("Hội chợ mùa thu", "SCT_2025", null, false);
		assertThat(titles(filter("hoi cho"))).containsExactly("Hội chợ mùa thu");
		assertThat(titles(filter("hoi cho"))).as("the same page again").containsExactly("Hội chợ mùa thu");
		this.jdbc.update("update activities set title = 'Hội chợ mùa đông' where id = ?", fair);
		this.activities.create("Hội chợ xuân", "SYT_2025", null, false);
		assertThat(titles(filter("hoi cho"))).containsExactlyInAnyOrder("Hội chợ mùa đông", "Hội chợ xuân");
	}

	@Test
	void htmxGetsOnlyTheResults() {
		this.activities.create("Hội chợ đặc sản vùng miền", "SCT_2025", null, false);
		assertThat(this.mvc.get()
			.uri("/activities?q=hoi cho")
			.header("HX-Request", "true")
			.with(this.accounts.as(Role.LEADER))).hasStatusOk()
			.bodyText()
			.contains("Hội chợ đặc sản vùng miền")
			.doesNotContain("<html")
			.doesNotContain("<form");
	}

	private ActivityFilter filter(String text) {
		return filter(text, null);
	}

	private ActivityFilter filter(String text, Integer year) {
		return new ActivityFilter(year, null, null, null, null, null, text, "title", null);
	}

	private List<String> titles(ActivityFilter filter) {
		return this.search.find(filter, this.leader, TODAY).rows().stream().map(ActivityRow::title).toList();
	}

	private Long dienBien2025() {
		return this.jdbc.queryForObject("select id from provinces where code = '11' and valid_from = date '2025-07-01'",
				Long.class);
	}

	static List<String> list(String... values) {
		return Arrays.asList(values);
	}

}
