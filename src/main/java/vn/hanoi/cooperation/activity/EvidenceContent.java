package vn.hanoi.cooperation.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of an {@link Evidence} and, for a photo, its thumbnail, in bytea columns so that a backup holds them. */
@Entity
@Table(name = "activity_evidence_contents")
class EvidenceContent {

	@Id
	@Column(name = "evidence_id")
	private Long evidenceId;

	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, updatable = false)
	private byte[] content;

	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(updatable = false)
	private byte[] thumbnail;

	protected EvidenceContent() {
	}

	EvidenceContent(Long evidenceId, byte[] content, byte[] thumbnail) {
		this.evidenceId = evidenceId;
		this.content = content;
		this.thumbnail = thumbnail;
	}

	byte[] getContent() {
		return this.content;
	}

	byte[] getThumbnail() {
		return this.thumbnail;
	}

}
