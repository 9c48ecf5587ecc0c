package vn.hanoi.cooperation.notification;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import vn.hanoi.cooperation.account.Viewer;

/** The bell in the layout: how many of the person's notifications are unread (one indexed count per page, read only when a page shows it: never for a redirect, a download or an API call). */
@ControllerAdvice
class NotificationBell {

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	LazyContextVariable<Long> unreadNotifications(Viewer viewer) {
		return new LazyContextVariable<>() {
			@Override
			protected Long loadValue() {
				return viewer == null ? null : NotificationBell.this.notifications.unreadCount(viewer.accountId());
			}
		};
	}

}
