package vn.hanoi.cooperation.system;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo records, loaded into a database of their own as the default run loads them, name only provinces and
 * departments in force on each activity's day (planned start, else deadline, else the end of its plan year).
 */
@PortalTest
class DemoUnitsOnTheDayTest {

	private static final String DAY = "coalesce(a.planned_start, a.deadline, make_date(p.year, 12, 31))";

	@Autowired
	JdbcConnectionDetails connection;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyDemoActivityNamesTheUnitsOfItsDay() {
		JdbcTemplate db = DemoDatabase.load(this.jdbc, this.connection, this.flyway);
		assertThat(db.queryForObject("""
				select count(*) from activities a join plans p on p.id = a.plan_id
				where %s between date '2025-01-01' and date '2025-06-30'""".formatted(DAY), Long.class))
			.as("demo activities of the first half of 2025").isPositive();
		assertThat(db.queryForList("""
				select a.title || ': ' || pr.name_vi from activities a join plans p on p.id = a.plan_id
				join activity_partner_provinces ap on ap.activity_id = a.id join provinces pr on pr.id = ap.province_id
				where %1$s < pr.valid_from or %1$s > coalesce(pr.valid_to, date '9999-12-31')""".formatted(DAY),
				String.class)).as("partner provinces not in force on the activity's day").isEmpty();
		assertThat(db.queryForList("""
				select a.title || ': ' || d.name_vi from activities a join plans p on p.id = a.plan_id
				join departments d on d.id = a.lead_department_id
				   or d.id in (select c.department_id from activity_coordinating_departments c where c.activity_id = a.id)
				where %1$s < coalesce(d.valid_from, date '0001-01-01')
				   or %1$s > coalesce(d.valid_to, date '9999-12-31')""".formatted(DAY), String.class))
			.as("departments not in force on the activity's day").isEmpty();
	}

}
