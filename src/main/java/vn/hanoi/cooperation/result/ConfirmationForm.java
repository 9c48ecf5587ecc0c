package vn.hanoi.cooperation.result;

/**
 * A province's answer as posted: {@code answer} is CONFIRMED or DISPUTED, {@code comment} is required for a
 * dispute. {@code from} names the page the answer came from and {@code page} the page of that year's results, so
 * the officer returns to where they were. {@code version} is the result's version on the page the officer answered
 * from: a figure changed since (sent back, corrected and approved again) is not the one they read.
 */
record ConfirmationForm(String answer, String comment, String from, String page, String version) {

	static final int COMMENT_MAX = 2000;

}
