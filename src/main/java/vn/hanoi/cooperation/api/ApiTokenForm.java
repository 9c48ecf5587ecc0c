package vn.hanoi.cooperation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.hanoi.cooperation.system.UnicodeSpaces;

/** A new token: a name saying where it is used, and how many days it lives (one of {@link #VALIDITIES}). */
record ApiTokenForm(@NotBlank @Size(max = 100) String name, @NotNull Integer validDays) {

	static final java.util.List<Integer> VALIDITIES = java.util.List.of(7, 30, 90, 180, 365);

	/** A name of no-break spaces alone is blank, and none is stored around a name. */
	ApiTokenForm {
		name = UnicodeSpaces.trim(name);
	}

	static ApiTokenForm empty() {
		return new ApiTokenForm("", 90);
	}

	boolean validityAllowed() {
		return this.validDays != null && VALIDITIES.contains(this.validDays);
	}

}
