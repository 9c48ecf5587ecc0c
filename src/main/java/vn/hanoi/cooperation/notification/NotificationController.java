package vn.hanoi.cooperation.notification;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/** A person's own notifications: the list, opening one (marks it read), marking all read. */
@Controller
class NotificationController {

	static final String VIEW_LIST = "notification/notifications";

	static final int PAGE_SIZE = 50;

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	/** {@code page} counts from 0; anything that is not a number is the first page, one past the end the last. */
	@GetMapping("/notifications")
	String list(@RequestParam(required = false) String page, Viewer viewer, Model model) {
		int shown = FormValues.page(page, 0);
		List<Notifications.Row> rows = this.notifications.latest(viewer.accountId(), shown, PAGE_SIZE);
		if (rows.isEmpty() && shown > 0) {
			// An old link after notifications were removed, or an edited address: the last page there is.
			long last = Math.max(0, (this.notifications.count(viewer.accountId()) - 1) / PAGE_SIZE);
			return "redirect:/notifications" + (last == 0 ? "" : "?page=" + last);
		}
		model.addAttribute("notifications", rows.subList(0, Math.min(rows.size(), PAGE_SIZE)));
		model.addAttribute("page", shown);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		return VIEW_LIST;
	}

	/** Opens the item: marks the notification read and goes where it points; another person's answers 404. */
	@PostMapping("/notifications/{id}/read")
	String open(@PathVariable Long id, Viewer viewer) {
		return "redirect:" + this.notifications.markRead(id, viewer.accountId()).orElseThrow(NotFoundException::new);
	}

	@PostMapping("/notifications/read-all")
	String readAll(Viewer viewer, RedirectAttributes redirect) {
		this.notifications.markAllRead(viewer.accountId());
		redirect.addFlashAttribute("message", "notificationsRead");
		return "redirect:/notifications";
	}

}
