package vn.hanoi.cooperation.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.activity.TestActivities;
import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.ProvincePeriod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures in the one cache: computed once per key however many ask together, renewed only when
 * what they count changes, and never shown to a viewer whose read scope differs.
 */
@PortalTest
class DashboardCacheTest {

	private static final String MARK = "CACHEDASH ";

	/** A plan year no other test creates. */
	private static final int FUTURE_YEAR = 2093;

	@Autowired
	DashboardCache cache;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private TestActivities activities;

	@BeforeEach
	void startAfresh() {
		this.activities = new TestActivities(this.jdbc);
	}

	@AfterEach
	void removeActivities() {
		this.activities.removeAll();
	}

	@Test
	void twentyRequestsTogetherComputeTheFiguresOnce() throws Exception {
		// A version no real data has, so that this key is new to the cache.
		DashboardCache.Key key = new DashboardCache.Key(-System.nanoTime(), LocalDate.of(2022, 10, 1), 2022,
				ProvincePeriod.UNITS_2025, null, new ReadScope(true, Set.of()));
		Dashboard figures = new Dashboard(2022, List.of(), null, null, 0, 0, List.of(), List.of(), List.of(), List.of(),
				ProvincePeriod.UNITS_2025, java.math.BigDecimal.ZERO, List.of(), 0, 0, null, List.of(), List.of(), List.of(), null);
		AtomicInteger computations = new AtomicInteger();
		List<DashboardCache.Figures> answers = Concurrently.run(Concurrently.REQUESTS,
				() -> this.cache.get(key, () -> {
					computations.incrementAndGet();
					sleep(300);
					return figures;
				}));
		assertThat(computations).hasValue(1);
		assertThat(answers).hasSize(Concurrently.REQUESTS).allSatisfy(a -> assertThat(a).isSameAs(answers.get(0)));
	}

	@Test
	void aChangeAboutOneProvinceRecomputesOnlyTheFiguresThatCountIt() {
		Long dienBienActivity = activity(MARK + "Tuần hàng Điện Biên", "11");
		activity(MARK + "Hội chợ Lai Châu", "12");
		RequestPostProcessor dienBien = TestAccounts.as(this.accounts.provinceOf("11"));
		RequestPostProcessor laiChau = TestAccounts.as(this.accounts.provinceOf("12"));
		dashboard(dienBien).contains(MARK + "Tuần hàng Điện Biên");
		dashboard(laiChau).contains(MARK + "Hội chợ Lai Châu");
		long computations = this.cache.computations();

		this.jdbc.update("update activities set title = ? where id = ?", MARK + "Tuần hàng Điện Biên mở rộng",
				dienBienActivity);
		dashboard(laiChau).contains(MARK + "Hội chợ Lai Châu");
		assertThat(this.cache.computations()).as("Lai Châu's figures are served from memory").isEqualTo(computations);
		dashboard(dienBien).contains(MARK + "Tuần hàng Điện Biên mở rộng");
		assertThat(this.cache.computations()).as("Điện Biên's are computed again").isEqualTo(computations + 1);
	}

	@Test
	void aProgressNoteLeavesTheCitysFiguresInMemoryWhileACompletionRenewsThem() {
		Long activity = activity(MARK + "Hội nghị xúc tiến", "11");
		RequestPostProcessor leader = this.accounts.as(Role.LEADER);
		dashboard(leader).contains(MARK + "Hội nghị xúc tiến");
		long computations = this.cache.computations();

		// What ActivityService.addProgress writes: the note, and the activity's last update.
		this.jdbc.update("""
				insert into activity_progress_updates (activity_id, noted_on, note, author_name)
				values (?, current_date, 'CACHEDASH ghi chú', 'Cán bộ')""", activity);
		this.jdbc.update("update activities set last_update_at = now() where id = ?", activity);
		dashboard(leader).contains(MARK + "Hội nghị xúc tiến");
		assertThat(this.cache.computations()).as("a note changes no figure").isEqualTo(computations);

		this.jdbc.update("update activities set status = 'COMPLETED', actual_completion = date '2022-06-01' "
				+ "where id = ?", activity);
		dashboard(leader).doesNotContain(MARK + "Hội nghị xúc tiến");
		assertThat(this.cache.computations()).as("a completion is counted at once").isEqualTo(computations + 1);
	}

	@Test
	void viewersWithDifferentScopesNeverShareFigures() {
		activity(MARK + "Chỉ Điện Biên", "11");
		RequestPostProcessor dienBien = TestAccounts.as(this.accounts.provinceOf("11"));
		RequestPostProcessor laiChau = TestAccounts.as(this.accounts.provinceOf("12"));
		dashboard(dienBien).contains(MARK + "Chỉ Điện Biên");
		dashboard(laiChau).doesNotContain(MARK + "Chỉ Điện Biên");
		dashboard(dienBien).contains(MARK + "Chỉ Điện Biên");
	}

	@Test
	void anHtmxRequestGetsTheContentAloneRenderedByThymeleaf() {
		activity(MARK + "Nội dung htmx", "11");
		assertThat(this.mvc.get()
			.uri("/dashboard?year=2022")
			.header("HX-Request", "true")
			.with(TestAccounts.as(this.accounts.provinceOf("11")))).hasStatusOk()
			.bodyText()
			.contains(MARK + "Nội dung htmx")
			.doesNotContain("<html", "<head");
	}

	@Test
	void aKeptDashboardReadsNoPlanAndANewPlanYearIsOfferedAtOnce() {
		RequestPostProcessor leader = this.accounts.as(Role.LEADER);
		String future = "/dashboard?year=" + FUTURE_YEAR;
		try {
			assertThat(this.mvc.get().uri(future).with(leader)).hasStatusOk()
				.bodyText()
				.doesNotContain("kế hoạch năm " + FUTURE_YEAR);
			List<String> kept = SqlStatements.sqlDuring(() -> assertThat(this.mvc.get().uri(future).with(leader))
				.hasStatusOk());
			assertThat(kept).as("a kept page: the plan's years kept with the figures")
				.isNotEmpty()
				.noneMatch(sql -> sql.contains("plans"));

			this.jdbc.update("insert into plans (year, title_vi, title_en) values (?, 'Kế hoạch thử', 'Test plan')",
					FUTURE_YEAR);
			assertThat(this.mvc.get().uri(future).with(leader)).hasStatusOk()
				.bodyText()
				.contains("kế hoạch năm " + FUTURE_YEAR);
		}
		finally {
			this.jdbc.update("delete from plans where year = ?", FUTURE_YEAR);
		}
	}

	private org.assertj.core.api.AbstractStringAssert<?> dashboard(RequestPostProcessor viewer) {
		return assertThat(this.mvc.get().uri("/dashboard?year=2022").with(viewer)).hasStatusOk().bodyText();
	}

	/** An open activity of 2022, overdue since 2 January, shared with the province's 2025 unit. */
	private Long activity(String title, String provinceCode) {
		return this.activities.create(title, "SCT_2025", LocalDate.of(2022, 1, 2), true,
				provinceCode + "@" + Province.MERGER_DAY);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
