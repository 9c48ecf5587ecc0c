package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

/**
 * One indicator's figures in one year, combined in SQL ({@link CityFigures}): the departments' totals, or their
 * province rows where they have no total, by the indicator's {@link Aggregation}.
 */
record YearFigures(BigDecimal target, BigDecimal actual, boolean lowerBound, boolean disputed, int pending) {

	/** A single figure (a test's or a province's row). */
	static YearFigures of(BigDecimal target, BigDecimal actual) {
		return new YearFigures(target, actual, false, false, 0);
	}

}
