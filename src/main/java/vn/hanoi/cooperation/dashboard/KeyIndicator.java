package vn.hanoi.cooperation.dashboard;

import java.math.BigDecimal;

import vn.hanoi.cooperation.result.Direction;
import vn.hanoi.cooperation.result.PercentOfTarget;
import vn.hanoi.cooperation.result.UnitOfMeasure;

/**
 * A group's key indicator (its first in the catalogue) with the year's approved target and actual; a lower bound
 * ("trên") when the actual includes one. Whether the target is met depends on the indicator's direction: a share
 * of late coaches at 120 % of its target missed it.
 */
public record KeyIndicator(Long groupId, int groupNumber, Long indicatorId, String nameVi, String nameEn,
		UnitOfMeasure unit, Direction direction, BigDecimal target, BigDecimal actual, boolean lowerBound)
		implements Named {

	/** Actual as a share of the target, as the year view and the reports write it; null without both figures. */
	public BigDecimal percentOfTarget() {
		return PercentOfTarget.of(this.actual, this.target);
	}

	/** Whether the target is met, as the year view says it; null without both figures. */
	public Boolean reached() {
		return this.target == null || this.actual == null ? null : this.direction.reached(this.actual, this.target);
	}

	public boolean lowerIsBetter() {
		return this.direction == Direction.LOWER;
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
