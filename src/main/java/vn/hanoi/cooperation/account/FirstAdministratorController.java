package vn.hanoi.cooperation.account;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page behind the set-up link printed at start-up: it creates the first administrator, once. A link that
 * no longer works (used, expired, unknown, or an administrator exists) answers a page that says so and what to
 * do, with 404.
 */
@Controller
class FirstAdministratorController {

	static final String VIEW_FORM = "account/firstAdministrator";

	static final String VIEW_LINK_DEAD = "account/linkDead";

	private final FirstAdministratorLinks links;

	private final PasswordPolicy policy;

	private final Accounts accounts;

	FirstAdministratorController(FirstAdministratorLinks links, PasswordPolicy policy, Accounts accounts) {
		this.links = links;
		this.policy = policy;
		this.accounts = accounts;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "displayName", "newPassword", "confirmation");
	}

	@GetMapping("/first-administrator/{token}")
	String initForm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!this.links.usable(token)) {
			return linkDead(response, model);
		}
		model.addAttribute("form", FirstAdministratorForm.empty());
		model.addAttribute("token", token);
		return VIEW_FORM;
	}

	@PostMapping("/first-administrator/{token}")
	String processForm(@PathVariable String token, @Valid @ModelAttribute("form") FirstAdministratorForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		if (!this.links.usable(token)) {
			return linkDead(response, model);
		}
		if (!result.hasFieldErrors("username")
				&& this.accounts.findByUsername(form.normalizedUsername()).isPresent()) {
			result.rejectValue("username", "account.usernameTaken");
		}
		this.policy.validate(form.newPassword(), form.username(), result, "newPassword");
		if (!result.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("token", token);
			return VIEW_FORM;
		}
		if (!this.links.createAdministrator(token, form.normalizedUsername(), form.displayName(),
				form.newPassword())) {
			return linkDead(response, model);
		}
		return "redirect:/login?administratorCreated";
	}

	private static String linkDead(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("linkDead", "firstAdministrator.linkDead");
		return VIEW_LINK_DEAD;
	}

}
