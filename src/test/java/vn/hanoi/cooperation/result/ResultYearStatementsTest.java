package vn.hanoi.cooperation.result;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The year view runs the same number of SQL statements for a handful of results as for thousands. */
@PortalTest
class ResultYearStatementsTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

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
	void statementsDoNotGrowWithTheResults() {
		insert(2, 2);
		long few = statementsFor(Role.LEADER);
		long fewForProvince = statementsFor(Role.PROVINCE);
		// Every indicator, for every 2025 province and 6 departments, in three years, with disputes and narratives.
		insert(34, 6);
		this.jdbc.update("""
				insert into province_confirmations (result_id, province_id, status, comment, author_name)
				select r.id, r.province_id, 'DISPUTED', 'Chưa khớp', 'Tỉnh' from yearly_results r
				where r.year = 2025 and r.province_id is not null and r.id % 7 = 0""");
		this.jdbc.update("""
				insert into group_year_narratives (group_id, year, achievements) select id, 2025, 'Đã làm' from cooperation_groups""");
		assertThat(this.jdbc.queryForObject("select count(*) from yearly_results where year between 2023 and 2025",
				Long.class)).isGreaterThan(5_000);
		assertThat(statementsFor(Role.LEADER)).isEqualTo(few);
		assertThat(statementsFor(Role.PROVINCE)).isEqualTo(fewForProvince);
		// The layout: the inbox's data version (its counts too when what they count changed) and the notification bell.
		// Each request here computes the report anew (the results changed), after reading its data version.
		assertThat(few).as("a small fixed number for the year view").isLessThanOrEqualTo(14);
		assertThat(fewForProvince).as("a small fixed number for the province's year view").isLessThanOrEqualTo(12);
	}

	@Test
	void aYearsEntriesComeAHundredAtATime() {
		insert(34, 6);
		long all = this.jdbc.queryForObject("select count(*) from yearly_results where year = 2025", Long.class);
		int pages = (int) ((all + 99) / 100);
		String first = entries("");
		assertThat(resultLinks(first)).isEqualTo(100);
		assertThat(first).contains("đang xem 1–100", "Trang 1 / " + pages)
			.containsPattern("href=\"/results/years/2025/entries\\?[^\"]*scope=all&amp;page=2\"");
		assertThat(entries("&page=2")).contains("đang xem 101–200", "Trang 2 / " + pages);
		String pastTheEnd = entries("&page=999999");
		assertThat(pastTheEnd).contains("Trang " + pages + " / " + pages);
		assertThat(resultLinks(pastTheEnd)).isEqualTo((int) (all - (pages - 1) * 100L));
		assertThat(entries("&page=abc")).contains("Trang 1 / " + pages);
	}

	private String entries(String more) {
		var result = this.mvc.get().uri("/results/years/2025/entries?scope=all" + more)
			.with(this.accounts.as(Role.LEADER))
			.exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static int resultLinks(String html) {
		return html.split("href=\"/results/\\d+\"", -1).length - 1;
	}

	private long statementsFor(Role role) {
		return SqlStatements.countDuring(() -> assertThat(
				this.mvc.get().uri("/results/years/2025?all=true").with(this.accounts.as(role)))
			.hasStatusOk());
	}

	/** Approved results of the first {@code indicators} indicators, per 2025 province and department. */
	private void insert(int indicators, int departments) {
		this.jdbc.update("delete from yearly_results where year between 2023 and 2025");
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, status,
				                            approved_at, approved_by_name)
				select i.id, y, d.id, p.id, 100 + p.id, 90 + i.id + y - 2023, 'APPROVED', now(), 'Điều phối'
				from (select id from indicators order by id limit ?) i
				cross join generate_series(2023, 2025) y
				cross join (select id from departments where valid_to is null order by id limit ?) d
				cross join (select id from provinces where valid_from = date '2025-07-01' and code <> '01') p""",
				indicators, departments);
	}

}
