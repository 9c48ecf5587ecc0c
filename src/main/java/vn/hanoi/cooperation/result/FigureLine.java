package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

/**
 * What the year view shows for an indicator (or one province of it): target, actual, % of target, the
 * previous actual and the change, and the value over all years so far.
 *
 * @param previousYear the year of {@code previous}: the year before, or for a running total the latest year
 * before that reported one
 * @param change the change from {@code previous}, as far as lower bounds let it be told; null without both figures
 * @param periodValue the indicator's value from {@code periodFrom} to the year, by its aggregation
 * @param periodLowerBound whether {@code periodValue} is a lower bound ("trên"), having one among its parts or, for a
 * sum, a year without a figure
 */
public record FigureLine(BigDecimal target, BigDecimal actual, boolean lowerBound, BigDecimal percentOfTarget,
		Boolean reached, Integer previousYear, BigDecimal previous, boolean previousLowerBound, YearChange change,
		BigDecimal periodValue, boolean periodLowerBound,
		Integer periodFrom, boolean disputed, int pending) {

	public boolean hasFigures() {
		return this.target != null || this.actual != null || this.previous != null || this.periodValue != null;
	}

}
