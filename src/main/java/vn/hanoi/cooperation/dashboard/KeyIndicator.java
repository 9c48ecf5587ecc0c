package vn.hanoi.cooperation.dashboard;

import java.math.BigDecimal;

import vn.hanoi.cooperation.result.PercentOfTarget;
import vn.hanoi.cooperation.result.UnitOfMeasure;

/**
 * A group's key indicator (its first in the catalogue) with the year's approved target and actual; a lower bound
 * ("trên") when the actual includes one.
 */
public record KeyIndicator(Long groupId, int groupNumber, Long indicatorId, String nameVi, String nameEn,
		UnitOfMeasure unit, BigDecimal target, BigDecimal actual, boolean lowerBound) implements Named {

	/** Actual as a share of the target, as the year view and the reports write it; null without both figures. */
	public BigDecimal percentOfTarget() {
		return PercentOfTarget.of(this.actual, this.target);
	}

	public boolean hasFigures() {
		return this.target != null || this.actual != null;
	}

	/** Width of the progress bar, capped at the full bar. */
	public int barPercent() {
		BigDecimal percent = percentOfTarget();
		return percent == null ? 0 : Math.min(100, percent.intValue());
	}

}
