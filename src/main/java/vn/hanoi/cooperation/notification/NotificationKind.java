package vn.hanoi.cooperation.notification;

/** What a notification is about; each person chooses per kind how it reaches them by e-mail. */
public enum NotificationKind {

	RESULT_SUBMITTED(Delivery.DAILY), RESULT_RETURNED(Delivery.IMMEDIATE), RESULT_APPROVED(Delivery.DAILY),
	RESULT_CONFIRMED(Delivery.DAILY), RESULT_DISPUTED(Delivery.IMMEDIATE), COMMENT_FROM_PROVINCE(Delivery.DAILY),
	COMMENT_TO_PROVINCE(Delivery.DAILY), ACTIVITY_OVERDUE(Delivery.DAILY), AGREEMENT_EXPIRING(Delivery.DAILY),
	YEAR_LOCKED(Delivery.DAILY);

	/** Returns and disputes need someone to act now; the rest can wait for the morning's digest. */
	private final Delivery defaultDelivery;

	NotificationKind(Delivery defaultDelivery) {
		this.defaultDelivery = defaultDelivery;
	}

	public Delivery defaultDelivery() {
		return this.defaultDelivery;
	}

	/** The line that tells it, with the item's name as argument 0. */
	public String messageKey() {
		return "notification.kind." + name();
	}

	/** The kind's name on the settings page. */
	public String nameKey() {
		return "notification.kindName." + name();
	}

}
