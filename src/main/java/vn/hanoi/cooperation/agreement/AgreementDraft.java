package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.List;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.province.Province;

/** An agreement form after validation, with its references loaded: what {@link Agreement#apply} takes. */
record AgreementDraft(AgreementKind kind, String documentNumber, String title, List<Province> provinces,
		List<CooperationGroup> groups, LocalDate signedOn, LocalDate validFrom, LocalDate validTo,
		String hanoiSignatoryName, String hanoiSignatoryTitle, String provinceSignatoryName,
		String provinceSignatoryTitle, String summary, boolean sharedWithProvinces) {
}
