package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes activities straight into the tables for tests, and removes them (and their history) afterwards, so
 * that each test sees only its own records.
 */
public class TestActivities {

	private final JdbcTemplate jdbc;

	private final List<Long> created = new ArrayList<>();

	public TestActivities(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An open activity of plan 2022 in group 2 (Thương mại) led by {@code departmentCode}. */
	public Long create(String title, String departmentCode, LocalDate deadline, boolean shared, String... provinceCodes) {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                        shared_with_provinces)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', ?, ?
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = ?
				where p.year = 2022 returning id""", Long.class, title, deadline, shared, departmentCode);
		for (String province : provinceCodes) {
			String[] codeAndMap = province.split("@");
			String validFrom = codeAndMap.length > 1 ? codeAndMap[1] : "2008-08-01";
			this.jdbc.update("""
					insert into activity_partner_provinces (activity_id, province_id)
					select ?, id from provinces where code = ? and valid_from = ?::date""", id, codeAndMap[0],
					validFrom);
		}
		this.created.add(id);
		return id;
	}

	void forget(Long id) {
		this.created.add(id);
	}

	public void removeAll() {
		for (Long id : this.created) {
			this.jdbc.update("delete from activities where id = ?", id);
			this.jdbc.update("delete from activity_changes where activity_id = ?", id);
		}
		this.created.clear();
	}

	String title(Long id) {
		return this.jdbc.queryForObject("select title from activities where id = ?", String.class, id);
	}

	long version(Long id) {
		return this.jdbc.queryForObject("select version from activities where id = ?", Long.class, id);
	}

}
