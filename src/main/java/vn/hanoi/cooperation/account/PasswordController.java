package vn.hanoi.cooperation.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.system.NotFoundException;

/** Every user changes their own password here, proving it with the current one. */
@Controller
class PasswordController {

	static final String VIEW_FORM = "account/passwordForm";

	private final Accounts accounts;

	private final AccountManagement management;

	private final PasswordPolicy policy;

	private final LoginThrottle throttle;

	private final SessionStates sessionStates;

	PasswordController(Accounts accounts, AccountManagement management, PasswordPolicy policy,
			LoginThrottle throttle, SessionStates sessionStates) {
		this.accounts = accounts;
		this.sessionStates = sessionStates;
		this.management = management;
		this.policy = policy;
		this.throttle = throttle;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("currentPassword", "newPassword", "confirmation");
	}

	@GetMapping("/account/password")
	String initForm(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		return showForm(user, model);
	}

	@PostMapping("/account/password")
	String processForm(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		Account account = this.accounts.findById(user.getAccountId()).orElseThrow(NotFoundException::new);
		// The current password is a login in disguise: the same throttle guards it, before any hash.
		String current = form.currentPassword();
		if (current == null || current.isEmpty()) {
			result.rejectValue("currentPassword", "password.currentWrong");
		}
		else {
			LoginAdmission admission = this.throttle.admit(user.getUsername(), request.getRemoteAddr(),
					DeviceCookie.read(request));
			if (admission.isRefused()) {
				result.reject("password.throttled");
				return showForm(user, model);
			}
			if (this.management.matches(account, current)) {
				this.throttle.succeeded(admission);
			}
			else {
				result.rejectValue("currentPassword", "password.currentWrong");
			}
		}
		this.policy.validate(form.newPassword(), account.getUsername(), result, "newPassword");
		if (!result.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
			result.rejectValue("confirmation", "password.mismatch");
		}
		if (!result.hasErrors() && form.newPassword().equals(form.currentPassword())) {
			result.rejectValue("newPassword", "password.unchanged");
		}
		if (result.hasErrors()) {
			return showForm(user, model);
		}
		this.management.changePassword(account, form.newPassword());
		renewLogin(account, request);
		redirect.addFlashAttribute("message", "passwordChanged");
		return "redirect:" + RoleHome.pathFor(account.getRole());
	}

	/** Other sessions of the account end; this one goes on under a new id and a fresh login instant. */
	private static void renewLogin(Account account, HttpServletRequest request) {
		PortalUser renewed = PortalUser.signedIn(account);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
			request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
		}
	}

	private String showForm(PortalUser user, Model model) {
		model.addAttribute("forced", this.sessionStates.of(user.getAccountId())
			.map(SessionState::mustChangePassword)
			.orElse(false));
		return VIEW_FORM;
	}

}
