package vn.hanoi.cooperation.result;

/**
 * A province's answer as posted: {@code answer} is CONFIRMED or DISPUTED, {@code comment} is required for a
 * dispute. {@code from} names the page the answer came from, so the officer returns to it.
 */
record ConfirmationForm(String answer, String comment, String from) {

	static final int COMMENT_MAX = 2000;

}
