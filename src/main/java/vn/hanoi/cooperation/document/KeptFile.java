package vn.hanoi.cooperation.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every kept file records, agreement document or activity evidence: its checked name and type, size, hash,
 * text for search, and who added it when. The bytes live in a table of their own. Files are added, never edited.
 */
@MappedSuperclass
public abstract class KeptFile {

	@Column(name = "file_name", nullable = false, updatable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(nullable = false, updatable = false)
	private String sha256;

	/** The words of the document, for search (null for a photo). */
	@Column(name = "document_text", updatable = false)
	private String documentText;

	@Column(name = "uploaded_by", updatable = false)
	private Long uploadedBy;

	@Column(name = "uploaded_by_name", nullable = false, updatable = false)
	private String uploadedByName;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false, updatable = false)
	private Instant updatedAt = this.createdAt;

	protected KeptFile() {
	}

	protected KeptFile(CheckedDocument file, Long uploadedBy, String uploadedByName) {
		this.fileName = file.fileName();
		this.contentType = file.type().contentType();
		this.sizeBytes = file.sizeBytes();
		this.sha256 = file.sha256();
		this.documentText = file.text();
		this.uploadedBy = uploadedBy;
		this.uploadedByName = uploadedByName;
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

	public Long getUploadedBy() {
		return this.uploadedBy;
	}

	public String getUploadedByName() {
		return this.uploadedByName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** Size as people read it: "1,2 MB", "350 KB". */
	public String displaySize() {
		return FileSizes.display(this.sizeBytes);
	}

}
