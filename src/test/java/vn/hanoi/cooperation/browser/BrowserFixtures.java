package vn.hanoi.cooperation.browser;

import org.springframework.jdbc.core.JdbcTemplate;

/** Activities written straight into the tables for the journeys, and removed with their history afterwards. */
final class BrowserFixtures {

	private BrowserFixtures() {
	}

	/**
	 * An in-progress activity of plan 2022, group 2, led by {@code departmentCode}, with partner provinces of the
	 * 2008 map given by GSO code.
	 */
	static Long activity(JdbcTemplate jdbc, String title, String departmentCode, boolean shared,
			String... provinceCodes) {
		Long id = jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                        shared_with_provinces)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', date '2022-12-31', ?
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = ?
				where p.year = 2022 returning id""", Long.class, title, shared, departmentCode);
		for (String code : provinceCodes) {
			jdbc.update("""
					insert into activity_partner_provinces (activity_id, province_id)
					select ?, id from provinces where code = ? and valid_from = date '2008-08-01'""", id, code);
		}
		return id;
	}

	static void removeActivitiesTitled(JdbcTemplate jdbc, String... titles) {
		for (String title : titles) {
			for (Long id : jdbc.queryForList("select id from activities where title = ?", Long.class, title)) {
				jdbc.update("delete from activities where id = ?", id);
				jdbc.update("delete from activity_changes where activity_id = ?", id);
			}
		}
	}

	/**
	 * A 2023 result of the indicator with this code, entered by {@code departmentCode}, about the 2025 unit with
	 * GSO code {@code provinceCode} (or none); an approved one carries who approved it.
	 */
	static Long result(JdbcTemplate jdbc, String indicatorCode, String departmentCode, String provinceCode,
			String status) {
		boolean approved = status.equals("APPROVED");
		return jdbc.queryForObject("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, status,
				                            approved_at, approved_by_name)
				values ((select id from indicators where code = ?), 2023, (select id from departments where code = ?),
				        (select id from provinces where code = ? and valid_from = date '2025-07-01'),
				        20, 24, ?, ?, ?)
				returning id""", Long.class, indicatorCode, departmentCode, provinceCode, status,
				approved ? java.sql.Timestamp.from(java.time.Instant.now()) : null, approved ? "Điều phối" : null);
	}

	/** Removes results with their history and the provinces' answers about them. */
	static void removeResults(JdbcTemplate jdbc, Long... ids) {
		for (Long id : ids) {
			jdbc.update("delete from province_confirmations where result_id = ?", id);
			jdbc.update("delete from yearly_results where id = ?", id);
			jdbc.update("delete from record_changes where record_kind = 'RESULT' and record_id = ?", id);
		}
	}

	/** The indicator's name as pages show it in Vietnamese. */
	static String indicatorName(JdbcTemplate jdbc, String indicatorCode) {
		return jdbc.queryForObject("select name_vi from indicators where code = ?", String.class, indicatorCode);
	}

	/**
	 * A yearly result of {@code departmentCode} about the province with this GSO code (2025 map), in
	 * {@code status}; a returned one has its reason, an approved one its approver.
	 */
	static Long result(JdbcTemplate jdbc, String indicator, int year, String departmentCode, String provinceCode,
			String status) {
		return jdbc.queryForObject("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, status,
				                            return_reason, approved_at, approved_by_name, narrative)
				values ((select id from indicators where code = ?), ?, (select id from departments where code = ?),
				        (select id from provinces where code = ? and valid_from = date '2025-07-01'),
				        1500000.5, 1234567, ?, ?, ?, ?, 'Kết quả thực hiện trong năm, theo báo cáo của Sở.')
				returning id""", Long.class, indicator, year, departmentCode, provinceCode, status,
				"RETURNED".equals(status) ? "Cần bổ sung số liệu theo từng tỉnh" : null,
				"APPROVED".equals(status) ? java.sql.Timestamp.from(java.time.Instant.now()) : null,
				"APPROVED".equals(status) ? "Điều phối" : null);
	}

}
