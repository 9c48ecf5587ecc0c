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

	@GetMapping("/notifications")
	String list(@RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		int shown = Math.max(0, Math.min(page, 10_000));
		List<Notifications.Row> rows = this.notifications.latest(viewer.accountId(), shown, PAGE_SIZE);
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
