package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

/**
 * How an activity stands against its deadline, as Vietnamese task tracking counts it: completed on time,
 * completed late, under way within the deadline, overdue. Activities not started yet (within their deadline),
 * without a deadline, and cancelled ones are kept apart rather than counted as on time or as under way.
 */
public enum DeadlineStatus {

	COMPLETED_ON_TIME("success"), COMPLETED_LATE("warning"), ON_TRACK("primary"), NOT_STARTED("info"),
	OVERDUE("danger"), NO_DEADLINE("secondary"), CANCELLED("light");

	private final String tone;

	DeadlineStatus(String tone) {
		this.tone = tone;
	}

	/** The deadline day itself still counts as within the deadline, for work in progress and for completion. */
	public static DeadlineStatus of(ActivityStatus status, LocalDate deadline, LocalDate completedOn,
			LocalDate today) {
		if (status == ActivityStatus.CANCELLED) {
			return CANCELLED;
		}
		if (status == ActivityStatus.COMPLETED) {
			return (deadline == null || completedOn == null || !completedOn.isAfter(deadline)) ? COMPLETED_ON_TIME
					: COMPLETED_LATE;
		}
		if (deadline != null && today.isAfter(deadline)) {
			return OVERDUE;
		}
		if (status == ActivityStatus.PLANNED) {
			return NOT_STARTED;
		}
		return deadline == null ? NO_DEADLINE : ON_TRACK;
	}

	public String messageKey() {
		return "activity.deadline." + name();
	}

	/** The Bootstrap colour of the badge. */
	public String tone() {
		return this.tone;
	}

}
