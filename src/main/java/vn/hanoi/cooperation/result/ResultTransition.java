package vn.hanoi.cooperation.result;

/** What may be done to a yearly result; {@link ResultAccess} says who may do which, in which state. */
public enum ResultTransition {

	EDIT, DELETE, SUBMIT, APPROVE, RETURN;

	/** Approving and returning are the coordinator's; the others belong to the department that owns the result. */
	boolean isReview() {
		return this == APPROVE || this == RETURN;
	}

}
