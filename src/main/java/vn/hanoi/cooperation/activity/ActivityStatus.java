package vn.hanoi.cooperation.activity;

/** The lifecycle of an activity as its department sets it. */
public enum ActivityStatus {

	PLANNED, IN_PROGRESS, COMPLETED, SUSPENDED, CANCELLED;

	public String messageKey() {
		return "activity.status." + name();
	}

	/** Cancelled activities are listed, never counted as carried out (dashboard, map, trend, reports). */
	public boolean countsAsCarriedOut() {
		return this != CANCELLED;
	}

	/** Still expected to be finished, so its deadline counts. */
	public boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS || this == SUSPENDED;
	}

}
