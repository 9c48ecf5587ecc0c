package vn.hanoi.cooperation.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes of an {@link AgreementDocument}, in a bytea column so that a database backup holds them. */
@Entity
@Table(name = "agreement_document_contents")
class AgreementDocumentContent {

	@Id
	@Column(name = "document_id")
	private Long documentId;

	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false, updatable = false)
	private byte[] content;

	protected AgreementDocumentContent() {
	}

	AgreementDocumentContent(Long documentId, byte[] content) {
		this.documentId = documentId;
		this.content = content;
	}

	byte[] getContent() {
		return this.content;
	}

}
