package vn.hanoi.cooperation.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.agreement.TestAgreements;

/**
 * Real records for {@link AuthorizationMatrixTest}, in pairs: "own" ones of the test staff officer's department
 * (Sở Công Thương) shared with the test province officer's unit (Điện Biên), and "other" ones of another department
 * (Sở Y tế) shared with another province (Lai Châu). A person's records (notifications, API tokens, failed imports)
 * are "own" when they belong to the account asking, "other" when they belong to the matrix's target account. Each
 * sample URL names one as {@code {ownActivity}}, {@code {otherResult}}…, so a row proves that a role is refused a
 * record it must not see, not an id that exists for nobody.
 */
final class MatrixRecords {

	private static final String TITLE = "MATRIX ";

	private final JdbcTemplate jdbc;

	private final TestAgreements agreements;

	private final Long accountId;

	private final java.util.List<Long> results = new java.util.ArrayList<>();

	private final java.util.List<Long> failures = new java.util.ArrayList<>();

	MatrixRecords(JdbcTemplate jdbc, Long accountId) {
		this.jdbc = jdbc;
		this.agreements = new TestAgreements(jdbc);
		this.accountId = accountId;
	}

	/**
	 * The sample with each record it names created afresh, so that what one role's request changes (a deletion, an
	 * approval) does not decide the next role's answer.
	 */
	String url(String sample, Long viewerId) {
		// One figure per indicator, year, department and province: the previous request's result makes way.
		removeResults();
		Map<String, Long> ids = new LinkedHashMap<>();
		for (String[] whose : new String[][] { { "own", "SCT_2025", "11" }, { "other", "SYT_2025", "12" } }) {
			String prefix = whose[0];
			if (sample.contains("{" + prefix + "Activity}")) {
				ids.put(prefix + "Activity", activity(TITLE + prefix, whose[1], whose[2]));
				if (sample.contains("{" + prefix + "Evidence}")) {
					ids.put(prefix + "Evidence", evidence(ids.get(prefix + "Activity")));
				}
			}
			if (sample.contains("{" + prefix + "Agreement}")) {
				Long agreement = this.agreements.create(TITLE + prefix, true, whose[2]);
				ids.put(prefix + "Agreement", agreement);
				ids.put(prefix + "Document", this.agreements.attach(agreement, "matrix.pdf", TestAgreements.PDF));
			}
			if (sample.contains("{" + prefix + "Result}")) {
				Long result = result(whose[1], whose[2]);
				this.results.add(result);
				ids.put(prefix + "Result", result);
			}
			Long owner = "own".equals(prefix) ? viewerId : this.accountId;
			if (sample.contains("{" + prefix + "Failure}")) {
				Long failure = failure(owner, whose[1]);
				this.failures.add(failure);
				ids.put(prefix + "Failure", failure);
			}
			if (sample.contains("{" + prefix + "Notification}")) {
				ids.put(prefix + "Notification", notification(owner));
			}
			if (sample.contains("{" + prefix + "Token}")) {
				ids.put(prefix + "Token", token(owner));
			}
		}
		ids.put("indicatorId", this.jdbc.queryForObject("select min(id) from indicators", Long.class));
		ids.put("accountId", this.accountId);
		String url = sample;
		for (Map.Entry<String, Long> id : ids.entrySet()) {
			url = url.replace("{" + id.getKey() + "}", id.getValue().toString());
		}
		return url;
	}

	void remove() {
		this.agreements.removeAll();
		this.jdbc.update("delete from activity_changes where activity_id in (select id from activities where title like ?)",
				TITLE + "%");
		this.jdbc.update("delete from activities where title like ?", TITLE + "%");
		removeResults();
		this.failures.forEach(id -> this.jdbc.update("delete from import_failures where id = ?", id));
		this.failures.clear();
		this.jdbc.update("delete from notifications where label_vi = ?", TITLE);
		this.jdbc.update("delete from api_tokens where name = ?", TITLE);
	}

	private void removeResults() {
		for (Long result : this.results) {
			this.jdbc.update("delete from yearly_result_changes where result_id = ?", result);
			this.jdbc.update("delete from yearly_results where id = ?", result);
		}
		this.results.clear();
	}

	/** An in-progress activity of plan 2022, shared with the partner province (2008 map). */
	private Long activity(String title, String department, String province) {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                        shared_with_provinces)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', date '2022-12-31', true
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = ?
				where p.year = 2022 returning id""", Long.class, title, department);
		this.jdbc.update("""
				insert into activity_partner_provinces (activity_id, province_id)
				select ?, id from provinces where code = ? and valid_from = date '2008-08-01'""", id, province);
		return id;
	}

	/** A photo with its thumbnail attached to the activity by the test staff officer. */
	private Long evidence(Long activity) {
		Long id = this.jdbc.queryForObject("""
				insert into activity_evidence (activity_id, file_name, content_type, size_bytes, sha256, has_thumbnail,
				                               uploaded_by, uploaded_by_name)
				select ?, 'matrix.png', 'image/png', 4, 'x', true, id, display_name from accounts
				where username = 'test.staff' returning id""", Long.class, activity);
		this.jdbc.update("insert into activity_evidence_contents (evidence_id, content, thumbnail) values (?, ?, ?)", id,
				new byte[] { 1, 2, 3, 4 }, new byte[] { 5, 6 });
		return id;
	}

	/** A failed import of results by the account, for the department (ended up in the coordinator's inbox). */
	private Long failure(Long account, String department) {
		return this.jdbc.queryForObject("""
				insert into import_failures (kind, year, account_id, account_name, department_id, file_name, reason_vi,
				                             reason_en)
				select 'RESULTS', 2024, a.id, a.display_name, d.id, 'matrix.xlsx', 'Tệp hỏng', 'Broken file'
				from accounts a, departments d where a.id = ? and d.code = ? returning id""", Long.class, account,
				department);
	}

	/** An unread notification of the account, pointing at the activity list. */
	private Long notification(Long account) {
		return this.jdbc.queryForObject("""
				insert into notifications (account_id, kind, link, label_vi, label_en)
				values (?, 'YEAR_LOCKED', '/activities', ?, ?) returning id""", Long.class, account, TITLE, TITLE);
	}

	/** A live API token of the account (its secret is never needed: the matrix only revokes it). */
	private Long token(Long account) {
		return this.jdbc.queryForObject("""
				insert into api_tokens (account_id, name, token_hash, expires_at)
				values (?, ?, encode(sha256(gen_random_uuid()::text::bytea), 'hex'), now() + interval '1 day')
				returning id""", Long.class, account, TITLE);
	}

	/** An approved 2024 result about the partner province (2025 map): what a province may see of its own. */
	private Long result(String department, String province) {
		return this.jdbc.queryForObject("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, status,
				                            approved_at, approved_by_name)
				values ((select id from indicators where code = 'TM.TUAN_HANG'), 2024,
				        (select id from departments where code = ?),
				        (select id from provinces where code = ? and valid_from = date '2025-07-01'),
				        10, 12, 'APPROVED', now(), 'Điều phối')
				returning id""", Long.class, department, province);
	}

}
