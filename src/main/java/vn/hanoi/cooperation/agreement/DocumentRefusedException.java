package vn.hanoi.cooperation.agreement;

/** An upload the portal will not keep; the reason is a message key under {@code agreement.document.error.}. */
class DocumentRefusedException extends RuntimeException {

	private final String reason;

	DocumentRefusedException(String reason) {
		super("Document refused: " + reason);
		this.reason = reason;
	}

	String reason() {
		return this.reason;
	}

}
