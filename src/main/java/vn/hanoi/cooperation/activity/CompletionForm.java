package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

/** Marks an activity completed: the actual completion date and what it achieved, as typed. */
record CompletionForm(String actualCompletion, String resultSummary, String version) {

	static CompletionForm today(LocalDate today) {
		return new CompletionForm(vn.hanoi.cooperation.system.FormValues.dayText(today), "", null);
	}

}
