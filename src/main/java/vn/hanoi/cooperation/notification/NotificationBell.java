package vn.hanoi.cooperation.notification;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hanoi.cooperation.account.Viewer;

/** The bell in the layout: how many of the person's notifications are unread (one indexed count per page). */
@ControllerAdvice
class NotificationBell {

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications(Viewer viewer) {
		return viewer == null ? null : this.notifications.unreadCount(viewer.accountId());
	}

}
