package vn.hanoi.cooperation.result;

import org.springframework.context.MessageSourceResolvable;

/**
 * A figure was typed while its indicator counted in another unit, or added up otherwise, than it does now; thrown
 * before anything is written, it rolls the save back, and the form is shown again with what was typed.
 */
class FigureMeaningChanged extends RuntimeException {

	private final transient MessageSourceResolvable reason;

	FigureMeaningChanged(MessageSourceResolvable reason) {
		super(reason.getCodes() == null ? null : reason.getCodes()[0]);
		this.reason = reason;
	}

	/** The message naming the indicator's unit and aggregation now and before. */
	MessageSourceResolvable reason() {
		return this.reason;
	}

}
