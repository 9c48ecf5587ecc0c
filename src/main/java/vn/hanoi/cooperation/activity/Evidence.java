package vn.hanoi.cooperation.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.document.CheckedDocument;
import vn.hanoi.cooperation.document.KeptFile;

/**
 * A file kept as evidence of an activity (minutes, a signed plan, a photo), attached to the activity itself or to
 * one of its progress notes. The bytes are an {@link EvidenceContent}, read only for a download or a thumbnail.
 * Evidence is added or deleted, never edited.
 */
@Entity
@Table(name = "activity_evidence")
public class Evidence extends KeptFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private Long activityId;

	@Column(name = "progress_update_id", updatable = false)
	private Long progressUpdateId;

	@Column(name = "has_thumbnail", nullable = false, updatable = false)
	private boolean hasThumbnail;

	protected Evidence() {
	}

	Evidence(Long activityId, Long progressUpdateId, CheckedDocument file, Long uploadedBy, String uploadedByName) {
		super(file, uploadedBy, uploadedByName);
		this.activityId = activityId;
		this.progressUpdateId = progressUpdateId;
		this.hasThumbnail = file.thumbnail() != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getActivityId() {
		return this.activityId;
	}

	public Long getProgressUpdateId() {
		return this.progressUpdateId;
	}

	public boolean isHasThumbnail() {
		return this.hasThumbnail;
	}

}
