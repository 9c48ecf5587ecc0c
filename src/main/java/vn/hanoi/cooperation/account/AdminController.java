package vn.hanoi.cooperation.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's landing page: what can be managed. */
@Controller
class AdminController {

	static final String VIEW_ADMIN = "account/admin";

	private final Accounts accounts;

	AdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		model.addAttribute("accountCount", this.accounts.count());
		return VIEW_ADMIN;
	}

}
