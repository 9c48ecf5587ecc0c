package vn.hanoi.cooperation.result;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The yearly result queries behind the year's entries, a province's results and the duplicate check. */
@RepositoryTest
class YearlyResultsTest {

	private static final int YEAR = 2031;

	@Autowired
	YearlyResults results;

	@Autowired
	JdbcTemplate jdbc;

	TestResults records;

	Long trade;

	Long health;

	Long dienBien;

	@BeforeEach
	void year() {
		this.records = new TestResults(this.jdbc).year(YEAR);
		this.trade = id("select id from departments where code = 'SCT_2025'");
		this.health = id("select id from departments where code = 'SYT_2025'");
		this.dienBien = id("select id from provinces where code = '11' and valid_from = date '2025-07-01'");
	}

	@Test
	void theYearsEntriesFilterByStatusDepartmentAndProvinceAndCountThemAll() {
		Long tradeTotal = this.records.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, "10", "12", ResultStatus.DRAFT);
		Long tradeDienBien = this.records.create("TM.TUAN_HANG", YEAR, "SCT_2025", "11", "4", "5",
				ResultStatus.SUBMITTED);
		Long healthDienBien = this.records.create("TM.DOANH_NGHIEP", YEAR, "SYT_2025", "11", "4", "5",
				ResultStatus.SUBMITTED);
		this.records.create("TM.TUAN_HANG", YEAR - 1, "SCT_2025", null, "1", "1", ResultStatus.DRAFT);

		assertThat(ids(entries(null, true, List.of(-1L), true, List.of(-1L), Pageable.unpaged())))
			.containsExactlyInAnyOrder(tradeTotal, tradeDienBien, healthDienBien);
		assertThat(ids(entries(ResultStatus.SUBMITTED, true, List.of(-1L), true, List.of(-1L), Pageable.unpaged())))
			.containsExactlyInAnyOrder(tradeDienBien, healthDienBien);
		assertThat(ids(entries(null, false, List.of(this.trade), true, List.of(-1L), Pageable.unpaged())))
			.containsExactlyInAnyOrder(tradeTotal, tradeDienBien);
		assertThat(ids(entries(null, true, List.of(-1L), false, List.of(this.dienBien), Pageable.unpaged())))
			.containsExactlyInAnyOrder(tradeDienBien, healthDienBien);
		Page<YearlyResult> firstPage = entries(null, true, List.of(-1L), true, List.of(-1L), PageRequest.of(0, 2));
		assertThat(firstPage.getContent()).hasSize(2);
		assertThat(firstPage.getTotalElements()).isEqualTo(3);
	}

	@Test
	void aProvinceGetsOnlyResultsOfTheStatusAboutItself() {
		Long approved = this.records.create("TM.TUAN_HANG", YEAR, "SCT_2025", "11", "4", "5", ResultStatus.APPROVED);
		this.records.create("TM.DOANH_NGHIEP", YEAR, "SCT_2025", "11", "4", "5", ResultStatus.SUBMITTED);
		this.records.create("TM.TUAN_HANG", YEAR, "SYT_2025", "12", "4", "5", ResultStatus.APPROVED);

		assertThat(this.results.findByProvincesAndYear(ResultStatus.APPROVED, List.of(this.dienBien), YEAR,
				PageRequest.of(0, 10)))
			.extracting(YearlyResult::getId)
			.containsExactly(approved);
	}

	@Test
	void aSecondFigureForTheSameIndicatorYearDepartmentAndProvinceIsADuplicate() {
		Long total = this.records.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, "10", "12", ResultStatus.DRAFT);
		Long indicator = id("select id from indicators where code = 'TM.TUAN_HANG'");

		assertThat(this.results.existsDuplicate(indicator, YEAR, this.trade, null, null)).isTrue();
		assertThat(this.results.existsDuplicate(indicator, YEAR, this.trade, null, total))
			.as("the figure itself, being edited").isFalse();
		assertThat(this.results.existsDuplicate(indicator, YEAR, this.trade, this.dienBien, null))
			.as("a province row is the breakdown, not a second total").isFalse();
		assertThat(this.results.existsDuplicate(indicator, YEAR, this.health, null, null)).isFalse();
	}

	private Page<YearlyResult> entries(ResultStatus status, boolean allDepartments, List<Long> departments,
			boolean allProvinces, List<Long> provinces, Pageable pageable) {
		return this.results.findEntryPage(YEAR, status, allDepartments, departments, allProvinces, provinces,
				pageable);
	}

	private Long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static List<Long> ids(Page<YearlyResult> page) {
		return page.getContent().stream().map(YearlyResult::getId).toList();
	}

}
