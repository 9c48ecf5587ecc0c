package vn.hanoi.cooperation.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.hanoi.cooperation.system.UnicodeSpaces;

/**
 * An account as an administrator changes it: what {@link AccountForm} creates but the username, which is the
 * login and stays; the version is the one the form was made from.
 */
record AccountChangeForm(@NotBlank @Size(max = 150) String displayName,
		@Size(max = 254) @Pattern(regexp = Account.EMAIL_PATTERN,
				message = "{notification.settings.emailInvalid}") String email,
		@NotNull Role role, Long departmentId, Long provinceId, String version) {

	/** A name of no-break spaces alone is blank, and none is stored around a name. */
	AccountChangeForm {
		displayName = UnicodeSpaces.trim(displayName);
	}

	static AccountChangeForm of(Account account) {
		return new AccountChangeForm(account.getDisplayName(), account.getEmail() == null ? "" : account.getEmail(),
				account.getRole(), account.getDepartment() == null ? null : account.getDepartment().getId(),
				account.getProvince() == null ? null : account.getProvince().getId(),
				String.valueOf(account.getVersion()));
	}

	/** The same input, to be saved over the given version (after a conflict the administrator sends it again). */
	AccountChangeForm withVersion(long newVersion) {
		return new AccountChangeForm(this.displayName, this.email, this.role, this.departmentId, this.provinceId,
				String.valueOf(newVersion));
	}

}
