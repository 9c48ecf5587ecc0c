package vn.hanoi.cooperation.account;

import java.time.ZoneId;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.hanoi.cooperation.audit.ExplicitlyAudited;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.SealedFlash;

/**
 * Administrators list, search and create accounts, disable and enable them, and hand out one-time links
 * ({@link AccountEditController} changes them).
 */
@Controller
@ExplicitlyAudited
class AccountAdminController {

	static final String VIEW_LIST = "account/accounts";

	static final String VIEW_FORM = "account/accountForm";

	static final String VIEW_DETAIL = "account/account";

	static final int PAGE_SIZE = 50;

	static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Accounts accounts;

	private final AccountManagement management;

	private final AccountFormValidator validator;

	private final SealedFlash sealedFlash;

	AccountAdminController(Accounts accounts, AccountManagement management, AccountFormValidator validator,
			SealedFlash sealedFlash) {
		this.accounts = accounts;
		this.management = management;
		this.validator = validator;
		this.sealedFlash = sealedFlash;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "displayName", "role", "departmentId", "provinceId", "email");
	}

	@GetMapping("/admin/accounts")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Boolean enabled, @RequestParam(defaultValue = "0") int page, Model model) {
		String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
		if (text != null && text.length() > 100) {
			text = text.substring(0, 100);
		}
		Page<Account> found = this.accounts.search(text == null ? null : escapeLike(text), role, enabled,
				PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE));
		model.addAttribute("accounts", found);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("role", role);
		model.addAttribute("enabled", enabled);
		model.addAttribute("roles", Role.values());
		return VIEW_LIST;
	}

	@GetMapping("/admin/accounts/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return showForm(model);
	}

	@PostMapping("/admin/accounts/new")
	String processCreationForm(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form == null || result.getTarget() == null) {
			// A value of the wrong type (an unknown role) stops the record's construction: show an empty form
			// with the errors, since the page cannot read fields from a record that does not exist.
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(AccountForm.empty(), "form");
			errors.addAllErrors(result);
			model.addAttribute("form", AccountForm.empty());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return showForm(model);
		}
		AccountFormValidator.Units units = this.validator.validate(form.role(), form.departmentId(),
				form.provinceId(), form.email(), null, result);
		if (!result.hasFieldErrors("username") && this.accounts.findByUsername(form.normalizedUsername()).isPresent()) {
			result.rejectValue("username", "account.usernameTaken");
		}
		if (result.hasErrors()) {
			return showForm(model);
		}
		AccountManagement.Created created = this.management.create(form.normalizedUsername(),
				form.displayName(), form.role(), units.department(), units.province(),
				Account.normalizedEmail(form.email()));
		redirect.addFlashAttribute("message", "accountCreated");
		this.sealedFlash.add(redirect, "resetLink", link(created.token()));
		return "redirect:/admin/accounts/" + created.account().getId();
	}

	@GetMapping("/admin/accounts/{id}")
	String show(@PathVariable Long id, Model model) {
		Account account = find(id);
		this.sealedFlash.open(model, "resetLink");
		model.addAttribute("account", account);
		model.addAttribute("passwordChangedAt",
				account.getPasswordChangedAt() == null ? null : account.getPasswordChangedAt().atZone(HANOI));
		return VIEW_DETAIL;
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@PathVariable Long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
		Account account = find(id);
		if (account.getId().equals(admin.getAccountId())) {
			// An administrator who disables themselves may leave the portal with nobody to manage it.
			redirect.addFlashAttribute("warning", "cannotDisableSelf");
		}
		else if (this.management.disable(account.getId())) {
			redirect.addFlashAttribute("message", "accountDisabled");
		}
		else {
			redirect.addFlashAttribute("warning", "cannotDisableLastAdministrator");
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable Long id, RedirectAttributes redirect) {
		this.management.enable(id);
		redirect.addFlashAttribute("message", "accountEnabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/reset-link")
	String resetLink(@PathVariable Long id, RedirectAttributes redirect) {
		this.management.issueResetLink(id).ifPresentOrElse(token -> {
			redirect.addFlashAttribute("message", "resetLinkCreated");
			this.sealedFlash.add(redirect, "resetLink", link(token));
		}, () -> redirect.addFlashAttribute("warning", "resetLinkForDisabledAccount"));
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/require-password-change")
	String requirePasswordChange(@PathVariable Long id, RedirectAttributes redirect) {
		this.management.requirePasswordChange(id);
		redirect.addFlashAttribute("message", "passwordChangeRequired");
		return "redirect:/admin/accounts/" + id;
	}

	private String showForm(Model model) {
		this.validator.offer(model);
		return VIEW_FORM;
	}

	private Account find(Long id) {
		return this.accounts.findById(id).orElseThrow(NotFoundException::new);
	}

	/** No mail server is assumed: the administrator sees the link once and hands it over. */
	private static String link(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/password-reset/{token}")
			.buildAndExpand(token)
			.toUriString();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
