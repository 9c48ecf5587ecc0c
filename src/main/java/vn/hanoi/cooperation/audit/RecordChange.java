package vn.hanoi.cooperation.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of a record's history (an activity, a result or an agreement): who changed which field when, from what
 * to what, or which step the record took.
 */
@Entity
@Table(name = "record_changes")
public class RecordChange {

	public enum Action {

		CREATED, UPDATED, COMPLETED, SUBMITTED, APPROVED, RETURNED, DELETED, CONFIRMED, DISPUTED, TERMINATED,
		DOCUMENT_ADDED, DOCUMENT_REMOVED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "record_kind", nullable = false, updatable = false)
	private RecordKind kind;

	@Column(name = "record_id", nullable = false, updatable = false)
	private Long recordId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Action action;

	@Column(updatable = false)
	private String field;

	@Column(name = "old_value", updatable = false)
	private String oldValue;

	@Column(name = "new_value", updatable = false)
	private String newValue;

	@Column(name = "version_after", updatable = false)
	private Long versionAfter;

	@Column(name = "author_id", updatable = false)
	private Long authorId;

	@Column(name = "author_name", nullable = false, updatable = false)
	private String authorName;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt = Instant.now();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = this.changedAt;

	@Column(name = "updated_at", nullable = false, updatable = false)
	private Instant updatedAt = this.changedAt;

	protected RecordChange() {
	}

	RecordChange(RecordKind kind, Long recordId, Action action, String field, String oldValue, String newValue,
			Long versionAfter, Long authorId, String authorName) {
		this.kind = kind;
		this.recordId = recordId;
		this.action = action;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.versionAfter = versionAfter;
		this.authorId = authorId;
		this.authorName = authorName;
	}

	public RecordKind getKind() {
		return this.kind;
	}

	public Long getRecordId() {
		return this.recordId;
	}

	public Action getAction() {
		return this.action;
	}

	public String getField() {
		return this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

	/** This line as the history table shows it, with the message keys that name it. */
	public HistoryEntry entry() {
		return new HistoryEntry(this.kind, this.action, this.field, this.oldValue, this.newValue, this.authorName,
				this.changedAt);
	}

	public Long getVersionAfter() {
		return this.versionAfter;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
