package vn.hanoi.cooperation.api;

import java.time.Clock;
import java.time.Duration;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.SealedFlash;

/**
 * Each person's own access tokens for the read API: create one (its secret shown once, on the page the creation
 * redirects to), see when each was last used, revoke one.
 */
@Controller
class ApiTokenController {

	static final String VIEW_TOKENS = "api/tokens";

	static final String PATH = "/account/tokens";

	private final ApiTokens tokens;

	private final AuditLog auditLog;

	private final SealedFlash sealedFlash;

	private final Clock clock;

	ApiTokenController(ApiTokens tokens, AuditLog auditLog, SealedFlash sealedFlash, Clock clock) {
		this.tokens = tokens;
		this.auditLog = auditLog;
		this.sealedFlash = sealedFlash;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "validDays");
	}

	@GetMapping(PATH)
	String initForm(Viewer viewer, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ApiTokenForm.empty());
		}
		this.sealedFlash.open(model, "newToken");
		return showTokens(viewer, model);
	}

	@PostMapping(PATH)
	String processForm(@Valid @ModelAttribute("form") ApiTokenForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		if (form != null && !result.hasFieldErrors("validDays") && !form.validityAllowed()) {
			result.rejectValue("validDays", "apiToken.validityInvalid");
		}
		if (form == null || result.hasErrors()) {
			return showTokens(viewer, model);
		}
		String name = form.name();
		String secret = this.tokens.create(viewer.accountId(), name,
				this.clock.instant().plus(Duration.ofDays(form.validDays())));
		this.auditLog.record(SecurityEventType.API_TOKEN_CREATED,
				SecurityDetail.of("token '" + name + "', " + form.validDays() + " days", "audit.detail.apiToken.created",
						name, form.validDays()));
		// Shown on the next page only, sealed while it waits in the session store; a double click still shows it.
		this.sealedFlash.add(redirect, "newToken", secret);
		redirect.addFlashAttribute("message", "apiTokenCreated");
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{id}/revoke")
	String revoke(@PathVariable Long id, Viewer viewer, RedirectAttributes redirect) {
		ApiTokens.Revocation revocation = this.tokens.revoke(viewer.accountId(), id);
		// Another person's token, or none: not found.
		if (revocation == ApiTokens.Revocation.NOT_FOUND) {
			throw new NotFoundException();
		}
		if (revocation == ApiTokens.Revocation.ALREADY_REVOKED) {
			// From a second tab: the page says so rather than a 404 for a token listed on it.
			redirect.addFlashAttribute("message", "apiTokenAlreadyRevoked");
			return "redirect:" + PATH;
		}
		this.auditLog.record(SecurityEventType.API_TOKEN_REVOKED,
				SecurityDetail.of("token #" + id, "audit.detail.apiToken.revoked", id));
		redirect.addFlashAttribute("message", "apiTokenRevoked");
		return "redirect:" + PATH;
	}

	private String showTokens(Viewer viewer, Model model) {
		model.addAttribute("tokens", this.tokens.of(viewer.accountId()));
		model.addAttribute("validities", ApiTokenForm.VALIDITIES);
		return VIEW_TOKENS;
	}

}
