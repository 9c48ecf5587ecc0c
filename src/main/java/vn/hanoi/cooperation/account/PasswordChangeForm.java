package vn.hanoi.cooperation.account;

/** Changing one's own password: the current one proves it is the user, the confirmation catches typos. */
record PasswordChangeForm(String currentPassword, String newPassword, String confirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm(null, null, null);
	}

}
