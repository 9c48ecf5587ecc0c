package vn.hanoi.cooperation.agreement;

import java.util.List;

import vn.hanoi.cooperation.system.FormValues;

/**
 * What the agreement form posts, as typed: {@link AgreementFormValidator} reads the text (dates, ids, the kind)
 * and turns it into an {@link AgreementDraft}, with a message per bad field.
 */
record AgreementForm(String kind, String documentNumber, String title, List<String> provinceIds, String signedOn,
		String validFrom, String validTo, String hanoiSignatoryName, String hanoiSignatoryTitle,
		String provinceSignatoryName, String provinceSignatoryTitle, List<String> groupIds, String summary,
		String sharedWithProvinces, String version) {

	static final String[] FIELDS = { "kind", "documentNumber", "title", "provinceIds", "signedOn", "validFrom",
			"validTo", "hanoiSignatoryName", "hanoiSignatoryTitle", "provinceSignatoryName", "provinceSignatoryTitle",
			"groupIds", "summary", "sharedWithProvinces", "version" };

	AgreementForm {
		provinceIds = provinceIds == null ? List.of() : provinceIds;
		groupIds = groupIds == null ? List.of() : groupIds;
	}

	static AgreementForm blank() {
		return new AgreementForm(AgreementKind.COOPERATION_AGREEMENT.name(), "", "", List.of(), "", "", "", "", "", "",
				"", List.of(), "", "false", null);
	}

	static AgreementForm of(Agreement agreement) {
		return new AgreementForm(agreement.getKind().name(), agreement.getDocumentNumber(), agreement.getTitle(),
				agreement.getProvinces().stream().map(p -> text(p.getId())).toList(), text(agreement.getSignedOn()),
				text(agreement.getValidFrom()), text(agreement.getValidTo()), agreement.getHanoiSignatoryName(),
				agreement.getHanoiSignatoryTitle(), agreement.getProvinceSignatoryName(),
				agreement.getProvinceSignatoryTitle(), agreement.getGroups().stream().map(g -> text(g.getId())).toList(),
				agreement.getSummary(), String.valueOf(agreement.isSharedWithProvinces()),
				text(agreement.getVersion()));
	}

	/** The same input, to be saved over the given version (after a conflict the user applies it again). */
	AgreementForm withVersion(long newVersion) {
		return new AgreementForm(this.kind, this.documentNumber, this.title, this.provinceIds, this.signedOn,
				this.validFrom, this.validTo, this.hanoiSignatoryName, this.hanoiSignatoryTitle,
				this.provinceSignatoryName, this.provinceSignatoryTitle, this.groupIds, this.summary,
				this.sharedWithProvinces, text(newVersion));
	}

	public boolean shared() {
		return FormValues.checked(this.sharedWithProvinces);
	}

	private static String text(Object value) {
		// Days as the form shows and takes them (dd/MM/yyyy), not as LocalDate prints them.
		if (value instanceof java.time.LocalDate day) {
			return vn.hanoi.cooperation.system.FormValues.dayText(day);
		}
		return value == null ? null : value.toString();
	}

}
