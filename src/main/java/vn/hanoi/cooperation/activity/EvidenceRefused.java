package vn.hanoi.cooperation.activity;

/**
 * One of the files sent as evidence is not kept, and so none of them is: the file's name as the user chose it
 * and the reason, the last part of a message key under {@code evidence.error.}.
 */
public class EvidenceRefused extends RuntimeException {

	private final String fileName;

	private final String reason;

	EvidenceRefused(String fileName, String reason) {
		super("Evidence refused: " + reason);
		this.fileName = fileName;
		this.reason = reason;
	}

	public String fileName() {
		return this.fileName;
	}

	public String reason() {
		return this.reason;
	}

}
