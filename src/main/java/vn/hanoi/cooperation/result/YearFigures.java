package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

/**
 * One indicator's figures in one year, summed and averaged in SQL over its departments and provinces; the
 * indicator's {@link Aggregation} chooses which of the two counts.
 */
record YearFigures(int actualCount, BigDecimal actualSum, BigDecimal actualAverage, int targetCount,
		BigDecimal targetSum, BigDecimal targetAverage, boolean lowerBound, boolean disputed, int pending) {

	/** A single figure (a test's or a province's row). */
	static YearFigures of(BigDecimal target, BigDecimal actual) {
		return new YearFigures(actual == null ? 0 : 1, actual, actual, target == null ? 0 : 1, target, target, false,
				false, 0);
	}

}
