package vn.hanoi.cooperation.inbox;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityAttention;

/** The menu's count beside "My work": what waits for the viewer, staff's activities needing attention included. */
@ControllerAdvice
class InboxBadge {

	private final Inbox inbox;

	private final ActivityAttention attention;

	InboxBadge(Inbox inbox, ActivityAttention attention) {
		this.inbox = inbox;
		this.attention = attention;
	}

	@ModelAttribute("inboxCount")
	Long inboxCount(Viewer viewer) {
		if (viewer == null || viewer.is(Role.ADMIN)) {
			return null;
		}
		long count = this.inbox.count(viewer);
		return viewer.is(Role.STAFF) ? count + this.attention.count(viewer) : count;
	}

}
