package vn.hanoi.cooperation.notification;

/**
 * What one event tells its recipients: the kind, where the item is (a path of the portal), its name in each
 * language, and what a person wrote about it (a reason, a comment), if anything.
 */
record Notice(NotificationKind kind, String link, String labelVi, String labelEn, String detail) {

	String label(String language) {
		return "en".equals(language) ? this.labelEn : this.labelVi;
	}

}
