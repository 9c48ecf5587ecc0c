package vn.hanoi.cooperation;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan for 2025 (the year of both mergers) with group 2, Thương mại, for tests that record activities of that
 * year; removed afterwards unless it was there before, so that the forms of other tests keep their default year.
 */
public final class TestPlan2025 {

	private final JdbcTemplate jdbc;

	private final boolean created;

	public TestPlan2025(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.created = jdbc.update("""
				insert into plans (year, title_vi, title_en) select 2025, 'Kế hoạch 2025 (kiểm thử)', 'Plan 2025 (test)'
				where not exists (select 1 from plans where year = 2025)""") > 0;
		jdbc.update("""
				insert into plan_groups (plan_id, group_id) select p.id, g.id from plans p join cooperation_groups g
				on g.number = 2 where p.year = 2025 on conflict do nothing""");
	}

	public void remove() {
		if (this.created) {
			this.jdbc.update("delete from plans where year = 2025");
		}
	}

}
