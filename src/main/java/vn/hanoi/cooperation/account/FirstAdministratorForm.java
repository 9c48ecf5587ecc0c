package vn.hanoi.cooperation.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The first administrator, chosen by whoever holds the set-up link. */
record FirstAdministratorForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,60}") String username,
		@NotBlank @Size(max = 150) String displayName, String newPassword, String confirmation) {

	static FirstAdministratorForm empty() {
		return new FirstAdministratorForm("", "", null, null);
	}

	String normalizedUsername() {
		return this.username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
