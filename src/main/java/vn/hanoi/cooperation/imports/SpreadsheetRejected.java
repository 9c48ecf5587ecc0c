package vn.hanoi.cooperation.imports;

/** A file that cannot be read as the activity template; the message key says why, in the user's words. */
class SpreadsheetRejected extends Exception {

	private final String messageKey;

	private final Object[] arguments;

	SpreadsheetRejected(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

}
