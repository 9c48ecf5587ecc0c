package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How an indicator's figures combine. Within one year the figures of several departments and provinces are
 * parts of the whole: they add up, except for an average indicator (the database's {@code figure_of_parts}, V67,
 * used through {@link CityFigures}). Over several years a flow adds up (SUM), a
 * running total keeps its latest value (LAST) and a rate is averaged over the years that have one (AVERAGE).
 */
public enum Aggregation {

	SUM, LAST, AVERAGE;

	public String messageKey() {
		return "indicator.aggregation." + name();
	}

	/** The value over several years, oldest first; years without a value are skipped, never counted as zero. */
	BigDecimal overYears(List<BigDecimal> yearlyValues) {
		List<BigDecimal> present = yearlyValues.stream().filter(java.util.Objects::nonNull).toList();
		if (present.isEmpty()) {
			return null;
		}
		return switch (this) {
			case SUM -> present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			case LAST -> present.get(present.size() - 1);
			case AVERAGE -> present.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
		};
	}

	/**
	 * Whether a year without a figure inside the period makes the value over the years a lower bound: a flow's
	 * missing year is unknown, not zero, so the sum of the others is "at least" ("trên"); an average of the years
	 * that have one, and a running total, are what they say.
	 */
	boolean missingYearLeavesALowerBound() {
		return this == SUM;
	}

	/** A running total stands until it is reported again; a flow or a rate of a missing year is unknown. */
	boolean carriesForward() {
		return this == LAST;
	}

}
