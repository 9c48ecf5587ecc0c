package vn.hanoi.cooperation.account;

/** Setting a password through a one-time link. */
record PasswordSetForm(String newPassword, String confirmation) {

	static PasswordSetForm empty() {
		return new PasswordSetForm(null, null);
	}

}
