package vn.hanoi.cooperation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.agreement.TestAgreements;

/** Activities, results and narratives written straight into the tables for the report tests, and removed after. */
class ReportFixtures {

	private final JdbcTemplate jdbc;

	final TestAgreements agreements;

	private final List<Long> activities = new ArrayList<>();

	private final List<Long> results = new ArrayList<>();

	private final List<Long> narratives = new ArrayList<>();

	ReportFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.agreements = new TestAgreements(jdbc);
	}

	/** An activity of plan 2022 in group {@code group}, with partners given by their 2008 codes. */
	Long activity(String title, int group, boolean shared, LocalDate completedOn, String... provinceCodes) {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                        actual_completion, shared_with_provinces)
				select p.id, g.id, d.id, ?, ?, date '2022-12-31', ?, ?
				from plans p join cooperation_groups g on g.number = ? join departments d on d.code = 'SCT'
				where p.year = 2022 returning id""", Long.class, title,
				completedOn == null ? "IN_PROGRESS" : "COMPLETED", completedOn, shared, group);
		for (String code : provinceCodes) {
			this.jdbc.update("""
					insert into activity_partner_provinces (activity_id, province_id)
					select ?, id from provinces where code = ? and valid_from = date '2008-08-01'""", id, code);
		}
		this.activities.add(id);
		return id;
	}

	/** An approved result; {@code province} is a 2008 code or null. */
	Long approvedResult(String indicator, int year, String province, String target, String actual) {
		return approvedResult(indicator, year, province, "2008-08-01", target, actual);
	}

	/**
	 * An approved result of Sở Công Thương (of 2025 from that year); {@code province} is the code of the unit valid
	 * from {@code validFrom}, or null.
	 */
	Long approvedResult(String indicator, int year, String province, String validFrom, String target, String actual) {
		Long id = this.jdbc.queryForObject("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, status,
				                            approved_at, approved_by_name)
				values ((select id from indicators where code = ?), ?, (select id from departments where code = ?),
				        (select id from provinces where code = ? and valid_from = ?::date),
				        ?::numeric, ?::numeric, 'APPROVED', now(), 'Điều phối')
				returning id""", Long.class, indicator, year, year >= 2025 ? "SCT_2025" : "SCT", province, validFrom,
				target, actual);
		this.results.add(id);
		return id;
	}

	/** The result's own province disputes it. */
	void dispute(Long resultId) {
		this.jdbc.update("""
				insert into province_confirmations (result_id, province_id, status, comment, author_name)
				select id, province_id, 'DISPUTED', 'Số liệu chưa khớp với báo cáo của tỉnh', 'Cán bộ tỉnh'
				  from yearly_results where id = ?""", resultId);
	}

	void narrative(int group, int year, String achievements, String difficulties) {
		this.narratives.add(this.jdbc.queryForObject("""
				insert into group_year_narratives (group_id, year, achievements, difficulties, updated_by_name)
				select id, ?, ?, ?, 'Test' from cooperation_groups where number = ? returning id""", Long.class, year,
				achievements, difficulties, group));
	}

	Long provinceId(String code, String validFrom) {
		return this.jdbc.queryForObject("select id from provinces where code = ? and valid_from = ?::date", Long.class,
				code, validFrom);
	}

	int exports(String detailPrefix) {
		return this.jdbc.queryForObject("select count(*) from security_events where type = 'EXPORT' and detail like ?",
				Integer.class, detailPrefix + "%");
	}

	void removeAll() {
		this.activities.forEach(id -> {
			this.jdbc.update("delete from activities where id = ?", id);
			this.jdbc.update("delete from activity_changes where activity_id = ?", id);
		});
		this.results.forEach(id -> {
			this.jdbc.update("delete from yearly_result_changes where result_id = ?", id);
			this.jdbc.update("delete from yearly_results where id = ?", id);
		});
		this.narratives.forEach(id -> this.jdbc.update("delete from group_year_narratives where id = ?", id));
		this.agreements.removeAll();
		this.activities.clear();
		this.results.clear();
		this.narratives.clear();
	}

}
