package vn.hanoi.cooperation.notification;

/** A person to tell, with how they want this kind by e-mail (null address: the portal only). */
record Recipient(Long accountId, String displayName, String email, String language, Delivery delivery) {

	boolean wantsMail(Delivery wanted) {
		return this.email != null && this.delivery == wanted;
	}

}
