package vn.hanoi.cooperation.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.hanoi.cooperation.system.UnicodeSpaces;

/** The first administrator, chosen by whoever holds the set-up link. */
record FirstAdministratorForm(@NotBlank @Pattern(regexp = Account.USERNAME_SHAPE) String username,
		@NotBlank @Size(max = 150) String displayName, String newPassword, String confirmation) {

	/** A name of no-break spaces alone is blank, and none is stored around a name. */
	FirstAdministratorForm {
		displayName = UnicodeSpaces.trim(displayName);
	}

	static FirstAdministratorForm empty() {
		return new FirstAdministratorForm("", "", null, null);
	}

	String normalizedUsername() {
		return this.username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
