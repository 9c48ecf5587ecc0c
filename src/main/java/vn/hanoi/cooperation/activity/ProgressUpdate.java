package vn.hanoi.cooperation.activity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated progress note on an activity; notes are added, never edited. */
@Entity
@Table(name = "activity_progress_updates")
public class ProgressUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private Long activityId;

	@Column(name = "noted_on", nullable = false, updatable = false)
	private LocalDate notedOn;

	@Column(nullable = false, updatable = false)
	private String note;

	@Column(name = "author_id", updatable = false)
	private Long authorId;

	@Column(name = "author_name", nullable = false, updatable = false)
	private String authorName;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false, updatable = false)
	private Instant updatedAt = this.createdAt;

	protected ProgressUpdate() {
	}

	ProgressUpdate(Long activityId, LocalDate notedOn, String note, Long authorId, String authorName) {
		this.activityId = activityId;
		this.notedOn = notedOn;
		this.note = note;
		this.authorId = authorId;
		this.authorName = authorName;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getNotedOn() {
		return this.notedOn;
	}

	public String getNote() {
		return this.note;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
