package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.UnicodeSpaces;

/**
 * Checks a result form and turns it into a draft. Every rule SQL can state is also a constraint in
 * V10__indicators_and_yearly_results.sql; this class gives the user the message first.
 */
@Component
public class ResultFormValidator {

	static final int FIRST_YEAR = 2021;

	static final int NARRATIVE_MAX = 4000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Indicators indicators;

	private final Departments departments;

	private final Provinces provinces;

	private final YearlyResults results;

	private final BreakdownCheck breakdown;

	private final Clock clock;

	ResultFormValidator(Indicators indicators, Departments departments, Provinces provinces, YearlyResults results,
			BreakdownCheck breakdown, Clock clock) {
		this.indicators = indicators;
		this.departments = departments;
		this.provinces = provinces;
		this.results = results;
		this.breakdown = breakdown;
		this.clock = clock;
	}

	/** The last year results may be entered for: next year's targets are set before it starts. */
	int lastYear() {
		return LocalDate.now(this.clock).getYear() + 1;
	}

	/**
	 * The years the result pages offer, and no others: public for the year's export, which answers 404 outside them
	 * as the year's pages do.
	 */
	public boolean isOpenYear(int year) {
		return year >= FIRST_YEAR && year <= lastYear();
	}

	/**
	 * @param departmentFixed whether the department is given rather than chosen: a staff officer's own for a new
	 * result, and on edit the result's own (null for a city-level figure); coordinators choose it for a new result
	 * and may leave it empty for a city-level figure
	 * @param resultId the edited result, or null for a new one
	 */
	Optional<ResultDraft> validate(ResultForm form, boolean departmentFixed, Department fixedDepartment, Long resultId,
			Errors errors) {
		Integer year = form.yearValue();
		if (year == null || !isOpenYear(year)) {
			errors.rejectValue("year", "result.error.yearOutOfRange",
					new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(lastYear()) }, null);
		}
		Long indicatorId = FormValues.id(form.indicatorId(), "indicatorId", "result.error.indicatorUnknown", errors);
		Indicator indicator = null;
		if (indicatorId == null && !errors.hasFieldErrors("indicatorId")) {
			errors.rejectValue("indicatorId", "result.error.indicatorRequired");
		}
		else if (indicatorId != null) {
			indicator = this.indicators.findById(indicatorId).orElse(null);
			if (indicator == null) {
				errors.rejectValue("indicatorId", "result.error.indicatorUnknown");
			}
		}

		Department department = fixedDepartment;
		if (departmentFixed && department != null && resultId == null && year != null
				&& department.formedAfter(year)) {
			// A staff officer's own department, formed after the year: that year's figures are its predecessors'.
			errors.rejectValue("year", "result.departmentNotYetFormed", new Object[] { department.name(),
					department.getValidFrom().format(DAY), String.valueOf(year) }, null);
		}
		if (!departmentFixed) {
			Long departmentId = FormValues.id(form.departmentId(), "departmentId", "department.unknown", errors);
			if (departmentId != null) {
				department = this.departments.findById(departmentId).orElse(null);
				if (department == null) {
					errors.rejectValue("departmentId", "department.unknown");
				}
				else if (year != null && !activeDuring(department, year)) {
					errors.rejectValue("departmentId", "result.error.departmentNotInYear",
							new Object[] { String.valueOf(year) }, null);
				}
			}
		}

		Long provinceId = FormValues.id(form.provinceId(), "provinceId", "result.error.provinceUnknown", errors);
		Province province = null;
		if (provinceId != null) {
			province = this.provinces.findById(provinceId).orElse(null);
			if (province == null || "01".equals(province.getCode())) {
				errors.rejectValue("provinceId", "result.error.provinceUnknown");
			}
			else if (year != null && !activeDuring(province, year)) {
				errors.rejectValue("provinceId", "result.error.provinceNotInYear",
						new Object[] { String.valueOf(year) }, null);
			}
		}

		BigDecimal target = figure(form.target(), "target", errors);
		BigDecimal actual = figure(form.actual(), "actual", errors);
		if (target == null && actual == null && !errors.hasFieldErrors("target") && !errors.hasFieldErrors("actual")) {
			errors.rejectValue("actual", "result.error.figureRequired");
		}
		if (form.lowerBound() && actual == null && !errors.hasFieldErrors("actual")) {
			errors.rejectValue("actualLowerBound", "result.error.lowerBoundWithoutActual");
		}
		String narrative = trim(form.narrative());
		if (narrative != null && narrative.length() > NARRATIVE_MAX) {
			errors.rejectValue("narrative", "result.error.tooLong", new Object[] { NARRATIVE_MAX }, null);
		}

		if (!errors.hasErrors() && this.results.existsDuplicate(indicator.getId(), year,
				department == null ? null : department.getId(), province == null ? null : province.getId(),
				resultId)) {
			errors.reject("result.error.duplicate");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		ResultDraft draft = new ResultDraft(year, indicator, department, province, target, actual, form.lowerBound(),
				narrative, FigureMeaning.shownFor(form.meaningsShown(), indicator.getId()).orElse(null));
		BreakdownCheck.Verdict verdict = this.breakdown.check(draft, resultId);
		if (verdict.outcome() == BreakdownCheck.Outcome.REFUSED) {
			errors.reject(verdict.messageKey(), verdict.arguments(), null);
			return Optional.empty();
		}
		return Optional.of(draft);
	}

	/** Whether the saved draft's breakdown passes a total that is a lower bound: saved, with a warning. */
	boolean passesLowerBound(ResultDraft draft, Long resultId) {
		return this.breakdown.check(draft, resultId).outcome() == BreakdownCheck.Outcome.WARNED;
	}

	static boolean activeDuring(Department department, int year) {
		return (department.getValidFrom() == null || department.getValidFrom().getYear() <= year)
				&& (department.getValidTo() == null || department.getValidTo().getYear() >= year);
	}

	static boolean activeDuring(Province province, int year) {
		return province.getValidFrom().getYear() <= year
				&& (province.getValidTo() == null || province.getValidTo().getYear() >= year);
	}

	private static BigDecimal figure(String text, String field, Errors errors) {
		try {
			BigDecimal value = Figures.parse(text).orElse(null);
			if (value != null && value.compareTo(Figures.MAXIMUM) > 0) {
				errors.rejectValue(field, "result.error.figureTooLarge");
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, Figures.refusal(text));
			return null;
		}
	}

	static String trim(String text) {
		if (text == null) {
			return null;
		}
		// A browser sends a line break as CR LF but its maxlength counted it once: one LF, counted once here too.
		String cleaned = UnicodeSpaces
			.trim(text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""));
		return cleaned.isEmpty() ? null : cleaned;
	}

}
