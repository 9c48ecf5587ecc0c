package vn.hanoi.cooperation.result;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.system.AttachmentNames;
import vn.hanoi.cooperation.system.FormValues;

/**
 * Turns the indicator form into a draft, or explains per field why not (a code is unique; the aggregation of an
 * indicator with results stays).
 */
@Component
class IndicatorFormValidator {

	private final Indicators indicators;

	private final CooperationGroups groups;

	private final YearlyResults results;

	private final PublishedIndicators published;

	IndicatorFormValidator(Indicators indicators, CooperationGroups groups, YearlyResults results,
			PublishedIndicators published) {
		this.indicators = indicators;
		this.groups = groups;
		this.results = results;
		this.published = published;
	}

	/** The draft to save, or empty with the errors next to their fields; {@code existing} is null for a new one. */
	Optional<IndicatorDraft> validate(IndicatorForm form, Indicator existing, Errors errors) {
		String code = ResultFormValidator.trim(form.code());
		code = code == null ? null : code.toUpperCase(Locale.ROOT);
		if (code == null) {
			errors.rejectValue("code", "indicator.error.codeRequired");
		}
		else if (!code.matches("[A-Z0-9][A-Z0-9_.-]{1,29}")) {
			errors.rejectValue("code", "indicator.error.codeInvalid");
		}
		else if (this.indicators.existsOtherWithCode(code, existing == null ? null : existing.getId())) {
			errors.rejectValue("code", "indicator.error.codeTaken");
		}
		String nameVi = name(form.nameVi(), "nameVi", errors);
		String nameEn = name(form.nameEn(), "nameEn", errors);
		IndicatorUnit unit = required(form.unit(), IndicatorUnit.class, "unit", errors);
		String countNounVi = unit == IndicatorUnit.COUNT ? countNoun(form.countNounVi(), "countNounVi", errors) : null;
		String countNounEn = unit == IndicatorUnit.COUNT ? countNoun(form.countNounEn(), "countNounEn", errors) : null;
		Aggregation aggregation = required(form.aggregation(), Aggregation.class, "aggregation", errors);
		Direction direction = required(form.direction(), Direction.class, "direction", errors);
		Long groupId = FormValues.id(form.groupId(), "groupId", "indicator.error.groupRequired", errors);
		CooperationGroup group = groupId == null ? null : this.groups.findById(groupId).orElse(null);
		if (group == null && !errors.hasFieldErrors("groupId")) {
			errors.rejectValue("groupId", "indicator.error.groupRequired");
		}
		// Changing how existing figures add up would silently change every total already reported, or published: a
		// figure on the public page stays there when the results it was taken from are reopened and deleted.
		boolean hasFigures = existing != null && (this.results.existsForIndicator(existing.getId())
				|| this.published.hasPublishedFigure(existing.getId()));
		if (hasFigures && aggregation != null && aggregation != existing.getAggregation()) {
			errors.rejectValue("aggregation", "indicator.error.aggregationInUse");
		}
		// Nor may the unit change: "45.000 tấn" reported and published would read "45.000 tỷ đồng".
		if (hasFigures && unit != null && unit != existing.getUnit()) {
			errors.rejectValue("unit", "indicator.error.unitInUse");
		}
		// A count's noun is its unit: "45 hội nghị" must not read "45 đoàn". Its spelling may still be corrected, and
		// the English noun, a translation of the Vietnamese one, may be corrected freely.
		if (hasFigures && unit == IndicatorUnit.COUNT && existing.getUnit() == IndicatorUnit.COUNT) {
			keepCountNoun(countNounVi, existing.getCountNounVi(), "countNounVi", errors);
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new IndicatorDraft(code, nameVi, nameEn, unit, countNounVi, countNounEn, group, aggregation,
				direction));
	}

	private static String name(String text, String field, Errors errors) {
		return typed(text, field, 300, "NotBlank", errors);
	}

	/** "15 hội nghị", not "15": a count says what it counts. */
	/** Refuses another noun; the same word with other marks, capitals or spaces is a correction of its spelling. */
	private static void keepCountNoun(String noun, String before, String field, Errors errors) {
		if (noun != null && before != null && !spelling(noun).equals(spelling(before))) {
			errors.rejectValue(field, "indicator.error.countNounInUse");
		}
	}

	private static String spelling(String noun) {
		return AttachmentNames.unaccented(noun).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

	private static String countNoun(String text, String field, Errors errors) {
		return typed(text, field, 60, "indicator.error.countNounRequired", errors);
	}

	private static String typed(String text, String field, int maxLength, String missingCode, Errors errors) {
		String value = ResultFormValidator.trim(text);
		if (value == null) {
			errors.rejectValue(field, missingCode);
		}
		else if (value.length() > maxLength) {
			errors.rejectValue(field, "result.error.tooLong", new Object[] { maxLength }, null);
		}
		return value;
	}

	private static <E extends Enum<E>> E required(String text, Class<E> type, String field, Errors errors) {
		E value = FormValues.choice(text, type, field, "indicator.error.choiceRequired", errors);
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "indicator.error.choiceRequired");
		}
		return value;
	}

}
