package vn.hanoi.cooperation.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.hanoi.cooperation.system.NotFoundException;

/**
 * The one-time link an administrator hands out: it sets the account's password once, within 24 hours, then
 * sends the user to log in with it. An unknown, used or expired link answers 404 with a page that says so and what
 * to do: log in if the password was just set with it (a second click), or ask the administrator for a new link.
 */
@Controller
class PasswordResetController {

	static final String VIEW_FORM = "account/passwordReset";

	private final AccountManagement management;

	PasswordResetController(AccountManagement management) {
		this.management = management;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("newPassword", "confirmation");
	}

	@GetMapping("/password-reset/{token}")
	String initForm(@PathVariable String token, Model model, HttpServletResponse response) {
		var link = this.management.usableToken(token);
		if (link.isEmpty()) {
			return linkDead(response, model);
		}
		model.addAttribute("form", PasswordSetForm.empty());
		return showForm(link.get(), token, model);
	}

	@PostMapping("/password-reset/{token}")
	String processForm(@PathVariable String token, @ModelAttribute("form") PasswordSetForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		PasswordResetToken link;
		try {
			link = this.management.setPasswordWithLink(token, form, result);
		}
		catch (NotFoundException | OptimisticLockingFailureException used) {
			// Used meanwhile (often by this same form, clicked twice), expired or unknown.
			return linkDead(response, model);
		}
		if (result.hasErrors()) {
			return showForm(link, token, model);
		}
		return "redirect:/login?passwordSet";
	}

	private static String linkDead(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("linkDead", "passwordReset.linkDead");
		return FirstAdministratorController.VIEW_LINK_DEAD;
	}

	private String showForm(PasswordResetToken link, String token, Model model) {
		model.addAttribute("username", link.getAccount().getUsername());
		model.addAttribute("displayName", link.getAccount().getDisplayName());
		model.addAttribute("expiresAt", link.getExpiresAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
		model.addAttribute("token", token);
		return VIEW_FORM;
	}

}
