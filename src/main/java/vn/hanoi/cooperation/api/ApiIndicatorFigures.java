package vn.hanoi.cooperation.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's city figures year by year, as the year view shows them: each year's approved figure of the
 * departments (a department's total, or its province rows where it has none; never both), combined by the
 * indicator's aggregation. A province officer gets the figures of the rows about their own units only.
 */
record ApiIndicatorFigures(ApiIndicator indicator, List<Year> years) {

	/** {@code disputed}: a partner province disputes one of the figures counted. */
	record Year(int year, BigDecimal target, BigDecimal actual, boolean actualIsLowerBound, boolean disputed) {
	}

}
