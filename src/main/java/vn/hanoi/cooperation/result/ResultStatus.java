package vn.hanoi.cooperation.result;

/** Where a yearly result stands: entered (draft), sent for approval, approved, or returned with a reason. */
public enum ResultStatus {

	DRAFT, SUBMITTED, APPROVED, RETURNED;

	public String messageKey() {
		return "result.status." + name();
	}

	/** Draft and returned results are still the department's to change. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	public String tone() {
		return switch (this) {
			case DRAFT -> "secondary";
			case SUBMITTED -> "info";
			case APPROVED -> "success";
			case RETURNED -> "warning";
		};
	}

}
