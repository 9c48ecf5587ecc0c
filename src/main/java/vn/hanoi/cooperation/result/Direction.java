package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

/** Whether more is better (people hired) or less is better (share of late coaches). */
public enum Direction {

	HIGHER, LOWER;

	public String messageKey() {
		return "indicator.direction." + name();
	}

	/** Whether the actual meets the target: at least it, or for a lower-is-better indicator at most it. */
	public boolean reached(BigDecimal actual, BigDecimal target) {
		int comparison = actual.compareTo(target);
		return this == HIGHER ? comparison >= 0 : comparison <= 0;
	}

	boolean improved(BigDecimal change) {
		return this == HIGHER ? change.signum() > 0 : change.signum() < 0;
	}

}
