package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;

/** Ends an agreement early: the day and the reason, as typed. */
record TerminationForm(String terminatedOn, String reason, String version) {

	static final int REASON_MAX = 2000;

	static TerminationForm today(LocalDate today, long version) {
		return new TerminationForm(vn.hanoi.cooperation.system.FormValues.dayText(today), "", String.valueOf(version));
	}

	/** The same day and reason, to be sent over the given version (after a conflict). */
	TerminationForm withVersion(long newVersion) {
		return new TerminationForm(this.terminatedOn, this.reason, String.valueOf(newVersion));
	}

}
