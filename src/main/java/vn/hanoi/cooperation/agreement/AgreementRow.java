package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.List;

import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.ProvinceName;

/**
 * An agreement as a list shows it to one viewer: its status today and the partners the viewer may know of (a
 * province officer sees only their own unit and its predecessors, never the other partners).
 */
public record AgreementRow(Agreement agreement, List<Province> partners, AgreementStatus status) {

	/** The row as a page kept in memory holds it: plain data, shown by the same table fragment. */
	public Kept kept() {
		return new Kept(new Heading(this.agreement.getId(), this.agreement.getTitle(), this.agreement.getKind(),
				this.agreement.getDocumentNumber(), this.agreement.getSignedOn(), this.agreement.getValidTo()),
				this.partners.stream().map(ProvinceName::of).toList(), this.status);
	}

	/** What {@code agreement/agreements :: agreementTable} reads of a row. */
	public record Kept(Heading agreement, List<ProvinceName> partners, AgreementStatus status) {
	}

	public record Heading(Long id, String title, AgreementKind kind, String documentNumber, LocalDate signedOn,
			LocalDate validTo) {
	}

}
