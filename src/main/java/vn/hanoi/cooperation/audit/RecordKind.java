package vn.hanoi.cooperation.audit;

/** The records whose every change is kept in the one change log; the prefix names their messages. */
public enum RecordKind {

	ACTIVITY("activity"), RESULT("result"), AGREEMENT("agreement");

	private final String messagePrefix;

	RecordKind(String messagePrefix) {
		this.messagePrefix = messagePrefix;
	}

	String messagePrefix() {
		return this.messagePrefix;
	}

}
