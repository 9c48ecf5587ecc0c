package vn.hanoi.cooperation.inbox;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.result.ReportingYear;

import static org.assertj.core.api.Assertions.assertThat;

/** Records straight into the tables for the inbox tests, removed again after each test. */
class InboxFixtures {

	static final String TITLE = "INBOX ";

	private final JdbcTemplate jdbc;

	private final int year;

	/**
	 * The records are of today's reporting year as the inbox reads it, with the configured end of the previous
	 * year's reporting (portal.reporting.previous-year-until), never a restated default.
	 */
	InboxFixtures(JdbcTemplate jdbc, ReportingYear reportingYear) {
		this.jdbc = jdbc;
		Integer year = reportingYear.today();
		assertThat(year).as("a reporting year that no test locks").isNotNull();
		this.year = year;
		clear();
	}

	int year() {
		return this.year;
	}

	Long result(String indicator, String department, String province, String status) {
		return this.jdbc.queryForObject("""
				insert into yearly_results (indicator_id, year, department_id, province_id, actual, status,
				                            return_reason, submitted_at, approved_at, approved_by_name)
				values ((select id from indicators where code = ?), ?, (select id from departments where code = ?),
				        (select id from provinces where code = ? and valid_from = date '2025-07-01'), 10, ?,
				        case when ? = 'RETURNED' then 'Thiếu số liệu quý IV' end,
				        case when ? in ('SUBMITTED', 'APPROVED') then now() end,
				        case when ? = 'APPROVED' then now() end, case when ? = 'APPROVED' then 'Điều phối' end)
				returning id""", Long.class, indicator, this.year, department, province, status, status, status,
				status, status);
	}

	Long activity(String department, String deadlineExpression) {
		return this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                        shared_with_provinces)
				values ((select id from plans where year = 2022), (select id from cooperation_groups where number = 2),
				        (select id from departments where code = ?), ?, 'IN_PROGRESS', %s, true)
				returning id""".formatted(deadlineExpression), Long.class, department,
				TITLE + department + " " + System.nanoTime());
	}

	/** Makes the province's unit valid from that day a partner of the activity. */
	void partner(Long activity, String province, String validFrom) {
		this.jdbc.update("""
				insert into activity_partner_provinces (activity_id, province_id)
				values (?, (select id from provinces where code = ? and valid_from = cast(? as date)))""", activity,
				province, validFrom);
	}

	void comment(Long activity, String province, boolean fromProvince, String body) {
		comment(activity, province, "2025-07-01", fromProvince, body);
	}

	/** A comment under the province's unit valid from that day: 2008-08-01 for the 63 units, 2025-07-01 for the 34. */
	void comment(Long activity, String province, String validFrom, boolean fromProvince, String body) {
		this.jdbc.update("""
				insert into activity_comments (activity_id, province_id, author_name, from_province, body)
				values (?, (select id from provinces where code = ? and valid_from = cast(? as date)), ?, ?, ?)""",
				activity, province, validFrom, fromProvince ? "Cán bộ tỉnh" : "Cán bộ Hà Nội", fromProvince, body);
	}

	Long agreement(String title, String validTo, boolean shared, String province) {
		Long id = this.jdbc.queryForObject("""
				insert into agreements (kind, title, valid_to, shared_with_provinces)
				values ('COOPERATION_AGREEMENT', ?, %s, ?) returning id""".formatted(validTo), Long.class,
				TITLE + title, shared);
		if (province != null) {
			this.jdbc.update("""
					insert into agreement_provinces (agreement_id, province_id)
					values (?, (select id from provinces where code = ? and valid_from = date '2025-07-01'))""", id,
					province);
		}
		return id;
	}

	/** The result's province disputes it: the answer is recorded under the result's unit, as ConfirmationService does. */
	void dispute(Long result) {
		this.jdbc.update("""
				insert into province_confirmations (result_id, province_id, status, comment, author_name)
				select id, province_id, 'DISPUTED', 'Số liệu chưa khớp', 'Cán bộ tỉnh' from yearly_results
				where id = ?""", result);
	}

	void clear() {
		this.jdbc.update("delete from yearly_result_changes where result_id in (select id from yearly_results where year = ?)",
				this.year);
		this.jdbc.update("delete from yearly_results where year = ?", this.year);
		this.jdbc.update("delete from activities where title like ?", TITLE + "%");
		this.jdbc.update("delete from agreements where title like ?", TITLE + "%");
		this.jdbc.update("delete from inbox_visits");
	}

}
