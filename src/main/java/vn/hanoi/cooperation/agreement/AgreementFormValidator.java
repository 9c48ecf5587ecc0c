package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.TypedText;

/**
 * Checks an agreement form and turns it into a draft. Rules that SQL can state are also constraints in
 * V4__agreements.sql; this class gives the user the message first.
 */
@Component
class AgreementFormValidator {

	static final int TITLE_MAX = 500;

	static final int NUMBER_MAX = 60;

	static final int NAME_MAX = 150;

	static final int POSITION_MAX = 200;

	static final int SUMMARY_MAX = 10_000;

	private final Provinces provinces;

	private final CooperationGroups groups;

	AgreementFormValidator(Provinces provinces, CooperationGroups groups) {
		this.provinces = provinces;
		this.groups = groups;
	}

	Optional<AgreementDraft> validate(AgreementForm form, Errors errors) {
		return validate(form, null, errors);
	}

	/**
	 * An agreement already terminated keeps its termination between its signing and its last day in force, as
	 * {@link #validateTermination} made it: a corrected date cannot move either past it.
	 */
	Optional<AgreementDraft> validate(AgreementForm form, LocalDate terminatedOn, Errors errors) {
		AgreementKind kind = FormValues.choice(form.kind(), AgreementKind.class, "kind", "agreement.error.kindRequired",
				errors);
		if (kind == null && !errors.hasFieldErrors("kind")) {
			errors.rejectValue("kind", "agreement.error.kindRequired");
		}
		String number = text(form.documentNumber(), "documentNumber", NUMBER_MAX, errors);
		String title = text(form.title(), "title", TITLE_MAX, errors);
		if (title == null && !errors.hasFieldErrors("title")) {
			errors.rejectValue("title", "agreement.error.titleRequired");
		}
		LocalDate signedOn = FormValues.day(form.signedOn(), "signedOn", errors);
		LocalDate validFrom = FormValues.day(form.validFrom(), "validFrom", errors);
		LocalDate validTo = FormValues.day(form.validTo(), "validTo", errors);
		if (validFrom != null && signedOn != null && validFrom.isBefore(signedOn)) {
			errors.rejectValue("validFrom", "agreement.error.validFromBeforeSigned");
		}
		LocalDate start = validFrom != null ? validFrom : signedOn;
		if (validTo != null && start != null && validTo.isBefore(start)) {
			errors.rejectValue("validTo", "agreement.error.validToBeforeStart");
		}
		if (terminatedOn != null && signedOn != null && signedOn.isAfter(terminatedOn)
				&& !errors.hasFieldErrors("signedOn")) {
			errors.rejectValue("signedOn", "agreement.error.signedAfterTermination",
					new Object[] { FormValues.dayText(terminatedOn) }, null);
		}
		if (terminatedOn != null && validTo != null && validTo.isBefore(terminatedOn)
				&& !errors.hasFieldErrors("validTo")) {
			errors.rejectValue("validTo", "agreement.error.endsBeforeTermination",
					new Object[] { FormValues.dayText(terminatedOn) }, null);
		}

		List<Long> provinceIds = FormValues.ids(form.provinceIds(), "provinceIds", "agreement.error.provinceUnknown",
				errors);
		List<Province> partners = this.provinces.findByIdIn(provinceIds);
		if (provinceIds.isEmpty() && !errors.hasFieldErrors("provinceIds")) {
			errors.rejectValue("provinceIds", "agreement.error.provinceRequired");
		}
		else if (partners.size() != provinceIds.size() || partners.stream().anyMatch(Province::isHanoi)) {
			if (!errors.hasFieldErrors("provinceIds")) {
				errors.rejectValue("provinceIds", "agreement.error.provinceUnknown");
			}
		}
		else if (signedOn != null && partners.stream().anyMatch(p -> !p.isValidOn(signedOn))) {
			errors.rejectValue("provinceIds", "agreement.error.provinceNotValidOnSigning");
		}
		// Without a signing day the agreement's units are those of its first day in force, and without either
		// they are still of one map: Hà Giang (until 30/06/2025) beside the Tuyên Quang formed on 1 July was kept.
		else if (signedOn == null && validFrom != null && partners.stream().anyMatch(p -> !p.isValidOn(validFrom))) {
			errors.rejectValue("provinceIds", "agreement.error.provinceNotValidOnStart");
		}
		else if (!haveACommonDay(partners)) {
			errors.rejectValue("provinceIds", "agreement.error.provincesOfTwoMaps");
		}

		List<Long> groupIds = FormValues.ids(form.groupIds(), "groupIds", "agreement.error.groupUnknown", errors);
		List<CooperationGroup> covered = this.groups.findAllByOrderByNumber()
			.stream()
			.filter(g -> groupIds.contains(g.getId()))
			.toList();
		if (covered.size() != groupIds.size() && !errors.hasFieldErrors("groupIds")) {
			errors.rejectValue("groupIds", "agreement.error.groupUnknown");
		}

		String hanoiName = text(form.hanoiSignatoryName(), "hanoiSignatoryName", NAME_MAX, errors);
		String hanoiTitle = text(form.hanoiSignatoryTitle(), "hanoiSignatoryTitle", POSITION_MAX, errors);
		String provinceName = text(form.provinceSignatoryName(), "provinceSignatoryName", NAME_MAX, errors);
		String provinceTitle = text(form.provinceSignatoryTitle(), "provinceSignatoryTitle", POSITION_MAX, errors);
		String summary = text(form.summary(), "summary", SUMMARY_MAX, errors);

		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new AgreementDraft(kind, number, title, partners, covered, signedOn, validFrom, validTo,
				hanoiName, hanoiTitle, provinceName, provinceTitle, summary, form.shared()));
	}

	/**
	 * A termination: a day no earlier than the signing and no later than the last day in force (a day after it
	 * the agreement has simply expired, and calling it terminated would rewrite its history), and a reason.
	 */
	Optional<LocalDate> validateTermination(TerminationForm form, Agreement agreement, Errors errors) {
		LocalDate on = FormValues.day(form.terminatedOn(), "terminatedOn", errors);
		String reason = text(form.reason(), "reason", TerminationForm.REASON_MAX, errors);
		if (on == null && !errors.hasFieldErrors("terminatedOn")) {
			errors.rejectValue("terminatedOn", "agreement.error.terminatedOnRequired");
		}
		else if (on != null && agreement.getSignedOn() != null && on.isBefore(agreement.getSignedOn())) {
			errors.rejectValue("terminatedOn", "agreement.error.terminatedBeforeSigned");
		}
		else if (on != null && agreement.getValidTo() != null && on.isAfter(agreement.getValidTo())) {
			errors.rejectValue("terminatedOn", "agreement.error.terminatedAfterEnd",
					new Object[] { FormValues.dayText(agreement.getValidTo()) }, null);
		}
		if (reason == null && !errors.hasFieldErrors("reason")) {
			errors.rejectValue("reason", "agreement.error.reasonRequired");
		}
		return errors.hasErrors() ? Optional.empty() : Optional.of(on);
	}

	/** Whether some day has every partner in force: if one does, the day the last of them came into force does. */
	private static boolean haveACommonDay(List<Province> partners) {
		LocalDate lastStart = partners.stream()
			.map(Province::getValidFrom)
			.filter(java.util.Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(LocalDate.MIN);
		return partners.stream().allMatch(partner -> partner.isValidOn(lastStart));
	}

	private static String text(String value, String field, int max, Errors errors) {
		String trimmed = TypedText.orNull(value);
		if (trimmed != null && trimmed.length() > max) {
			errors.rejectValue(field, "agreement.error.tooLong", new Object[] { max }, null);
			return null;
		}
		return trimmed;
	}

}
