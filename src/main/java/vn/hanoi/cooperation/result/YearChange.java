package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The change from the year before, as far as the two figures tell it. A figure shown "trên" is a lower bound: from
 * one ("trên 310.000" to 335.000) the change is at most the difference, to one at least the difference, and between
 * two it is unknown. The only rule for this; pages word it through {@link ResultFormats#change}.
 *
 * @param amount this year's figure less last year's, the bound itself where the change is not exact; null when
 * unknown
 * @param percent {@code amount} against last year's figure, rounded away from the bound's side so that it stays a
 * bound ("trên 8,0%" for 8,06%); null when unknown or last year's figure is zero
 * @param improved whether the change goes the indicator's way; null unless its direction is certain
 */
public record YearChange(Bound bound, BigDecimal amount, BigDecimal percent, Boolean improved) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** How the real change stands to {@code amount}. */
	public enum Bound {

		/** Both figures are exact. */
		EXACT,
		/** This year's figure is a lower bound: the real change is {@code amount} or more. */
		AT_LEAST,
		/** Last year's figure is a lower bound: the real change is {@code amount} or less. */
		AT_MOST,
		/** Both figures are lower bounds: nothing can be said. */
		UNKNOWN

	}

	/** The change between two figures, each perhaps a lower bound; null without both. */
	static YearChange between(BigDecimal previous, boolean previousLowerBound, BigDecimal actual, boolean lowerBound,
			Direction direction) {
		if (previous == null || actual == null) {
			return null;
		}
		if (previousLowerBound && lowerBound) {
			return new YearChange(Bound.UNKNOWN, null, null, null);
		}
		Bound bound = lowerBound ? Bound.AT_LEAST : previousLowerBound ? Bound.AT_MOST : Bound.EXACT;
		BigDecimal amount = actual.subtract(previous);
		int certainSign = switch (bound) {
			case AT_LEAST -> Math.max(amount.signum(), 0);
			case AT_MOST -> Math.min(amount.signum(), 0);
			default -> amount.signum();
		};
		Boolean improved = certainSign == 0 ? null : direction.improved(amount);
		BigDecimal percent = null;
		if (previous.signum() != 0) {
			RoundingMode rounding = switch (bound) {
				case AT_LEAST -> RoundingMode.FLOOR;
				case AT_MOST -> RoundingMode.CEILING;
				default -> RoundingMode.HALF_UP;
			};
			percent = amount.multiply(HUNDRED).divide(previous.abs(), 1, rounding);
		}
		return new YearChange(bound, amount, percent, improved);
	}

	public boolean known() {
		return this.bound != Bound.UNKNOWN;
	}

	public boolean exact() {
		return this.bound == Bound.EXACT;
	}

	/**
	 * For a bounded change, whether its size is at least what is shown ("tăng trên 25.000", "giảm trên 10.000") rather
	 * than at most: a lower bound this year pushes the change up, one last year pushes it down.
	 */
	boolean sizeAtLeast() {
		return this.bound == Bound.AT_LEAST ? this.amount.signum() >= 0 : this.amount.signum() <= 0;
	}

}
