package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;

/** Ends an agreement early: the day and the reason, as typed. */
record TerminationForm(String terminatedOn, String reason, String version) {

	static final int REASON_MAX = 2000;

	static TerminationForm today(LocalDate today, long version) {
		return new TerminationForm(vn.hanoi.cooperation.system.FormValues.dayText(today), "", String.valueOf(version));
	}

}
