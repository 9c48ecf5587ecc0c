package vn.hanoi.cooperation.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.document.CheckedDocument;
import vn.hanoi.cooperation.document.KeptFile;

/**
 * A document attached to an agreement (the scan of the signed text, an annex): what lists show. The bytes are
 * an {@link AgreementDocumentContent}, read only for a download. Documents are added, never edited.
 */
@Entity
@Table(name = "agreement_documents")
public class AgreementDocument extends KeptFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	/** Whether the text was read; documents kept before V82 are read once after start-up ({@link DocumentTextBackfill}). */
	@Column(name = "text_read", nullable = false)
	private boolean textRead;

	protected AgreementDocument() {
	}

	AgreementDocument(Long agreementId, CheckedDocument file, Long uploadedBy, String uploadedByName) {
		super(file, uploadedBy, uploadedByName);
		this.agreementId = agreementId;
		this.textRead = true;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

}
