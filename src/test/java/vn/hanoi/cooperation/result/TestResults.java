package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes yearly results straight into the tables for tests, and removes what a test created (results, their
 * history, locks and narratives of the years it touched), so that each test sees only its own records.
 */
public class TestResults {

	private final JdbcTemplate jdbc;

	private final List<Integer> years = new ArrayList<>();

	public TestResults(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Claims a year for the test: everything of that year is removed before and after it. */
	public TestResults year(int year) {
		this.years.add(year);
		clear(year);
		return this;
	}

	/**
	 * A result of the indicator with this code; {@code province} is "code" (2025 map) or "code@validFrom", or
	 * null. Approved and returned results get what their state needs.
	 */
	public Long create(String indicator, int year, String department, String province, String target, String actual,
			ResultStatus status) {
		String[] codeAndMap = province == null ? null : province.split("@");
		return this.jdbc.queryForObject("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, status,
				                            return_reason, approved_at, approved_by_name)
				values ((select id from indicators where code = ?), ?,
				        (select id from departments where code = ?),
				        (select id from provinces where code = ? and valid_from = ?::date),
				        ?, ?, ?, ?, ?, ?)
				returning id""", Long.class, indicator, year, department, codeAndMap == null ? null : codeAndMap[0],
				codeAndMap == null ? null : (codeAndMap.length > 1 ? codeAndMap[1] : "2025-07-01"), decimal(target),
				decimal(actual), status.name(), status == ResultStatus.RETURNED ? "Cần bổ sung" : null,
				status == ResultStatus.APPROVED ? java.sql.Timestamp.from(java.time.Instant.now()) : null,
				status == ResultStatus.APPROVED ? "Điều phối" : null);
	}

	/** Marks the result's actual as a lower bound ("trên"). */
	void lowerBound(Long resultId) {
		this.jdbc.update("update yearly_results set actual_is_lower_bound = true where id = ?", resultId);
	}

	/** A dispute of the result by the province of this code (2025 map), with its comment. */
	public void dispute(Long resultId, String provinceCode) {
		this.jdbc.update("""
				insert into province_confirmations (result_id, province_id, status, comment, author_name)
				values (?, (select id from provinces where code = ? and valid_from = date '2025-07-01'), 'DISPUTED',
				        'Số liệu chưa khớp với báo cáo của tỉnh', 'Cán bộ tỉnh')""", resultId, provinceCode);
	}

	String status(Long id) {
		List<String> status = this.jdbc.queryForList("select status from yearly_results where id = ?", String.class, id);
		return status.isEmpty() ? null : status.get(0);
	}

	BigDecimal actual(Long id) {
		return this.jdbc.queryForObject("select actual from yearly_results where id = ?", BigDecimal.class, id);
	}

	long version(Long id) {
		return this.jdbc.queryForObject("select version from yearly_results where id = ?", Long.class, id);
	}

	public void removeAll() {
		this.years.forEach(this::clear);
		this.years.clear();
	}

	private void clear(int year) {
		this.jdbc.update("""
				delete from yearly_result_changes where result_id in (select id from yearly_results where year = ?)
				   or (action = 'DELETED' and old_value like ?)""", year, "year: " + year + "%");
		this.jdbc.update("delete from yearly_results where year = ?", year);
		this.jdbc.update("delete from locked_years where year = ?", year);
		this.jdbc.update("delete from year_lock_events where year = ?", year);
		this.jdbc.update("delete from group_year_narratives where year = ?", year);
	}

	private static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}

}
