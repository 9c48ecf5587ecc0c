package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;

/**
 * The grid's writes as a fixed number of statements whatever its size: new rows in one insert, changed rows in one
 * JDBC batch, their history in one insert. Identity ids keep Hibernate from batching inserts, hence the SQL here.
 */
@Repository
class GridWrites {

	/** Above a full grid (20 indicators × 11 rows and more): every changed row goes in one batch. */
	static final int BATCH_SIZE = 1000;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	GridWrites(EntityManager entityManager, JdbcClient jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** Updates to managed results go to the database as one batch at the next flush. */
	void batchUpdates() {
		this.entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
	}

	void flush() {
		this.entityManager.flush();
	}

	/** Inserts the new rows as drafts of the department; their ids by grid key. */
	Map<String, Long> insertDrafts(List<GridRow> rows, Department department, int year, Viewer viewer) {
		Map<String, Long> ids = new HashMap<>();
		if (rows.isEmpty()) {
			return ids;
		}
		StringJoiner json = new StringJoiner(",", "[", "]");
		for (GridRow row : rows) {
			json.add("{\"indicator\":" + row.getIndicator().getId() + ",\"province\":"
					+ (row.getProvince() == null ? "null" : row.getProvince().getId()) + ",\"target\":"
					+ number(row.plannedTarget) + ",\"actual\":" + number(row.plannedActual) + "}");
		}
		this.jdbc.sql("""
				insert into yearly_results (indicator_id, year, department_id, province_id, target, actual, status,
				                            created_by, updated_by)
				select x.indicator, :year, :department, x.province, x.target, x.actual, 'DRAFT', :account, :account
				from jsonb_to_recordset(cast(:rows as jsonb)) as x(indicator bigint, province bigint, target numeric,
				                                                   actual numeric)
				on conflict do nothing
				returning id, indicator_id, coalesce(province_id, 0) as province_id""")
			.param("year", year)
			.param("department", department.getId())
			.param("account", viewer.accountId())
			.param("rows", json.toString())
			.query(rs -> {
				ids.put(rs.getLong("indicator_id") + "-" + rs.getLong("province_id"), rs.getLong("id"));
			});
		if (ids.size() < rows.size()) {
			// Another save (a second tab, a double click, a colleague) added one of these rows since this one read
			// the grid: a conflict like a changed version, not a duplicate-key error page. The transaction rolls back.
			throw new OptimisticLockingFailureException("A row of the " + year + " grid was added meanwhile");
		}
		return ids;
	}

	/** One line of a result's history, as {@link ResultService} keeps it. */
	record Change(Long resultId, RecordChange.Action action, String field, String oldValue, String newValue,
			long versionAfter) {
	}

	void recordHistory(List<Change> changes, Viewer viewer) {
		if (changes.isEmpty()) {
			return;
		}
		StringJoiner json = new StringJoiner(",", "[", "]");
		for (Change change : changes) {
			json.add("{\"result\":" + change.resultId() + ",\"action\":" + text(change.action().name()) + ",\"field\":"
					+ text(change.field()) + ",\"old\":" + text(change.oldValue()) + ",\"new\":"
					+ text(change.newValue()) + ",\"version\":" + change.versionAfter() + "}");
		}
		this.jdbc.sql("""
				insert into record_changes (record_kind, record_id, action, field, old_value, new_value, version_after,
				                            author_id, author_name)
				select 'RESULT', x.result, x.action, x.field, x.old, x.new, x.version, :author, :authorName
				from jsonb_to_recordset(cast(:changes as jsonb)) as x(result bigint, action text, field text, old text,
				                                                      new text, version bigint)""")
			.param("author", viewer.accountId())
			.param("authorName", viewer.displayName())
			.param("changes", json.toString())
			.update();
	}

	private static String number(BigDecimal value) {
		return value == null ? "null" : value.toPlainString();
	}

	/** A JSON string: quotes, backslashes and control characters escaped. */
	static String text(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder json = new StringBuilder(value.length() + 2).append('"');
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

}
