package vn.hanoi.cooperation.result;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Saving the results grid is one request with the same number of SQL statements for 2 indicators × 2 rows as for
 * 20 indicators × 11 rows (a total and 10 provinces each): new figures, then changes with every row submitted.
 */
@PortalTest
class ResultGridStatementsTest {

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
	void savingAGridTakesAFixedNumberOfStatementsWhateverItsSize() {
		long[] small = saveTwice(2, 1);
		assertThat(count("year = 2026")).isEqualTo(4);
		long[] full = saveTwice(20, 10);
		assertThat(count("year = 2026")).isEqualTo(220);
		assertThat(count("year = 2026 and status = 'SUBMITTED' and actual = 11")).isEqualTo(200);
		assertThat(full).as("statements to create, then to change and submit").containsExactly(small);
		assertThat(full[0]).as("a small fixed number").isLessThanOrEqualTo(15);
		assertThat(full[1]).as("a small fixed number").isLessThanOrEqualTo(15);
	}

	/** Statements of the first save (every figure new) and the second (every figure changed, all submitted). */
	private long[] saveTwice(int indicators, int provinces) {
		this.results.removeAll();
		this.results.year(2025).year(2026);
		// Last year's rows make this year's grid: a total and the provinces of each indicator.
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, actual, status,
				                            approved_at, approved_by_name)
				select i.id, 2025, (select id from departments where code = 'SCT_2025'), p.id,
				       case when p.id is null then 1000 else 10 end, 'APPROVED', now(), 'Điều phối'
				from (select id from indicators order by id limit ?) i
				cross join (select null::bigint as id union all
				            (select id from provinces where valid_from = date '2025-07-01' and code <> '01'
				             order by id limit ?)) p""", indicators, provinces);
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select indicator_id || '-' || coalesce(province_id, 0) as key from yearly_results where year = 2025""");
		long created = post(rows, "save", "9", Map.of());
		Map<String, Object> versions = new java.util.HashMap<>();
		this.jdbc.queryForList("""
				select indicator_id || '-' || coalesce(province_id, 0) as key, version from yearly_results
				where year = 2026""").forEach(r -> versions.put((String) r.get("key"), r.get("version")));
		long changed = post(rows, "submitAll", "11", versions);
		return new long[] { created, changed };
	}

	private long post(List<Map<String, Object>> rows, String action, String figure, Map<String, Object> versions) {
		// As the page sends it: with the unit and aggregation it showed each indicator with, which the save holds.
		String page = TestPages.text(this.mvc.get().uri("/results/years/2026/grid").with(this.accounts.as(Role.STAFF))
			.exchange());
		var request = this.mvc.post().uri("/results/years/2026/grid").with(this.accounts.as(Role.STAFF)).with(csrf())
			.param("action", action)
			.param("meaningsShown", TestPages.hidden(page, "meaningsShown"));
		for (Map<String, Object> row : rows) {
			String key = (String) row.get("key");
			boolean total = key.endsWith("-0");
			request = request.param("target_" + key, total ? "2.000" : "20")
				.param("actual_" + key, total ? "1.000" : figure);
			if (versions.containsKey(key)) {
				request = request.param("version_" + key, versions.get(key).toString());
			}
		}
		var save = request;
		long statements = SqlStatements.countDuring(() -> assertThat(save).hasStatus3xxRedirection());
		System.out.println("Grid save: " + statements + " statements for " + rows.size() + " rows");
		return statements;
	}

	private long count(String where) {
		return this.jdbc.queryForObject("select count(*) from yearly_results where " + where, Long.class);
	}

}
