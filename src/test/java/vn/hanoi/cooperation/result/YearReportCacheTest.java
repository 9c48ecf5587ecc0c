package vn.hanoi.cooperation.result;

import java.util.List;

import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.cooperation.KeptData;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The year view's report in the one cache: a second request reads none of its figures again, yet an approval, a
 * narrative, an indicator's new name or a lock shows on the very next request, and a province officer never gets
 * what was kept for a leader.
 */
@PortalTest
class YearReportCacheTest {

	private static final int YEAR = 2024;

	private static final String YEAR_VIEW = "/results/years/" + YEAR;

	private static final String GOODS = "TM.SAN_LUONG_KET_NOI";

	/** What computing the report reads; a kept report reads none of it. */
	private static final List<String> REPORT_TABLES = List.of("yearly_results", "result_city_figures",
			"province_confirmations", "indicators", "cooperation_groups", "group_year_narratives");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Viewers viewers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	YearReportCache cache;

	private TestResults results;

	@BeforeEach
	void claimYear() {
		this.results = new TestResults(this.jdbc).year(YEAR);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void aSecondRequestReadsNoStatementForTheFigures() {
		this.results.create(GOODS, YEAR, "SCT", null, "280000", "310000", ResultStatus.APPROVED);
		RequestPostProcessor leader = this.accounts.as(Role.LEADER);
		yearView(leader, "").contains("310.000");
		long computations = this.cache.computations();

		List<String> kept = SqlStatements.sqlDuring(() -> yearView(leader, "").contains("310.000"));
		assertThat(this.cache.computations()).as("served from memory").isEqualTo(computations);
		assertThat(kept).as("the kept view's statements")
			.isNotEmpty()
			.noneMatch(sql -> REPORT_TABLES.stream().anyMatch(sql::contains));
	}

	@Test
	void anApprovedResultShowsAtOnceOnTheNextRequest() {
		Long submitted = this.results.create(GOODS, YEAR, "SCT", null, "280000", "310000", ResultStatus.SUBMITTED);
		RequestPostProcessor leader = this.accounts.as(Role.LEADER);
		yearView(leader, "").doesNotContain("310.000");

		assertThat(this.mvc.post()
			.uri("/results/{id}/approve", submitted)
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("version", String.valueOf(this.results.version(submitted)))).hasStatus3xxRedirection()
			.flash()
			.doesNotContainKey("refusal");
		yearView(leader, "").contains("310.000");
	}

	@Test
	void aNarrativeAnIndicatorsNameAndALockShowAtOnce() {
		this.results.create(GOODS, YEAR, "SCT", null, "280000", "310000", ResultStatus.APPROVED);
		RequestPostProcessor leader = this.accounts.as(Role.LEADER);
		yearView(leader, "").contains("310.000").doesNotContain("CACHEYEAR");

		// Written straight into the table, as the demo records and an operator's fix are: V99 numbers it all the same.
		this.jdbc.update("""
				insert into group_year_narratives (group_id, year, achievements)
				select id, ?, 'CACHEYEAR 12 tuần hàng' from cooperation_groups where number = 2""", YEAR);
		yearView(leader, "").contains("CACHEYEAR 12 tuần hàng");
		this.jdbc.update("update group_year_narratives set achievements = 'CACHEYEAR 14 tuần hàng' where year = ?", YEAR);
		yearView(leader, "").contains("CACHEYEAR 14 tuần hàng").doesNotContain("CACHEYEAR 12 tuần hàng");

		String name = this.jdbc.queryForObject("select name_vi from indicators where code = ?", String.class, GOODS);
		try {
			this.jdbc.update("update indicators set name_vi = ? where code = ?", "CACHEYEAR hàng hóa kết nối", GOODS);
			yearView(leader, "").contains("CACHEYEAR hàng hóa kết nối");
		}
		finally {
			this.jdbc.update("update indicators set name_vi = ? where code = ?", name, GOODS);
		}

		this.jdbc.update("insert into locked_years (year, locked_by_name) values (?, 'CACHEYEAR Điều phối')", YEAR);
		yearView(leader, "").contains("Khóa bởi CACHEYEAR Điều phối");
	}

	@Test
	void viewersWithDifferentScopesNeverShareAReport() {
		this.results.create(GOODS, YEAR, "SCT", null, "280000", "310000", ResultStatus.APPROVED);
		this.results.create(GOODS, YEAR, "SCT", "11@2008-08-01", "40000", "45000", ResultStatus.APPROVED);
		this.results.create(GOODS, YEAR, "SCT", "12@2008-08-01", "50000", "61000", ResultStatus.APPROVED);
		this.results.create(GOODS, YEAR, "SNNPTNT", "11@2008-08-01", null, "7777", ResultStatus.SUBMITTED);
		RequestPostProcessor dienBien = TestAccounts.as(this.accounts.provinceOf("11"));
		RequestPostProcessor laiChau = TestAccounts.as(this.accounts.provinceOf("12"));

		// The city: 310.000 and the unapproved 7.777 of a department without a total; Điện Biên 45.000 + 7.777.
		yearView(this.accounts.as(Role.LEADER), "?all=true").contains("317.777", "52.777", "61.000");
		yearView(this.accounts.as(Role.LEADER), "").contains("310.000", "45.000", "61.000");
		long computations = this.cache.computations();
		// A province officer asking for unapproved figures gets their own approved ones, never the leader's entry.
		yearView(dienBien, "?all=true").contains("45.000").doesNotContain("317.777", "310.000", "52.777", "61.000");
		yearView(laiChau, "?all=true").contains("61.000").doesNotContain("317.777", "310.000", "45.000", "52.777");
		assertThat(this.cache.computations()).as("one report per scope").isEqualTo(computations + 2);
		yearView(dienBien, "").contains("45.000").doesNotContain("61.000");
		assertThat(this.cache.computations()).as("the officer's own report, kept").isEqualTo(computations + 2);
	}

	@Test
	void aKeptReportHoldsPlainRecordsNeverEntities() {
		this.results.create(GOODS, YEAR, "SCT", "11@2008-08-01", "40000", "45000", ResultStatus.APPROVED);
		this.jdbc.update("""
				insert into group_year_narratives (group_id, year, achievements, difficulties, proposals)
				select id, ?, 'Đã làm', 'Khó khăn', 'Đề xuất' from cooperation_groups where number = 2""", YEAR);
		YearReport report = this.cache.of(YEAR, this.viewers.of(this.accounts.principal(Role.LEADER)), false);
		assertThat(report.groups()).anySatisfy(section -> {
			assertThat(section.indicators()).isNotEmpty();
			assertThat(section.narrative()).isNotNull();
		});
		// Shared by every request that reads it from memory: nothing lazy, nothing bound to a closed session.
		assertThat(KeptData.entitiesIn(report)).as("entities held by the kept report").isEmpty();
	}

	private AbstractStringAssert<?> yearView(RequestPostProcessor viewer, String query) {
		return assertThat(this.mvc.get().uri(YEAR_VIEW + query).with(viewer)).hasStatusOk().bodyText();
	}

}
