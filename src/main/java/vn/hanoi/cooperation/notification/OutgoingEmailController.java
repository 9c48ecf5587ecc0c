package vn.hanoi.cooperation.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators see every e-mail of the outbox: sent, waiting, being sent (until when, or that its sender stopped
 * and it will be sent again), failed (with why and how many attempts), and, without a mail server, the ones that
 * would have gone out.
 */
@Controller
class OutgoingEmailController {

	static final String VIEW_LIST = "notification/outgoingEmails";

	static final int SHOWN = 200;

	private static final java.util.Set<String> STATUSES = java.util.Set.of("PENDING", "SENDING", "SENT", "FAILED",
			"HELD");

	private final OutgoingEmails emails;

	private final OutgoingMailSender sender;

	OutgoingEmailController(OutgoingEmails emails, OutgoingMailSender sender) {
		this.emails = emails;
		this.sender = sender;
	}

	@GetMapping("/admin/emails")
	String list(@RequestParam(required = false) String status, Model model) {
		String shown = status != null && STATUSES.contains(status) ? status : null;
		model.addAttribute("emails", this.emails.latest(shown, SHOWN));
		model.addAttribute("counts", this.emails.counts());
		model.addAttribute("status", shown);
		model.addAttribute("statuses", STATUSES.stream().sorted().toList());
		model.addAttribute("mailConfigured", this.sender.configured());
		return VIEW_LIST;
	}

}
