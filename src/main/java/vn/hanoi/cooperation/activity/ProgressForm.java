package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

/** A dated progress note, as typed. */
record ProgressForm(String notedOn, String note) {

	static final int NOTE_MAX = 4000;

	static ProgressForm today(LocalDate today) {
		return new ProgressForm(vn.hanoi.cooperation.system.FormValues.dayText(today), "");
	}

}
