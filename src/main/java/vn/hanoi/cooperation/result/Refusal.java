package vn.hanoi.cooperation.result;

/** Why a step on a result is refused: not the viewer's to take (answers 404), a locked year, or the state. */
enum Refusal {

	HIDDEN, LOCKED, STATE, CHANGED;

	String flashKey() {
		return switch (this) {
			case HIDDEN -> throw new IllegalStateException("a hidden result answers 404");
			case LOCKED -> "resultYearLocked";
			case STATE -> "resultStateRefused";
			case CHANGED -> "resultChangedMeanwhile";
		};
	}

}
