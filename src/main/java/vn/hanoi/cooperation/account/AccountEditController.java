package vn.hanoi.cooperation.account;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.audit.ExplicitlyAudited;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.SavedMeanwhile;

/**
 * Administrators correct an account (a misspelt name, a new address) or move it (another department or province,
 * another role) instead of creating a second one, which would split its history.
 */
@Controller
@ExplicitlyAudited
class AccountEditController {

	static final String VIEW_FORM = "account/accountEdit";

	private final Accounts accounts;

	private final AccountChanges changes;

	private final AccountFormValidator validator;

	AccountEditController(Accounts accounts, AccountChanges changes, AccountFormValidator validator) {
		this.accounts = accounts;
		this.changes = changes;
		this.validator = validator;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("displayName", "email", "role", "departmentId", "provinceId", "version");
	}

	@GetMapping("/admin/accounts/{id}/edit")
	String initUpdateForm(@PathVariable Long id, @AuthenticationPrincipal PortalUser admin, Model model) {
		Account account = find(id);
		model.addAttribute("form", AccountChangeForm.of(account));
		return showForm(account, admin, model);
	}

	@PostMapping("/admin/accounts/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") AccountChangeForm form,
			BindingResult result, @AuthenticationPrincipal PortalUser admin, Model model, RedirectAttributes redirect) {
		if (form == null || result.getTarget() == null) {
			// A value of the wrong type (an unknown role) stops the record's construction: the account as it is, with
			// the errors.
			Account account = find(id);
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(AccountChangeForm.of(account), "form");
			errors.addAllErrors(result);
			model.addAttribute("form", errors.getTarget());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return showForm(account, admin, model);
		}
		AccountFormValidator.Units units = this.validator.validate(form.role(), form.departmentId(),
				form.provinceId(), form.email(), id, result);
		SavedMeanwhile.write(() -> this.changes.change(id, admin.getAccountId(), form, units, result),
				() -> find(id), form::withVersion, model);
		if (result.hasErrors() || SavedMeanwhile.happened(model)) {
			// Read afresh with its department and province, which the change's locked reread left unloaded.
			return showForm(find(id), admin, model);
		}
		redirect.addFlashAttribute("message", "accountChanged");
		return "redirect:/admin/accounts/" + id;
	}

	private String showForm(Account account, PortalUser admin, Model model) {
		model.addAttribute("account", account);
		// Their own role is not theirs to change: the form shows it without a choice.
		model.addAttribute("self", account.getId().equals(admin.getAccountId()));
		this.validator.offer(model);
		return VIEW_FORM;
	}

	private Account find(Long id) {
		return this.accounts.findById(id).orElseThrow(NotFoundException::new);
	}

}
