package vn.hanoi.cooperation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.hanoi.cooperation.agreement.AgreementKind;
import vn.hanoi.cooperation.agreement.AgreementStatus;

/**
 * An agreement as the API gives it. Field names are the API's contract: add fields, never rename or remove one.
 * {@code status} is derived from the dates on the day asked, as on the pages; {@code validTo} is the expiry date
 * (null: no end). {@code partnerProvinces} holds only those the reader may see (a province officer: their own units).
 */
record ApiAgreement(Long id, AgreementKind kind, String documentNumber, String title, AgreementStatus status,
		LocalDate signedOn, LocalDate validFrom, LocalDate validTo, LocalDate terminatedOn, String terminationReason,
		Signatory hanoiSignatory, Signatory provinceSignatory, List<ApiUnit> partnerProvinces,
		List<ApiActivity.Group> groups, String summary, boolean sharedWithProvinces, List<Document> documents,
		Instant updatedAt) {

	/** Who signed for one side, with their title; null when the agreement names nobody. */
	record Signatory(String name, String title) {

		static Signatory of(String name, String title) {
			return name == null ? null : new Signatory(name, title);
		}

	}

	/** A document's metadata; {@code downloadUrl} (relative to the portal) streams its bytes with the same token. */
	record Document(Long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
			String downloadUrl) {

		Document of(Long agreementId) {
			return new Document(this.id, this.fileName, this.contentType, this.sizeBytes, this.uploadedAt,
					"/api/v1/agreements/" + agreementId + "/documents/" + this.id);
		}

	}

}
