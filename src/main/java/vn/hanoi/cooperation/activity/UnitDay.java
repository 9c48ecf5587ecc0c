package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

import vn.hanoi.cooperation.plan.Plan;

/**
 * The day whose administrative units an activity names: its planned start, else its deadline, else the last day
 * of its plan year. The 63 provinces before 1 July 2025 and the 34 from then, the departments before or after
 * 1 March 2025, are those valid on this day.
 */
final class UnitDay {

	private UnitDay() {
	}

	static LocalDate of(LocalDate plannedStart, LocalDate deadline, Plan plan) {
		if (plannedStart != null) {
			return plannedStart;
		}
		return deadline != null ? deadline : plan.referenceDay();
	}

}
