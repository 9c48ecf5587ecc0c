package vn.hanoi.cooperation.result;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a result's history: an edited field, a submission, an approval, a return and its reason. */
@Entity
@Table(name = "yearly_result_changes")
public class ResultChange {

	public enum Action {

		CREATED, UPDATED, SUBMITTED, APPROVED, RETURNED, DELETED, CONFIRMED, DISPUTED;

		public String messageKey() {
			return "result.history.action." + name();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "result_id", nullable = false, updatable = false)
	private Long resultId;

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

	protected ResultChange() {
	}

	ResultChange(Long resultId, Action action, String field, String oldValue, String newValue, Long versionAfter,
			Long authorId, String authorName) {
		this.resultId = resultId;
		this.action = action;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.versionAfter = versionAfter;
		this.authorId = authorId;
		this.authorName = authorName;
	}

	public Action getAction() {
		return this.action;
	}

	public String getField() {
		return this.field;
	}

	public String fieldKey() {
		return "result.field." + this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
