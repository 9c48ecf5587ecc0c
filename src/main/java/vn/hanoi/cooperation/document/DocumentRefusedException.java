package vn.hanoi.cooperation.document;

/** An upload the portal will not keep; the reason is the last part of a message key ({@code agreement.document.error.}, {@code evidence.error.}). */
public class DocumentRefusedException extends RuntimeException {

	private final String reason;

	public DocumentRefusedException(String reason) {
		super("Document refused: " + reason);
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
