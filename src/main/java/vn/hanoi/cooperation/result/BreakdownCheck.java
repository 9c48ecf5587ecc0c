package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's breakdown by province ("trong đó") is part of its total, so it may not add up to more: refused,
 * except where the total is a lower bound ("trên 300.000"), which the breakdown may pass (the user is warned).
 * A rate (an average indicator) has no such sum.
 */
@Component
class BreakdownCheck {

	enum Outcome {

		FITS, REFUSED, WARNED

	}

	/** The outcome, with the breakdown's sum and the total it passes (null when it fits), of targets or actuals. */
	record Verdict(Outcome outcome, BigDecimal breakdown, BigDecimal total, boolean ofTargets) {

		static final Verdict FITS = new Verdict(Outcome.FITS, null, null, false);

		/** The form's error for a refusal: which figures, and by how much. */
		String messageKey() {
			return this.ofTargets ? "result.error.breakdownTargetAboveTotal" : "result.error.breakdownAboveTotal";
		}

		Object[] arguments() {
			return new Object[] { Figures.format(this.breakdown), Figures.format(this.total) };
		}

	}

	private final YearlyResults results;

	BreakdownCheck(YearlyResults results) {
		this.results = results;
	}

	/** The department's figures once {@code draft} is saved (as result {@code resultId}, null for a new one). */
	@Transactional(readOnly = true)
	Verdict check(ResultDraft draft, Long resultId) {
		if (draft.indicator().getAggregation() == Aggregation.AVERAGE) {
			return Verdict.FITS;
		}
		List<Figure> rows = new ArrayList<>();
		for (YearlyResult r : this.results.findDepartmentRows(draft.indicator().getId(), draft.year(),
				draft.department() == null ? null : draft.department().getId())) {
			if (!Objects.equals(r.getId(), resultId)) {
				rows.add(new Figure(r.getProvince() == null, r.getTarget(), r.getActual(), r.isActualLowerBound()));
			}
		}
		rows.add(new Figure(draft.province() == null, draft.target(), draft.actual(), draft.actualLowerBound()));
		return verdict(rows);
	}

	/** The verdict on one department's total and breakdown rows of an indicator and year (not a rate). */
	static Verdict verdict(List<Figure> rows) {
		Figure total = rows.stream().filter(Figure::total).findFirst().orElse(null);
		if (total == null) {
			return Verdict.FITS;
		}
		List<Figure> breakdown = rows.stream().filter(f -> !f.total()).toList();
		BigDecimal actuals = sum(breakdown, Figure::actual);
		if (total.actual() != null && actuals != null && actuals.compareTo(total.actual()) > 0) {
			return new Verdict(total.lowerBound() ? Outcome.WARNED : Outcome.REFUSED, actuals, total.actual(), false);
		}
		BigDecimal targets = sum(breakdown, Figure::target);
		if (total.target() != null && targets != null && targets.compareTo(total.target()) > 0) {
			return new Verdict(Outcome.REFUSED, targets, total.target(), true);
		}
		return Verdict.FITS;
	}

	private static BigDecimal sum(List<Figure> figures, Function<Figure, BigDecimal> value) {
		return figures.stream().map(value).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
	}

	/** One row's figures: the total (no province) or a province's part of it. */
	record Figure(boolean total, BigDecimal target, BigDecimal actual, boolean lowerBound) {
	}

}
