package vn.hanoi.cooperation.result;

/** A partner province's answer about a result shared with it: it agrees with the figures, or it does not. */
public enum ConfirmationStatus {

	CONFIRMED, DISPUTED;

	public String messageKey() {
		return "confirmation.status." + name();
	}

	public String tone() {
		return this == CONFIRMED ? "success" : "danger";
	}

}
