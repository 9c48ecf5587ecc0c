package vn.hanoi.cooperation.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.hanoi.cooperation.result.UnitOfMeasure;

/**
 * A group's key indicator (its first in the catalogue) with the year's approved target and actual; a lower bound
 * ("trên") when the actual includes one.
 */
public record KeyIndicator(Long groupId, int groupNumber, Long indicatorId, String nameVi, String nameEn,
		UnitOfMeasure unit, BigDecimal target, BigDecimal actual, boolean lowerBound) implements Named {

	/** Actual as a share of the target, in whole percent; null without both figures. */
	public Integer percentOfTarget() {
		if (this.target == null || this.actual == null || this.target.signum() == 0) {
			return null;
		}
		return this.actual.multiply(BigDecimal.valueOf(100)).divide(this.target, 0, RoundingMode.HALF_UP).intValue();
	}

	public boolean hasFigures() {
		return this.target != null || this.actual != null;
	}

	/** Width of the progress bar, capped at the full bar. */
	public int barPercent() {
		Integer percent = percentOfTarget();
		return percent == null ? 0 : Math.min(100, percent);
	}

}
