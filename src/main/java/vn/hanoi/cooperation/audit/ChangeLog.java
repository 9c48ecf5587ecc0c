package vn.hanoi.cooperation.audit;

import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one change log of activities, results and agreements: writes a record's changes in the caller's transaction
 * and reads its history back, newest first.
 */
@Component
public class ChangeLog {

	private final RecordChanges changes;

	private final NamedParameterJdbcTemplate jdbc;

	ChangeLog(RecordChanges changes, NamedParameterJdbcTemplate jdbc) {
		this.changes = changes;
		this.jdbc = jdbc;
	}

	/** A record and the version a step left it at. */
	public record Stepped(Long recordId, long versionAfter) {
	}

	/**
	 * The same step of several records (a bulk approval), one line each as {@link #record} writes it, in one JDBC
	 * batch: a statement per record would make a batch of 200 take as long as 200 requests.
	 */
	@Transactional
	public void recordEach(RecordKind kind, List<Stepped> records, RecordChange.Action action, String field,
			ChangeAuthor author) {
		this.jdbc.batchUpdate("""
				insert into record_changes (record_kind, record_id, action, field, version_after, author_id, author_name)
				values (:recordKind, :recordId, :action, :field, :versionAfter, :authorId, :authorName)""",
				records.stream()
					.map(stepped -> new MapSqlParameterSource().addValue("recordKind", kind.name())
						.addValue("recordId", stepped.recordId(), Types.BIGINT)
						.addValue("action", action.name())
						.addValue("field", field, Types.VARCHAR)
						.addValue("versionAfter", stepped.versionAfter(), Types.BIGINT)
						.addValue("authorId", author.accountId(), Types.BIGINT)
						.addValue("authorName", author.displayName(), Types.VARCHAR))
					.toArray(SqlParameterSource[]::new));
	}

	/** One step of a record, with the field it touched (or null) and its old and new value. */
	@Transactional
	public void record(RecordKind kind, Long recordId, RecordChange.Action action, String field, String oldValue,
			String newValue, long versionAfter, ChangeAuthor author) {
		this.changes.save(new RecordChange(kind, recordId, action, field, oldValue, newValue, versionAfter,
				author.accountId(), author.displayName()));
	}

	/** One line per field whose value differs between the two snapshots (field → value as the history shows it). */
	@Transactional
	public void recordDifferences(RecordKind kind, Long recordId, RecordChange.Action action,
			Map<String, String> before, Map<String, String> after, long versionAfter, ChangeAuthor author) {
		after.forEach((field, value) -> {
			if (!Objects.equals(before.get(field), value)) {
				record(kind, recordId, action, field, before.get(field), value, versionAfter, author);
			}
		});
	}

	/** A deleted record's last line keeps every field it had, one "field: value" a line. */
	@Transactional
	public void recordDeletion(RecordKind kind, Long recordId, Map<String, String> snapshot, long version,
			ChangeAuthor author) {
		String values = snapshot.entrySet()
			.stream()
			.filter(e -> e.getValue() != null)
			.map(e -> e.getKey() + ": " + e.getValue())
			.collect(Collectors.joining("\n"));
		record(kind, recordId, RecordChange.Action.DELETED, null, values, null, version, author);
	}

	/** A record's history as its page shows it, newest first. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> historyOf(RecordKind kind, Long recordId) {
		return this.changes.findByKindAndRecordIdOrderByChangedAtDescIdDesc(kind, recordId)
			.stream()
			.map(RecordChange::entry)
			.toList();
	}

	/** What others saved since the version a user began editing. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> changesSince(RecordKind kind, Long recordId, long version) {
		return this.changes.findByKindAndRecordIdAndVersionAfterGreaterThanOrderByIdAsc(kind, recordId, version)
			.stream()
			.map(RecordChange::entry)
			.toList();
	}

}
