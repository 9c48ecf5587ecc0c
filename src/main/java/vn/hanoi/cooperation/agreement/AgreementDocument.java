package vn.hanoi.cooperation.agreement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;


import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/**
 * A document attached to an agreement (the scan of the signed text, an annex): what lists show. The bytes are
 * an {@link AgreementDocumentContent}, read only for a download. Documents are added, never edited.
 */
@Entity
@Table(name = "agreement_documents")
public class AgreementDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	@Column(name = "file_name", nullable = false, updatable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(nullable = false, updatable = false)
	private String sha256;

	@Column(name = "uploaded_by", updatable = false)
	private Long uploadedBy;

	@Column(name = "uploaded_by_name", nullable = false, updatable = false)
	private String uploadedByName;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false, updatable = false)
	private Instant updatedAt = this.createdAt;

	protected AgreementDocument() {
	}

	AgreementDocument(Long agreementId, String fileName, DocumentType type, long sizeBytes, String sha256,
			Long uploadedBy, String uploadedByName) {
		this.agreementId = agreementId;
		this.fileName = fileName;
		this.contentType = type.contentType();
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedByName = uploadedByName;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public long getSizeBytes() {
		return this.sizeBytes;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getUploadedByName() {
		return this.uploadedByName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Size as people read it: "1,2 MB", "350 KB". */
	public String displaySize() {
		if (this.sizeBytes >= 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f MB", this.sizeBytes / (1024.0 * 1024.0)).replace('.', ',');
		}
		return Math.max(1, (this.sizeBytes + 1023) / 1024) + " KB";
	}

}
