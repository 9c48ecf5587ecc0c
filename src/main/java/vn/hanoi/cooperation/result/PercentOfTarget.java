package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The actual as a share of the target, the one way the year view, the reports, the exports and the dashboard
 * write it: to one decimal, half up ("99,6 %" is not "100 %", a target not met); none without both figures or
 * with a target of zero.
 */
public final class PercentOfTarget {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PercentOfTarget() {
	}

	public static BigDecimal of(BigDecimal actual, BigDecimal target) {
		if (actual == null || target == null || target.signum() <= 0) {
			return null;
		}
		return actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
	}

}
