package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

/** Marks an activity completed: the actual completion date and what it achieved, as typed. */
record CompletionForm(String actualCompletion, String resultSummary, String version) {

	/** Today and no summary yet, to be saved over the activity's version as the page shows it. */
	static CompletionForm today(LocalDate today, long version) {
		return new CompletionForm(vn.hanoi.cooperation.system.FormValues.dayText(today), "", String.valueOf(version));
	}

	/** The same day and summary, to be sent over the given version (after a conflict the user applies them again). */
	CompletionForm withVersion(long newVersion) {
		return new CompletionForm(this.actualCompletion, this.resultSummary, String.valueOf(newVersion));
	}

}
