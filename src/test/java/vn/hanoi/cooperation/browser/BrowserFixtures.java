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

}
