package vn.hanoi.cooperation.result;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.system.DisplayFormats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * A department's row without a province is its total; its province rows are the breakdown of that total ("trong
 * đó"), never added to it. The expected figures are worked out by hand from the rows each test writes.
 */
@PortalTest
class TotalAndBreakdownTest {

	private static final String GOODS = "TM.SAN_LUONG_KET_NOI";

	private static final String GOODS_NAME = "Sản lượng hàng hóa được kết nối tiêu thụ";

	/** A running total (LAST). */
	private static final String CHAINS = "NN.CHUOI_LIEN_KET";

	private static final String CHAINS_NAME = "Số chuỗi liên kết sản xuất, tiêu thụ nông sản an toàn (lũy kế)";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Viewers viewers;

	@Autowired
	ResultYearReport report;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DisplayFormats formats;

	TestResults results;

	@BeforeEach
	void claimYears() {
		this.results = new TestResults(this.jdbc).year(2023).year(2024).year(2025);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void aDepartmentsTotalIsItsFigureAndItsBreakdownIsNotAddedToIt() {
		// Sở Công Thương: a total of 310.000, of which Điện Biên 45.000 and Sơn La 61.000.
		this.results.create(GOODS, 2024, "SCT", null, "280000", "310000", ResultStatus.APPROVED);
		this.results.create(GOODS, 2024, "SCT", "11@2008-08-01", "40000", "45000", ResultStatus.APPROVED);
		this.results.create(GOODS, 2024, "SCT", "14@2008-08-01", "50000", "61000", ResultStatus.APPROVED);
		// Sở NN&PTNT: no total, only a breakdown (Điện Biên 10.000, Lai Châu 5.000), which is then its figure.
		this.results.create(GOODS, 2024, "SNNPTNT", "11@2008-08-01", null, "10000", ResultStatus.APPROVED);
		this.results.create(GOODS, 2024, "SNNPTNT", "12@2008-08-01", null, "5000", ResultStatus.APPROVED);

		YearReport.IndicatorLine line = goods(this.report.build(2024, leader(), false));
		// 310.000 + (10.000 + 5.000); the 45.000 and 61.000 are inside the 310.000.
		assertThat(line.total().actual()).isEqualByComparingTo("325000");
		assertThat(line.total().target()).isEqualByComparingTo("280000");
		assertThat(line.total().lowerBound()).isFalse();
		// The breakdown by province: Điện Biên 45.000 + 10.000 from both departments.
		assertThat(province(line, "Điện Biên").actual()).isEqualByComparingTo("55000");
		assertThat(province(line, "Sơn La").actual()).isEqualByComparingTo("61000");
		assertThat(province(line, "Lai Châu").actual()).isEqualByComparingTo("5000");

		String row = ResultScenarioTest.row(page("/results/years/2024", Role.LEADER), GOODS_NAME);
		assertThat(row).contains(">325.000<").doesNotContain(">431.000<");
		assertThat(page("/results/years/2024", Role.LEADER)).contains("trong đó:");
		// The entries say which row is a total and which is part of it.
		assertThat(page("/results/years/2024/entries", Role.LEADER)).contains("trong đó: Điện Biên", ">Tổng số<");
	}

	@Test
	void aTotalThatIncludesALowerBoundIsALowerBoundAndSaysSo() {
		Long total = this.results.create(GOODS, 2024, "SCT", null, null, "310000", ResultStatus.APPROVED);
		this.results.lowerBound(total);
		this.results.create(GOODS, 2024, "SCT", "11@2008-08-01", null, "45000", ResultStatus.APPROVED);

		FigureLine line = goods(this.report.build(2024, leader(), false)).total();
		assertThat(line.actual()).isEqualByComparingTo("310000");
		assertThat(line.lowerBound()).isTrue();
		// From 2021 (the plan's "trên 300.000") to 2024: trên 610.000.
		assertThat(line.periodValue()).isEqualByComparingTo("610000");
		assertThat(line.periodLowerBound()).isTrue();
		String row = ResultScenarioTest.row(page("/results/years/2024", Role.LEADER), GOODS_NAME);
		assertThat(row).contains("trên </span><span>310.000<", "trên </span><span>610.000<");
	}

	@Test
	void aBreakdownNeverStandsInForATotalThatIsNotApprovedOrHasNoActualYet() {
		// Sở Công Thương's total was returned; its Điện Biên row was approved.
		Long returned = this.results.create(GOODS, 2024, "SCT", null, "280000", "310000", ResultStatus.RETURNED);
		this.results.create(GOODS, 2024, "SCT", "11@2008-08-01", "40000", "45000", ResultStatus.APPROVED);
		// Sở NN&PTNT: an approved total with its target and no actual yet, and an approved breakdown.
		this.results.create(GOODS, 2024, "SNNPTNT", null, "20000", null, ResultStatus.APPROVED);
		this.results.create(GOODS, 2024, "SNNPTNT", "12@2008-08-01", null, "5000", ResultStatus.APPROVED);

		FigureLine approved = goods(this.report.build(2024, leader(), false)).total();
		// Neither department has an approved actual: no city figure, not 45.000 + 5.000 against a target of 20.000.
		assertThat(approved.actual()).isNull();
		assertThat(approved.target()).isEqualByComparingTo("20000");
		String row = ResultScenarioTest.row(page("/results/years/2024", Role.LEADER), GOODS_NAME);
		assertThat(row).doesNotContain("45.000", "50.000");

		// With the figures awaiting approval counted, Sở Công Thương's total is its figure.
		FigureLine all = goods(this.report.build(2024, leader(), true)).total();
		assertThat(all.actual()).isEqualByComparingTo("310000");
		assertThat(all.target()).isEqualByComparingTo("300000");

		// Once approved, the total counts and its breakdown still is not added to it.
		this.jdbc.update("""
				update yearly_results set status = 'APPROVED', return_reason = null, approved_at = now(),
				                          approved_by_name = 'Điều phối'
				 where id = ?""", returned);
		assertThat(goods(this.report.build(2024, leader(), false)).total().actual()).isEqualByComparingTo("310000");
	}

	@Test
	void aProvinceSeesItsOwnRowsNeverADepartmentsTotal() {
		this.results.create(GOODS, 2025, "SCT_2025", null, null, "335000", ResultStatus.APPROVED);
		this.results.create(GOODS, 2025, "SCT_2025", "11", null, "52000", ResultStatus.APPROVED);
		YearReport.IndicatorLine line = goods(
				this.report.build(2025, this.viewers.of(this.accounts.principal(Role.PROVINCE)), false));
		assertThat(line.total().actual()).isEqualByComparingTo("52000");
	}

	@Test
	void aBreakdownLargerThanItsTotalIsRefusedOnSave() {
		Long total = this.results.create(GOODS, 2025, "SCT_2025", null, "100000", "100000", ResultStatus.DRAFT);
		this.results.create(GOODS, 2025, "SCT_2025", "11", null, "60000", ResultStatus.DRAFT);
		// 60.000 + 50.000 = 110.000 > 100.000.
		MvcTestResult refused = enter("14", "50.000");
		assertThat(refused).hasStatusOk();
		assertThat(HtmlUtils.htmlUnescape(body(refused))).contains("(110.000)", "(100.000)", "trong đó");
		assertThat(count()).isEqualTo(2);
		// 60.000 + 40.000 = 100.000 fits.
		assertThat(enter("14", "40.000")).hasStatus3xxRedirection().flash().doesNotContainKey("warning");
		assertThat(count()).isEqualTo(3);
		// Lowering the total below its breakdown is refused too.
		assertThat(this.mvc.post().uri("/results/{id}/edit", total).with(as(this.accounts.principal(Role.STAFF)))
			.with(csrf()).param("indicatorId", indicatorId().toString()).param("target", "100.000")
			.param("actual", "90.000").param("version", String.valueOf(this.results.version(total)))).hasStatusOk();
		assertThat(this.results.actual(total)).isEqualByComparingTo("100000");
	}

	@Test
	void aBreakdownLargerThanALowerBoundTotalIsSavedWithAWarning() {
		Long total = this.results.create(GOODS, 2025, "SCT_2025", null, null, "100000", ResultStatus.DRAFT);
		this.results.lowerBound(total);
		this.results.create(GOODS, 2025, "SCT_2025", "11", null, "60000", ResultStatus.DRAFT);
		assertThat(enter("14", "50.000")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("warning", "breakdownAboveLowerBound");
		assertThat(count()).isEqualTo(3);
	}

	/**
	 * A running total (LAST) of Tuyên Quang of 1 July 2025 counts the territory of Hà Giang and the old Tuyên Quang:
	 * their 30/6 figures of the same department are inside its 31/12 figure, never added to it.
	 */
	@Test
	void aNewUnitsRunningTotalCoversTheSameDepartmentsRowsOfTheUnitsItWasFormedFrom() {
		mergedTuyenQuang(CHAINS);
		YearReport.IndicatorLine line = line(this.report.build(2025, leader(), false), CHAINS);
		assertThat(province(line, "Tuyên Quang").actual()).isEqualByComparingTo("10");
		assertThat(line.total().actual()).isEqualByComparingTo("10");
		assertThat(departmentFigure(CHAINS, "SCT_2025")).isEqualByComparingTo("10");
		assertThat(breakdownRow(page("/results/years/2025", Role.LEADER), CHAINS_NAME, "Tuyên Quang"))
			.contains(">10<").doesNotContain(">18<");
		// Counted with the figures awaiting approval too.
		assertThat(province(line(this.report.build(2025, leader(), true), CHAINS), "Tuyên Quang").actual())
			.isEqualByComparingTo("10");
	}

	@Test
	void aFlowOfTheUnitsANewUnitWasFormedFromStillAddsUp() {
		mergedTuyenQuang(GOODS);
		YearReport.IndicatorLine line = goods(this.report.build(2025, leader(), false));
		assertThat(province(line, "Tuyên Quang").actual()).isEqualByComparingTo("18");
		assertThat(line.total().actual()).isEqualByComparingTo("18");
		assertThat(departmentFigure(GOODS, "SCT_2025")).isEqualByComparingTo("18");
	}

	@Test
	void aRunningTotalOfFormerUnitsOnlyStillAddsUp() {
		this.results.create(CHAINS, 2025, "SCT_2025", "02@2008-08-01", null, "5", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2025, "SCT_2025", "08@2008-08-01", null, "3", ResultStatus.APPROVED);
		// Another department's Tuyên Quang of July does not cover this department's rows.
		this.results.create(CHAINS, 2025, "SNNMT_2025", "08", null, "4", ResultStatus.APPROVED);
		YearReport.IndicatorLine line = line(this.report.build(2025, leader(), false), CHAINS);
		assertThat(province(line, "Tuyên Quang").actual()).isEqualByComparingTo("12");
		assertThat(line.total().actual()).isEqualByComparingTo("12");
		assertThat(departmentFigure(CHAINS, "SCT_2025")).isEqualByComparingTo("8");
	}

	/**
	 * The new Tuyên Quang's approved row with its target and no actual yet covers no actual: a leader reads Hà Giang's
	 * 5 and the old Tuyên Quang's 3, not an empty figure, until the new unit's actual arrives.
	 */
	@Test
	void aNewUnitsRunningTotalWithoutAnActualYetLeavesTheFormerUnitsActualsCounted() {
		this.results.create(CHAINS, 2025, "SCT_2025", "02@2008-08-01", null, "5", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2025, "SCT_2025", "08@2008-08-01", null, "3", ResultStatus.APPROVED);
		Long successor = this.results.create(CHAINS, 2025, "SCT_2025", "08", "12", null, ResultStatus.APPROVED);

		YearReport.IndicatorLine line = line(this.report.build(2025, leader(), false), CHAINS);
		assertThat(province(line, "Tuyên Quang").actual()).isEqualByComparingTo("8");
		assertThat(province(line, "Tuyên Quang").target()).isEqualByComparingTo("12");
		assertThat(line.total().actual()).isEqualByComparingTo("8");
		assertThat(departmentFigure(CHAINS, "SCT_2025")).isEqualByComparingTo("8");
		String page = page("/results/years/2025", Role.LEADER);
		assertThat(breakdownRow(page, CHAINS_NAME, "Tuyên Quang")).contains(">8<", ">12<");
		assertThat(ResultScenarioTest.row(page, CHAINS_NAME)).contains(">8<");

		// Its actual arrives: the new unit's 10 covers the 5 and the 3.
		this.jdbc.update("update yearly_results set actual = 10 where id = ?", successor);
		line = line(this.report.build(2025, leader(), false), CHAINS);
		assertThat(province(line, "Tuyên Quang").actual()).isEqualByComparingTo("10");
		assertThat(line.total().actual()).isEqualByComparingTo("10");
		assertThat(departmentFigure(CHAINS, "SCT_2025")).isEqualByComparingTo("10");
	}

	/**
	 * A row's target and actual are two figures, covered one by one: the new Tuyên Quang's target covers the targets
	 * of Hà Giang and the old Tuyên Quang, its actual their actuals. Hà Giang's actual "trên 5" is disputed by the
	 * province; both marks go with that actual.
	 */
	@Test
	void aNewUnitsTargetCoversTheFormerUnitsTargetsAndItsActualTheirActuals() {
		Long haGiang = this.results.create(CHAINS, 2025, "SCT_2025", "02@2008-08-01", "6", "5", ResultStatus.APPROVED);
		this.results.lowerBound(haGiang);
		this.results.dispute(haGiang, "08");
		this.results.create(CHAINS, 2025, "SCT_2025", "08@2008-08-01", "4", "3", ResultStatus.APPROVED);
		Long successor = this.results.create(CHAINS, 2025, "SCT_2025", "08", "12", null, ResultStatus.APPROVED);

		// Its target and no actual yet: the 12 planned covers the 6 and the 4 (not 22); the 5 and the 3 add up.
		assertFigures("12", "8", true);
		String page = page("/results/years/2025", Role.LEADER);
		assertThat(breakdownRow(page, CHAINS_NAME, "Tuyên Quang")).contains(">12<", ">8<").doesNotContain(">22<");
		assertThat(ResultScenarioTest.row(page, CHAINS_NAME)).contains(">12<", ">8<").doesNotContain(">22<");

		// Its actual arrives: the 10 covers the 5 and the 3, and Hà Giang's marks with them.
		this.jdbc.update("update yearly_results set actual = 10 where id = ?", successor);
		assertFigures("12", "10", false);

		// An actual and no target: the 6 and the 4 planned still add up.
		this.jdbc.update("update yearly_results set target = null, actual = 11 where id = ?", successor);
		assertFigures("10", "11", false);
		page = page("/results/years/2025", Role.LEADER);
		assertThat(breakdownRow(page, CHAINS_NAME, "Tuyên Quang")).contains(">10<", ">11<").doesNotContain(">19<");
	}

	/**
	 * Sở NN&PTNT and Sở TN&MT ended on 28/2/2025 and Sở Nông nghiệp và Môi trường took over both: its running total
	 * at 31/12 (8) holds the stocks they reported (over 5 and 3), so the city reads 8, not 16. Its actual covers
	 * their actuals (and the "over" with them), not their targets, since it has none: 6 + 4 planned. Each former
	 * department's own figure stays its own.
	 */
	@Test
	void aSuccessorDepartmentsRunningTotalCoversTheTotalsOfTheDepartmentsThatEndedThatYear() {
		for (String indicator : java.util.List.of(CHAINS, GOODS)) {
			Long agriculture = this.results.create(indicator, 2025, "SNNPTNT", null, "6", "5", ResultStatus.APPROVED);
			this.results.lowerBound(agriculture);
			this.results.create(indicator, 2025, "STNMT", null, "4", "3", ResultStatus.APPROVED);
			this.results.create(indicator, 2025, "SNNMT_2025", null, null, "8", ResultStatus.APPROVED);
		}
		assertCity(CHAINS, 2025, "10", "8", false);
		FigureLine total = line(this.report.build(2025, leader(), false), CHAINS).total();
		assertThat(total.actual()).isEqualByComparingTo("8");
		assertThat(total.target()).isEqualByComparingTo("10");
		assertThat(total.lowerBound()).isFalse();
		String page = page("/results/years/2025", Role.LEADER);
		assertThat(ResultScenarioTest.row(page, CHAINS_NAME)).contains(">10<", ">8<").doesNotContain(">16<");
		// Each department's own figure is what it reported.
		assertDepartment(CHAINS, 2025, "SNNPTNT", "6", "5", true);
		assertDepartment(CHAINS, 2025, "STNMT", "4", "3", false);
		assertDepartment(CHAINS, 2025, "SNNMT_2025", null, "8", false);
		// A flow of the same rows adds up, with the "over".
		assertCity(GOODS, 2025, "10", "16", true);
		assertThat(goods(this.report.build(2025, leader(), false)).total().actual()).isEqualByComparingTo("16");

		// Its target arrives: it covers theirs too.
		this.jdbc.update("""
				update yearly_results set target = 9
				 where year = 2025 and province_id is null
				   and department_id = (select id from departments where code = 'SNNMT_2025')""");
		assertCity(CHAINS, 2025, "9", "8", false);
		assertCity(GOODS, 2025, "19", "16", true);

		// Awaiting approval, the successor's row covers only where unapproved figures are counted.
		this.jdbc.update("""
				update yearly_results set status = 'SUBMITTED', approved_at = null, approved_by_name = null
				 where year = 2025 and department_id = (select id from departments where code = 'SNNMT_2025')""");
		assertCity(CHAINS, 2025, "10", "8", true);
		FigureLine all = line(this.report.build(2025, leader(), true), CHAINS).total();
		assertThat(all.target()).isEqualByComparingTo("9");
		assertThat(all.actual()).isEqualByComparingTo("8");
		assertThat(all.lowerBound()).isFalse();
	}

	/** The departments ended in 2025: their stock of 2024 is theirs, whatever their successor reported that year. */
	@Test
	void aRowOfTheYearBeforeTheDepartmentEndedIsNeverCovered() {
		this.results.create(CHAINS, 2024, "SNNPTNT", null, "6", "5", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2024, "STNMT", null, "4", "3", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2024, "SNNMT_2025", null, null, "8", ResultStatus.APPROVED);
		assertCity(CHAINS, 2024, "10", "16", false);
	}

	/**
	 * The same departments' rows by province: Sở NN&PTNT's Hà Giang and Sở TN&MT's old Tuyên Quang are inside Sở
	 * Nông nghiệp và Môi trường's Tuyên Quang of July; the Promotion Centre, which has no successor, is covered by
	 * nothing. On Hà Giang's own map (the 63 units) its rows stay its own, but for the successor's Hà Giang row.
	 */
	@Test
	void aSuccessorDepartmentsRunningTotalCoversTheirProvinceRowsOnTheYearViewAndTheFormerUnitsOwnMap() {
		this.results.create(CHAINS, 2025, "SNNPTNT", "02@2008-08-01", "6", "5", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2025, "STNMT", "08@2008-08-01", "4", "3", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2025, "HPA", "02@2008-08-01", null, "2", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2025, "SNNMT_2025", "08", null, "8", ResultStatus.APPROVED);

		YearReport.IndicatorLine line = line(this.report.build(2025, leader(), false), CHAINS);
		assertThat(province(line, "Tuyên Quang").actual()).isEqualByComparingTo("10");
		assertThat(province(line, "Tuyên Quang").target()).isEqualByComparingTo("10");
		assertThat(line.total().actual()).isEqualByComparingTo("10");
		assertThat(line.total().target()).isEqualByComparingTo("10");
		assertThat(breakdownRow(page("/results/years/2025", Role.LEADER), CHAINS_NAME, "Tuyên Quang"))
			.contains(">10<").doesNotContain(">18<");
		assertDepartment(CHAINS, 2025, "SNNPTNT", "6", "5", false);
		// Hà Giang's own map: Sở NN&PTNT's 5 and the Centre's 2; the successor's Tuyên Quang is not on it.
		assertThat(province(haGiangsMap(), "Hà Giang").actual()).isEqualByComparingTo("7");

		// The successor reports Hà Giang's 30/6 too: on Hà Giang's map its 4 covers Sở NN&PTNT's 5; on the year's
		// map its Tuyên Quang covers all of them.
		this.results.create(CHAINS, 2025, "SNNMT_2025", "02@2008-08-01", null, "4", ResultStatus.APPROVED);
		assertThat(province(haGiangsMap(), "Hà Giang").actual()).isEqualByComparingTo("6");
		line = line(this.report.build(2025, leader(), false), CHAINS);
		assertThat(province(line, "Tuyên Quang").actual()).isEqualByComparingTo("10");
		assertThat(line.total().actual()).isEqualByComparingTo("10");
	}

	/**
	 * Across the mergers a total and a breakdown by province are one stock reported twice as well: Sở NN&PTNT's
	 * total (5, by February) under Sở Nông nghiệp và Môi trường's Tuyên Quang (8, at 31/12) read 13 for the city, and
	 * Sở TN&MT's old Tuyên Quang (3) under the successor's total (9) read 12. The city reads the successor's figure;
	 * the breakdown keeps what was reported by province, since a total has no province.
	 */
	@Test
	void aSuccessorDepartmentsFigureCoversItsPredecessorsWhetherEachReportedATotalOrByProvince() {
		this.results.create(CHAINS, 2025, "SNNPTNT", null, "6", "5", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2025, "SNNMT_2025", "08", null, "8", ResultStatus.APPROVED);
		// The successor has no target: Sở NN&PTNT's 6 stays planned.
		assertCity(CHAINS, 2025, "6", "8", false);
		YearReport.IndicatorLine line = line(this.report.build(2025, leader(), false), CHAINS);
		assertThat(line.total().actual()).isEqualByComparingTo("8");
		assertThat(province(line, "Tuyên Quang").actual()).isEqualByComparingTo("8");
		assertThat(ResultScenarioTest.row(page("/results/years/2025", Role.LEADER), CHAINS_NAME)).contains(">8<")
			.doesNotContain(">13<");
		assertDepartment(CHAINS, 2025, "SNNPTNT", "6", "5", false);

		this.results.removeAll();
		this.results.year(2025);
		this.results.create(CHAINS, 2025, "STNMT", "08@2008-08-01", "4", "3", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2025, "SNNMT_2025", null, null, "9", ResultStatus.APPROVED);
		assertCity(CHAINS, 2025, "4", "9", false);
		line = line(this.report.build(2025, leader(), false), CHAINS);
		assertThat(line.total().actual()).isEqualByComparingTo("9");
		// Tuyên Quang's own rows: the successor's total says nothing of it.
		assertThat(province(line, "Tuyên Quang").actual()).isEqualByComparingTo("3");
		assertDepartment(CHAINS, 2025, "STNMT", "4", "3", false);
	}

	/**
	 * Sở Công Thương of January–February 2025 and the Sở Công Thương of 1 March are two departments of one name: the
	 * year's entries mark the one that ended, with its own end, as they mark a province that ended.
	 */
	@Test
	void aDepartmentThatEndedDuringTheYearIsMarkedOnTheEntriesBesideItsSuccessorOfTheSameName() {
		this.results.create(GOODS, 2025, "SCT", null, "4", "5", ResultStatus.APPROVED);
		this.results.create(GOODS, 2025, "SCT_2025", null, "6", "7", ResultStatus.APPROVED);
		this.results.create(GOODS, 2024, "SCT", null, "3", "3", ResultStatus.APPROVED);

		assertThat(page("/results/years/2025/entries", Role.LEADER))
			.contains(">Sở Công Thương (đơn vị trước 01/03/2025)<", ">Sở Công Thương<");
		assertThat(page("/results/years/2025/entries?lang=en", Role.LEADER)).contains(
				">Department of Industry and Trade (DOIT) (unit before 01/03/2025)<", ">Department of Industry and Trade<");
		// In 2024 the one Sở Công Thương needs no mark.
		assertThat(page("/results/years/2024/entries", Role.LEADER)).contains(">Sở Công Thương<")
			.doesNotContain("đơn vị trước");
	}

	/**
	 * One row of Sở Công Thương (until 28/02/2025) about Tuyên Quang (until 30/06/2025) carries both marks: the
	 * department's read "(đơn vị trước 01/03/2025)" and the province's "(đơn vị trước 01/7/2025)", in English
	 * "(unit before 1 Jul 2025)". Both now write their day as the portal writes every day.
	 */
	@Test
	void aFormerDepartmentsMarkAndAFormerProvincesMarkWriteTheirDayAlike() {
		this.results.create(GOODS, 2025, "SCT", "08@2008-08-01", "4", "5", ResultStatus.APPROVED);
		String departmentDay = this.formats.day(LocalDate.of(2025, 3, 1));
		String provinceDay = this.formats.day(LocalDate.of(2025, 7, 1));

		String vi = ResultScenarioTest.row(page("/results/years/2025/entries", Role.LEADER), GOODS_NAME);
		assertThat(vi).contains(">Sở Công Thương (đơn vị trước " + departmentDay + ")<",
				">trong đó: Tuyên Quang (đơn vị trước " + provinceDay + ")<");
		String en = ResultScenarioTest.row(page("/results/years/2025/entries?lang=en", Role.LEADER),
				"Goods connected to buyers");
		assertThat(en).contains("(DOIT) (unit before " + departmentDay + ")<",
				">of which: Tuyen Quang (unit before " + provinceDay + ")<");
		Pattern mark = Pattern.compile("(?:đơn vị trước|unit before) (\\d{2}/\\d{2}/\\d{4})\\)");
		assertThat(mark.matcher(vi).results().count()).as("both marks, one day format").isEqualTo(2);
		assertThat(mark.matcher(en).results().count()).isEqualTo(2);
	}

	/** The mark is read from the department the entries already fetch: no statement per former department's row. */
	@Test
	void theFormerDepartmentMarkCostsNoStatementPerRow() {
		this.results.create(GOODS, 2025, "SCT", null, "4", "5", ResultStatus.APPROVED);
		long one = statementsOfTheEntries();
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, target, actual, status)
				select (select id from indicators where code = ?), 2025, d.id, 1, 1, 'SUBMITTED'
				from departments d where d.valid_to is not null and d.code <> 'SCT'""", GOODS);
		assertThat(statementsOfTheEntries()).isEqualTo(one);
	}

	/** After one request that brings the layout's caches up to date with the rows just written. */
	private long statementsOfTheEntries() {
		page("/results/years/2025/entries", Role.LEADER);
		return SqlStatements.countDuring(() -> page("/results/years/2025/entries", Role.LEADER));
	}

	private YearReport.IndicatorLine haGiangsMap() {
		return line(this.report.build(2025, leader(), false, vn.hanoi.cooperation.province.ProvincePeriod.UNITS_2008),
				CHAINS);
	}

	private void assertCity(String indicator, int year, String target, String actual, boolean lowerBound) {
		java.util.Map<String, Object> row = this.jdbc.queryForMap("""
				select f.target, f.actual, f.actual_is_lower_bound from result_city_figures(false, false, '{}') f
				 where f.indicator_id = (select id from indicators where code = ?) and f.year = ?""", indicator, year);
		assertFigure(row, indicator + " " + year, target, actual, lowerBound);
	}

	private void assertDepartment(String indicator, int year, String department, String target, String actual,
			boolean lowerBound) {
		java.util.Map<String, Object> row = this.jdbc.queryForMap("""
				select f.target, f.actual, f.actual_is_lower_bound from result_department_figures(false, false, '{}') f
				 where f.indicator_id = (select id from indicators where code = ?) and f.year = ?
				   and f.department_id = (select id from departments where code = ?)""", indicator, year, department);
		assertFigure(row, department, target, actual, lowerBound);
	}

	private static void assertFigure(java.util.Map<String, Object> row, String what, String target, String actual,
			boolean lowerBound) {
		if (target == null) {
			assertThat(row.get("target")).as(what).isNull();
		}
		else {
			assertThat((java.math.BigDecimal) row.get("target")).as(what).isEqualByComparingTo(target);
		}
		assertThat((java.math.BigDecimal) row.get("actual")).as(what).isEqualByComparingTo(actual);
		assertThat(row.get("actual_is_lower_bound")).as(what).isEqualTo(lowerBound);
	}

	/**
	 * The running total's target and actual, and whether the actual is a lower bound and disputed, alike in Tuyên
	 * Quang's breakdown on the year view, Sở Công Thương's figure and the city's.
	 */
	private void assertFigures(String target, String actual, boolean markedActual) {
		YearReport.IndicatorLine line = line(this.report.build(2025, leader(), false), CHAINS);
		for (FigureLine figures : java.util.List.of(province(line, "Tuyên Quang"), line.total())) {
			assertThat(figures.target()).isEqualByComparingTo(target);
			assertThat(figures.actual()).isEqualByComparingTo(actual);
			assertThat(figures.lowerBound()).isEqualTo(markedActual);
			assertThat(figures.disputed()).isEqualTo(markedActual);
		}
		String indicator = "(select id from indicators where code = '" + CHAINS + "')";
		for (String figures : java.util.List.of(
				"result_department_figures(false, false, '{}') f where f.department_id = "
						+ "(select id from departments where code = 'SCT_2025') and",
				"result_city_figures(false, false, '{}') f where")) {
			java.util.Map<String, Object> row = this.jdbc.queryForMap("select f.target, f.actual,"
					+ " f.actual_is_lower_bound, f.disputed from " + figures + " f.indicator_id = " + indicator
					+ " and f.year = 2025");
			assertThat((java.math.BigDecimal) row.get("target")).as(figures).isEqualByComparingTo(target);
			assertThat((java.math.BigDecimal) row.get("actual")).as(figures).isEqualByComparingTo(actual);
			assertThat(row.get("actual_is_lower_bound")).as(figures).isEqualTo(markedActual);
			assertThat(row.get("disputed")).as(figures).isEqualTo(markedActual);
		}
	}

	/** One department's rows of 2025: Hà Giang 5 and the old Tuyên Quang 3 at 30/6, the new Tuyên Quang 10. */
	private void mergedTuyenQuang(String indicator) {
		this.results.create(indicator, 2025, "SCT_2025", "02@2008-08-01", null, "5", ResultStatus.APPROVED);
		this.results.create(indicator, 2025, "SCT_2025", "08@2008-08-01", null, "3", ResultStatus.APPROVED);
		this.results.create(indicator, 2025, "SCT_2025", "08", null, "10", ResultStatus.APPROVED);
	}

	private java.math.BigDecimal departmentFigure(String indicator, String department) {
		return this.jdbc.queryForObject("""
				select f.actual from result_department_figures(false, false, '{}') f
				 where f.indicator_id = (select id from indicators where code = ?) and f.year = 2025
				   and f.department_id = (select id from departments where code = ?)""", java.math.BigDecimal.class,
				indicator, department);
	}

	/** The year page's breakdown row of a province under an indicator, from its name to the row's end. */
	private static String breakdownRow(String html, String indicatorName, String province) {
		int indicator = html.indexOf(indicatorName);
		assertThat(indicator).as(indicatorName).isPositive();
		int at = html.indexOf("<span>" + province + "</span>", indicator);
		assertThat(at).as(province).isPositive();
		return html.substring(at, html.indexOf("</tr>", at));
	}

	private MvcTestResult enter(String provinceCode, String actual) {
		return this.mvc.post()
			.uri("/results/new")
			.with(as(this.accounts.principal(Role.STAFF)))
			.with(csrf())
			.param("year", "2025")
			.param("indicatorId", indicatorId().toString())
			.param("provinceId", this.jdbc.queryForObject(
					"select id from provinces where code = ? and valid_from = date '2025-07-01'", Long.class,
					provinceCode).toString())
			.param("actual", actual)
			.exchange();
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from yearly_results where year = 2025", Long.class);
	}

	private Long indicatorId() {
		return this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, GOODS);
	}

	private static YearReport.IndicatorLine goods(YearReport report) {
		return line(report, GOODS);
	}

	private static YearReport.IndicatorLine line(YearReport report, String code) {
		return report.groups()
			.stream()
			.flatMap(g -> g.indicators().stream())
			.filter(l -> l.indicator().code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static FigureLine province(YearReport.IndicatorLine line, String name) {
		return line.provinces().stream().filter(p -> p.nameVi().equals(name)).findFirst().orElseThrow().figures();
	}

	private vn.hanoi.cooperation.account.Viewer leader() {
		return this.viewers.of(this.accounts.principal(Role.LEADER));
	}

	private String page(String uri, Role role) {
		return HtmlUtils.htmlUnescape(body(this.mvc.get().uri(uri).with(this.accounts.as(role)).exchange()));
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
