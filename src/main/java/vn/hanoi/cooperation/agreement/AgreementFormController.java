package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.Optional;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.TypedText;

/** Creating, editing and terminating agreements: the coordinator's and administrators' work. */
@Controller
class AgreementFormController {

	static final String VIEW_FORM = "agreement/agreementForm";

	static final String VIEW_TERMINATE = "agreement/terminate";

	private final AgreementService service;

	private final AgreementAccess access;

	private final AgreementFormValidator validator;

	private final Provinces provinces;

	private final CooperationGroups groups;

	AgreementFormController(AgreementService service, AgreementAccess access, AgreementFormValidator validator,
			Provinces provinces, CooperationGroups groups) {
		this.service = service;
		this.access = access;
		this.validator = validator;
		this.provinces = provinces;
		this.groups = groups;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields(AgreementForm.FIELDS);
	}

	@InitBinder("terminationForm")
	void allowTerminationFields(WebDataBinder binder) {
		binder.setAllowedFields("terminatedOn", "reason", "version");
	}

	@GetMapping("/agreements/new")
	String initCreationForm(Viewer viewer, Model model) {
		requireManager(viewer);
		model.addAttribute("form", AgreementForm.blank());
		return showForm(null, model);
	}

	@PostMapping("/agreements/new")
	String processCreationForm(@ModelAttribute("form") AgreementForm form, BindingResult result, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		requireManager(viewer);
		Optional<AgreementDraft> draft = this.validator.validate(form, result);
		if (draft.isEmpty()) {
			return showForm(null, model);
		}
		Agreement agreement = this.service.create(draft.get(), viewer);
		redirect.addFlashAttribute("message", "agreementCreated");
		return "redirect:/agreements/" + agreement.getId();
	}

	@GetMapping("/agreements/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Viewer viewer, Model model) {
		Agreement agreement = this.service.findManageable(id, viewer);
		model.addAttribute("form", AgreementForm.of(agreement));
		return showForm(agreement, model);
	}

	@PostMapping("/agreements/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute("form") AgreementForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		Agreement agreement = this.service.findManageable(id, viewer);
		// The form carries the version the user started from: @Version cannot see it on a record just reloaded.
		long formVersion = FormValues.version(form.version()).orElse(-1L);
		if (formVersion != agreement.getVersion()) {
			return showConflict(agreement, form, formVersion, model);
		}
		Optional<AgreementDraft> draft = this.validator.validate(form, agreement.getTerminatedOn(), result);
		if (draft.isEmpty()) {
			return showForm(agreement, model);
		}
		try {
			this.service.update(agreement, draft.get(), viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved between our version check and our write.
			return showConflict(this.service.findManageable(id, viewer), form, formVersion, model);
		}
		redirect.addFlashAttribute("message", "agreementSaved");
		return "redirect:/agreements/" + id;
	}

	@GetMapping("/agreements/{id}/terminate")
	String initTermination(@PathVariable Long id, Viewer viewer, Model model, RedirectAttributes redirect) {
		Agreement agreement = this.service.findManageable(id, viewer);
		if (agreement.getTerminatedOn() != null) {
			return alreadyTerminated(id, redirect);
		}
		model.addAttribute("agreement", agreement);
		model.addAttribute("terminationForm", TerminationForm.today(this.service.today(), agreement.getVersion()));
		return VIEW_TERMINATE;
	}

	@PostMapping("/agreements/{id}/terminate")
	String processTermination(@PathVariable Long id, @ModelAttribute("terminationForm") TerminationForm form,
			BindingResult result, Viewer viewer, Model model, RedirectAttributes redirect) {
		Agreement agreement = this.service.findManageable(id, viewer);
		// Before the version: a termination that came meanwhile is not a change to terminate over.
		if (agreement.getTerminatedOn() != null) {
			return alreadyTerminated(id, redirect);
		}
		long formVersion = FormValues.version(form.version()).orElse(-1L);
		if (formVersion != agreement.getVersion()) {
			return showConflict(agreement, form, formVersion, model);
		}
		Optional<LocalDate> on = this.validator.validateTermination(form, agreement, result);
		if (on.isEmpty()) {
			model.addAttribute("agreement", agreement);
			return VIEW_TERMINATE;
		}
		try {
			this.service.terminate(agreement, on.get(), TypedText.orNull(form.reason()), viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			return showConflict(this.service.findManageable(id, viewer), form, formVersion, model);
		}
		redirect.addFlashAttribute("message", "agreementTerminated");
		return "redirect:/agreements/" + id;
	}

	/** An agreement ends once: its termination (day and reason, shown on its page) is kept as it was. */
	private static String alreadyTerminated(Long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusal", "agreementAlreadyTerminated");
		return "redirect:/agreements/" + id;
	}

	/** The other person's changes since the user's version, and the user's input ready to send again over them. */
	private String showConflict(Agreement current, AgreementForm form, long formVersion, Model model) {
		model.addAttribute("theirChanges", this.service.changesSince(current.getId(), formVersion));
		model.addAttribute("form", form.withVersion(current.getVersion()));
		return showForm(current, model);
	}

	/** The same for a termination: the day and reason typed come back over the current version. */
	private String showConflict(Agreement current, TerminationForm form, long formVersion, Model model) {
		model.addAttribute("theirChanges", this.service.changesSince(current.getId(), formVersion));
		model.addAttribute("terminationForm", form.withVersion(current.getVersion()));
		model.addAttribute("agreement", current);
		return VIEW_TERMINATE;
	}

	private String showForm(Agreement agreement, Model model) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("provinces2025", this.provinces.findByValidFromOrderByName(
				vn.hanoi.cooperation.province.Province.MERGER_DAY));
		model.addAttribute("provinces2008", this.provinces.findByValidFromOrderByName(
				vn.hanoi.cooperation.province.ProvincePeriod.UNITS_2008.firstDay()));
		model.addAttribute("groups", this.groups.findAllByOrderByNumber());
		return VIEW_FORM;
	}

	private void requireManager(Viewer viewer) {
		if (!this.access.canManage(viewer)) {
			throw new NotFoundException();
		}
	}

}
