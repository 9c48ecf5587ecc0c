package vn.hanoi.cooperation.notification;

/** How a kind of notification reaches a person by e-mail; it always shows in the portal. */
public enum Delivery {

	IMMEDIATE, DAILY, NONE;

	public String messageKey() {
		return "notification.delivery." + name();
	}

}
