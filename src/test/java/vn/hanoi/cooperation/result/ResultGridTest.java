package vn.hanoi.cooperation.result;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A department's year of results in one grid (issue 18): total then "trong đó" rows, last year beside them, save
 * as drafts, submit a selection or all, a message next to a bad cell with nothing lost, a row changed meanwhile
 * shown as it is now while the others are saved, locked years read-only, each department only its own grid.
 */
@PortalTest
class ResultGridTest {

	private static final String GOODS = "TM.SAN_LUONG_KET_NOI";

	private static final String FAIRS = "TM.TUAN_HANG";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestResults results;

	@BeforeEach
	void claimYears() {
		this.results = new TestResults(this.jdbc).year(2025).year(2026);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void staffSeeTheirIndicatorsAsTotalThenProvinceRowsWithLastYearsFigure() {
		this.results.create(GOODS, 2025, "SCT_2025", null, "280000", "310000", ResultStatus.APPROVED);
		this.results.create(GOODS, 2025, "SCT_2025", "11", "40000", "45000", ResultStatus.APPROVED);
		String page = grid(Role.STAFF, "");
		assertThat(page).contains("Kết quả năm 2026 – Sở Công Thương", "Thực hiện 2025", "310.000", "45.000")
			.contains("name=\"target_" + key(GOODS, null) + "\"", "name=\"actual_" + key(GOODS, "11") + "\"")
			// Every indicator of the group the department leads, even without a figure yet.
			.contains("name=\"actual_" + key(FAIRS, null) + "\"")
			.contains("<script src=\"/js/result-grid.js\"");
		// The total row comes before its "trong đó" row.
		assertThat(page.indexOf("actual_" + key(GOODS, null))).isLessThan(page.indexOf("actual_" + key(GOODS, "11")));
		assertThat(page.indexOf("trong đó: Điện Biên")).isPositive();
	}

	@Test
	void savingWritesDraftsInOneRequestAndSubmitsOnlyTheTickedRows() {
		MvcTestResult saved = post(Role.STAFF, "submitSelected", "target_" + key(GOODS, null), "1.500.000,5",
				"actual_" + key(GOODS, null), "1.200.000", "actual_" + key(FAIRS, null), "12",
				"submit_" + key(FAIRS, null), "true");
		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/results/years/2026/grid");
		assertThat(saved).flash().containsKey("gridSaved");
		assertThat(row(GOODS, null)).containsEntry("status", "DRAFT");
		assertThat(new java.math.BigDecimal(row(GOODS, null).get("target").toString()))
			.isEqualByComparingTo("1500000.5");
		assertThat(row(FAIRS, null)).containsEntry("status", "SUBMITTED");
		// The history says who created and submitted each figure, as for the single form.
		assertThat(this.jdbc.queryForList("""
				select c.action from yearly_result_changes c join yearly_results r on r.id = c.result_id
				where r.year = 2026 order by c.id""", String.class)).containsExactlyInAnyOrder("CREATED", "CREATED",
				"SUBMITTED");
		// The coordinators are told of the submitted figure, as when it is submitted from its own form; not of a draft.
		String submitted = "/results/" + row(FAIRS, null).get("id");
		String draft = "/results/" + row(GOODS, null).get("id");
		assertThat(this.jdbc.queryForList("""
				select n.link from notifications n join accounts a on a.id = n.account_id
				where n.kind = 'RESULT_SUBMITTED' and a.username = ? and n.link in (?, ?)""", String.class,
				this.accounts.username(Role.COORDINATOR), submitted, draft)).containsExactly(submitted);
		this.jdbc.update("delete from notifications where link in (?, ?)", submitted, draft);
		assertThat(grid(Role.STAFF, "")).contains("1.500.000,5", "1.200.000", "Chờ duyệt");
	}

	@Test
	void aBadCellSavesNothingKeepsWhatWasTypedAndSaysWhyNextToIt() {
		String page = TestPages.text(post(Role.STAFF, "save", "actual_" + key(GOODS, null), "1.5",
				"actual_" + key(FAIRS, null), "14"));
		assertThat(page).contains("Chưa lưu gì: có ô chưa hợp lệ")
			.contains("value=\"1.5\"", "value=\"14\"")
			.contains("id=\"actual_" + key(GOODS, null) + "_error\"")
			.contains("Số không hợp lệ: dùng dấu chấm ngăn cách hàng nghìn");
		assertThat(count2026()).isZero();
		// A minus sign is told as the single form tells it, not as a badly written number.
		assertThat(TestPages.text(post(Role.STAFF, "save", "actual_" + key(GOODS, null), "-3")))
			.contains("Số liệu không được âm.")
			.doesNotContain("Số không hợp lệ");
		assertThat(count2026()).isZero();
	}

	/** Sending the selected rows with none chosen said "0 saved; 0 submitted" in green. */
	@Test
	void sendingNoRowSaysNothingWasChosenAndANoChangeSaveSaysSo() {
		MvcTestResult none = post(Role.STAFF, "submitSelected");
		assertThat(none).hasStatus3xxRedirection().flash().containsEntry("gridNothing", "grid.nothingChosen");
		assertThat(TestPages.text(this.mvc.get().uri("/results/years/2026/grid").with(this.accounts.as(Role.STAFF))
			.flashAttrs(none.getMvcResult().getFlashMap()).exchange()))
			.contains("Chưa gửi duyệt gì: chưa chọn dòng nào.")
			.doesNotContain("Đã lưu 0 số liệu");
		assertThat(post(Role.STAFF, "save")).flash().containsEntry("gridNothing", "grid.nothingChanged");
		assertThat(count2026()).isZero();
	}

	@Test
	void aBreakdownAboveItsTotalIsRefusedOnTheTotalRow() {
		this.results.create(GOODS, 2025, "SCT_2025", "11", null, "45000", ResultStatus.APPROVED);
		String page = TestPages.text(post(Role.STAFF, "save", "actual_" + key(GOODS, null), "100",
				"actual_" + key(GOODS, "11"), "200"));
		assertThat(page).contains("Số thực hiện theo các địa phương cộng lại (200) lớn hơn tổng số của đơn vị (100)");
		assertThat(count2026()).isZero();
	}

	/** In English the messages are English and figures are written as on every page: 1.500.000,5. */
	@Test
	void inEnglishFiguresAreWrittenAsOnEveryPageAndMessagesAreEnglish() {
		assertThat(post(Role.STAFF, "save", "lang", "en", "target_" + key(GOODS, null), "1.500.000,5"))
			.hasStatus3xxRedirection();
		assertThat(new java.math.BigDecimal(row(GOODS, null).get("target").toString()))
			.isEqualByComparingTo("1500000.5");
		assertThat(grid(Role.STAFF, "?lang=en")).contains("1.500.000,5", "Save as draft", "the Vietnamese way")
			.doesNotContain("English way");
		assertThat(TestPages.text(post(Role.STAFF, "save", "lang", "en", "actual_" + key(FAIRS, null), "1.2.3")))
			.contains("Not a valid number: use dots between thousands");
	}

	@Test
	void aRowChangedMeanwhileShowsTheCurrentFigureWhileTheOthersAreSaved() {
		Long goods = this.results.create(GOODS, 2026, "SCT_2025", null, null, "100", ResultStatus.DRAFT);
		String before = grid(Role.STAFF, "");
		String version = TestPages.hidden(before, "version_" + key(GOODS, null));
		// Someone else corrects the figure after the grid was opened.
		this.jdbc.update("update yearly_results set actual = 150, version = version + 1 where id = ?", goods);
		String page = TestPages.text(post(Role.STAFF, "save", "actual_" + key(GOODS, null), "120",
				"version_" + key(GOODS, null), version, "actual_" + key(FAIRS, null), "7"));
		assertThat(page).contains("Người khác vừa thay đổi dòng này", "/ 120")
			.contains("value=\"150\"")
			.contains("các dòng khác đã được lưu");
		assertThat(this.results.actual(goods)).isEqualByComparingTo("150");
		assertThat(new java.math.BigDecimal(row(FAIRS, null).get("actual").toString())).isEqualByComparingTo("7");
	}

	/** A double click, two tabs or two colleagues: each save adds the same new row; one does, none gets a 500. */
	@Test
	void twentySavesAtOnceOfTheSameNewRowAddItOnceAndTellTheOthers() throws Exception {
		java.util.List<MvcTestResult> answers = vn.hanoi.cooperation.Concurrently.run(
				vn.hanoi.cooperation.Concurrently.REQUESTS,
				() -> post(Role.STAFF, "save", "actual_" + key(FAIRS, null), "7", "version_" + key(FAIRS, null), "-1"));
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getResponse().getStatus()).isIn(200, 302));
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 302).isNotEmpty();
		// The others are told nothing was saved, and what they typed is still in the grid.
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 200)
			.allSatisfy(answer -> assertThat(TestPages.text(answer)).contains("nên chưa có gì được lưu",
					"Những gì bạn đã nhập vẫn còn trong bảng"));
		assertThat(count2026()).isOne();
		assertThat(new java.math.BigDecimal(row(FAIRS, null).get("actual").toString())).isEqualByComparingTo("7");
	}

	/** Last year's "trên 310.000" stays a lower bound; a unit before 1 July 2025 is told from its successor. */
	@Test
	void lastYearsLowerBoundAndAFormerUnitSayWhatTheyAre() {
		Long total = this.results.create(GOODS, 2025, "SCT_2025", null, null, "310000", ResultStatus.APPROVED);
		this.results.lowerBound(total);
		assertThat(grid(Role.STAFF, "")).contains("trên 310.000");
		this.results.create(GOODS, 2025, "SCT_2025", "11@2008-08-01", null, "20000", ResultStatus.APPROVED);
		this.results.create(GOODS, 2025, "SCT_2025", "11", null, "25000", ResultStatus.DRAFT);
		String grid2025 = TestPages.text(this.mvc.get().uri("/results/years/2025/grid").with(this.accounts.as(Role.STAFF))
			.exchange());
		assertThat(grid2025.split("trong đó: Điện Biên", -1)).hasSize(3);
		assertThat(grid2025).containsOnlyOnce("(đơn vị trước 01/07/2025)");
	}

	/**
	 * Sở Công Thương (until 28/02/2025) set its 2025 target before the merger: its successor's staff see that figure
	 * beside their own row, read-only and named, and enter their own figures there; the predecessor's row stays as it
	 * was (its January and February), and a second total of the successor is refused as a duplicate. Until this,
	 * the grid showed the predecessor's figure as the row's and saving overwrote it.
	 */
	@Test
	void aPredecessorsFigureOfTheYearIsShownBesideTheSuccessorsOwnRowNeverOverwritten() {
		Long before = this.results.create(GOODS, 2025, "SCT", null, "300000", null, ResultStatus.DRAFT);
		String grid2025 = TestPages.text(this.mvc.get().uri("/results/years/2025/grid").with(this.accounts.as(Role.STAFF))
			.exchange());
		assertThat(grid2025).containsPattern("name=\"target_" + key(GOODS, null) + "\"[^>]* value=\"\"")
			.contains("name=\"version_" + key(GOODS, null) + "\" value=\"-1\"")
			.contains("Sở Công Thương (đến 28/02/2025): 300.000");

		assertThat(this.mvc.post().uri("/results/years/2025/grid").with(this.accounts.as(Role.STAFF)).with(csrf())
			.param("action", "save").param("target_" + key(GOODS, null), "280.000")
			.param("actual_" + key(GOODS, null), "310.000")
			.param("version_" + key(GOODS, null), "-1"))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForMap("select target, actual from yearly_results where id = ?", before))
			.as("the predecessor's row as it was")
			.containsEntry("actual", null)
			.hasEntrySatisfying("target", t -> assertThat((java.math.BigDecimal) t).isEqualByComparingTo("300000"));
		assertThat(this.jdbc.queryForList("""
				select d.code || '=' || r.actual::bigint from yearly_results r join indicators i on i.id = r.indicator_id
				  join departments d on d.id = r.department_id
				where r.year = 2025 and i.code = ? and r.province_id is null and r.actual is not null""", String.class,
				GOODS)).containsExactly("SCT_2025=310000");

		String refused = TestPages.text(this.mvc.post().uri("/results/new").with(this.accounts.as(Role.STAFF))
			.with(csrf()).param("year", "2025")
			.param("indicatorId", String.valueOf(this.jdbc.queryForObject("select id from indicators where code = ?",
					Long.class, GOODS)))
			.param("actual", "1").exchange());
		assertThat(refused).contains("Chỉ tiêu này đã có số liệu của cùng đơn vị và địa phương trong năm");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from yearly_results r join indicators i on i.id = r.indicator_id
				where r.year = 2025 and i.code = ? and r.province_id is null""", Long.class, GOODS)).isEqualTo(2);
	}

	@Test
	void aLockedYearIsReadOnlyAndSaysSo() {
		this.jdbc.update("insert into locked_years (year, locked_by_name) values (2026, 'Điều phối')");
		String page = grid(Role.STAFF, "");
		assertThat(page).contains("Năm 2026 đã khóa số liệu: bảng chỉ để xem").doesNotContain("name=\"actual_");
		assertThat(TestPages.text(post(Role.STAFF, "save", "actual_" + key(FAIRS, null), "7")))
			.contains("Năm 2026 đã khóa số liệu");
		assertThat(count2026()).isZero();
	}

	@Test
	void eachDepartmentSeesOnlyItsOwnGridAndTheCoordinatorOnlyLooks() {
		Long other = this.jdbc.queryForObject("select id from departments where code = 'SNNMT_2025'", Long.class);
		assertThat(this.mvc.get().uri("/results/years/2026/grid?department=" + other).with(this.accounts.as(Role.STAFF)))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/results/years/2026/grid").with(this.accounts.as(Role.LEADER))).hasStatus(404);
		assertThat(this.mvc.get().uri("/results/years/2026/grid").with(this.accounts.as(Role.PROVINCE))).hasStatus(404);
		Long own = this.jdbc.queryForObject("select id from departments where code = 'SCT_2025'", Long.class);
		assertThat(grid(Role.COORDINATOR, "?department=" + own)).contains("Bảng chỉ để xem")
			.doesNotContain("name=\"actual_");
		assertThat(this.mvc.post().uri("/results/years/2026/grid").with(this.accounts.as(Role.COORDINATOR))
			.with(csrf()).param("actual_" + key(FAIRS, null), "7")).hasStatus(404);
		assertThat(count2026()).isZero();
	}

	@Test
	void theYearsResultsPageLinksStaffToTheGrid() {
		assertThat(TestPages.text(this.mvc.get().uri("/results/years/2026").with(this.accounts.as(Role.STAFF))
			.exchange())).contains("href=\"/results/years/2026/grid\"");
	}

	private String grid(Role role, String query) {
		return TestPages.text(this.mvc.get().uri("/results/years/2026/grid" + query).with(this.accounts.as(role))
			.exchange());
	}

	private MvcTestResult post(Role role, String action, String... fields) {
		var request = this.mvc.post().uri("/results/years/2026/grid").with(this.accounts.as(role)).with(csrf())
			.param("action", action);
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	private String key(String indicator, String province) {
		Long indicatorId = this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, indicator);
		Long provinceId = province == null ? 0L : this.jdbc.queryForObject(
				"select id from provinces where code = ? and valid_from = date '2025-07-01'", Long.class, province);
		return indicatorId + "-" + provinceId;
	}

	private java.util.Map<String, Object> row(String indicator, String province) {
		return this.jdbc.queryForMap("""
				select r.id, status, target, actual from yearly_results r join indicators i on i.id = r.indicator_id
				where r.year = 2026 and i.code = ? and r.province_id is not distinct from
				  (select id from provinces where code = ? and valid_from = date '2025-07-01')""", indicator, province);
	}

	private long count2026() {
		return this.jdbc.queryForObject("select count(*) from yearly_results where year = 2026", Long.class);
	}

}
