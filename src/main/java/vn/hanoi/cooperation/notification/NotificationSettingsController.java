package vn.hanoi.cooperation.notification;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.EmailSignIn;
import vn.hanoi.cooperation.account.Viewer;

/** Each person's own page: e-mail address, language of e-mails, and immediate / daily / none per kind. */
@Controller
class NotificationSettingsController {

	static final String VIEW_FORM = "notification/settings";

	private final NotificationSettings settings;

	private final EmailSignIn emailSignIn;

	NotificationSettingsController(NotificationSettings settings, EmailSignIn emailSignIn) {
		this.settings = settings;
		this.emailSignIn = emailSignIn;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("email", "language", "deliveries*");
	}

	@GetMapping("/account/notifications")
	String initForm(Viewer viewer, Model model) {
		model.addAttribute("form", this.settings.of(viewer.accountId()));
		return showForm(model);
	}

	@PostMapping("/account/notifications")
	String processForm(@Valid @ModelAttribute("form") NotificationSettingsForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (form == null || result.getTarget() == null) {
			// A value of the wrong type (an unknown choice) stops the record's construction: show the stored
			// settings with the errors, since the page cannot read fields from a record that does not exist.
			NotificationSettingsForm stored = this.settings.of(viewer.accountId());
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(stored, "form");
			errors.addAllErrors(result);
			model.addAttribute("form", stored);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return showForm(model);
		}
		if (result.hasErrors()) {
			return showForm(model);
		}
		// Where single sign-on recognises people by their address, a person setting another's would take over or
		// block that person's sign-on: the address is then the administrators' to set.
		this.settings.save(viewer.accountId(), form, this.emailSignIn.active());
		redirect.addFlashAttribute("message", "notificationSettingsSaved");
		return "redirect:/account/notifications";
	}

	private String showForm(Model model) {
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("emailSetByAdministrators", this.emailSignIn.active());
		return VIEW_FORM;
	}

}
