package vn.hanoi.cooperation.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.hanoi.cooperation.system.UnicodeSpaces;

/** A new account: STAFF needs a department, PROVINCE a province, the other roles neither. */
record AccountForm(@NotBlank @Pattern(regexp = Account.USERNAME_SHAPE) String username,
		@NotBlank @Size(max = 150) String displayName, @NotNull Role role, Long departmentId, Long provinceId,
		@Size(max = 254) @Pattern(regexp = Account.EMAIL_PATTERN,
				message = "{notification.settings.emailInvalid}") String email) {

	/** A name of no-break spaces alone is blank, and none is stored around a name. */
	AccountForm {
		displayName = UnicodeSpaces.trim(displayName);
	}

	static AccountForm empty() {
		return new AccountForm("", "", null, null, null, "");
	}

	String normalizedUsername() {
		return this.username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
