package vn.hanoi.cooperation.activity;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/** Creating, editing and deleting activities, with the lost-update check on every save. */
@Controller
class ActivityFormController {

	static final String VIEW_FORM = "activity/activityForm";

	static final String VIEW_FORM_OPTIONS = "activity/activityForm :: yearDependent";

	static final String VIEW_FORM_AGREEMENTS = "activity/activityForm :: agreementChoice";

	static final String VIEW_CONFLICT = "activity/conflict";

	static final String VIEW_DELETE = "activity/delete";

	private final ActivityService service;

	private final ActivityAccess access;

	private final ActivityFormValidator validator;

	private final ActivityFormOptions options;

	private final StaffLead staffLead;

	private final java.time.Clock clock;

	ActivityFormController(ActivityService service, ActivityAccess access, ActivityFormValidator validator,
			ActivityFormOptions options, StaffLead staffLead, java.time.Clock clock) {
		this.service = service;
		this.access = access;
		this.validator = validator;
		this.options = options;
		this.staffLead = staffLead;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields(ActivityForm.FIELDS);
	}

	@GetMapping("/activities/new")
	String initCreationForm(@RequestParam(required = false) Integer year, Viewer viewer, Model model) {
		requireCreator(viewer);
		Long lead = viewer.actsForEveryDepartment() ? null : viewer.departmentId();
		this.options.addTo(model, ActivityForm.blank(year, lead));
		Integer planYear = model.getAttribute("selectedPlan") instanceof vn.hanoi.cooperation.plan.Plan plan
				? plan.getYear() : year;
		model.addAttribute("form", ActivityForm.blank(planYear, lead));
		return showForm(null, viewer, model);
	}

	@PostMapping("/activities/new")
	String processCreationForm(@ModelAttribute("form") ActivityForm form, BindingResult result,
			@RequestParam(required = false) String pastDeadlineConfirmed, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		requireCreator(viewer);
		Optional<ActivityDraft> draft = this.validator.validate(form, fixedLead(viewer, null), result);
		if (draft.isEmpty() || unconfirmedPastDeadline(draft.get(), null, pastDeadlineConfirmed, model)) {
			this.options.addTo(model, form);
			return showForm(null, viewer, model);
		}
		ActivityService.Creation creation = this.service.createUnlessTitleTaken(draft.get(), viewer);
		if (creation.sameTitle() != null) {
			result.rejectValue("title", "activity.error.sameTitle",
					new Object[] { creation.sameTitle().shownReference(), String.valueOf(draft.get().plan().getYear()) }, null);
			model.addAttribute("sameTitle", creation.sameTitle());
			this.options.addTo(model, form);
			return showForm(null, viewer, model);
		}
		redirect.addFlashAttribute("message", "activityCreated");
		return "redirect:/activities/" + creation.created().getId();
	}

	/**
	 * The part of the form that depends on the plan year and the dates (groups; departments and provinces valid on
	 * the activity's day), for htmx when the year, the planned start or the deadline changes.
	 */
	@GetMapping("/activities/form-options")
	String yearDependentOptions(@ModelAttribute("form") ActivityForm form, Viewer viewer, Model model) {
		requireCreator(viewer);
		this.options.addTo(model, form);
		model.addAttribute("leadFixed", !viewer.actsForEveryDepartment());
		if (!viewer.actsForEveryDepartment()) {
			model.addAttribute("fixedLead", this.staffLead.shownLead(viewer, form.leadDepartmentId()));
		}
		this.options.addAgreements(model, form);
		return VIEW_FORM_OPTIONS;
	}

	/** The agreements of the partner provinces chosen, for htmx when the choice changes. */
	@GetMapping("/activities/form-agreements")
	String agreementOptions(@ModelAttribute("form") ActivityForm form, Viewer viewer, Model model) {
		requireCreator(viewer);
		this.options.addAgreements(model, form);
		return VIEW_FORM_AGREEMENTS;
	}

	@GetMapping("/activities/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Viewer viewer, Model model) {
		Activity activity = this.service.findEditable(id, viewer);
		ActivityForm form = ActivityForm.of(activity);
		model.addAttribute("form", form);
		this.options.addTo(model, form);
		return showForm(activity, viewer, model);
	}

	@PostMapping("/activities/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute("form") ActivityForm form, BindingResult result,
			@RequestParam(required = false) String pastDeadlineConfirmed, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		Activity activity = this.service.findEditable(id, viewer);
		// @Version cannot see this: the entity was just reloaded. The form carries the version the user started from.
		long formVersion = FormValues.version(form.version()).orElse(-1L);
		if (formVersion != activity.getVersion()) {
			return showConflict(activity, form, formVersion, viewer, model);
		}
		Optional<ActivityDraft> draft = this.validator.validate(form, fixedLead(viewer, activity), result);
		if (draft.isEmpty() || unconfirmedPastDeadline(draft.get(), activity, pastDeadlineConfirmed, model)) {
			this.options.addTo(model, form);
			return showForm(activity, viewer, model);
		}
		try {
			this.service.update(activity, draft.get(), viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved between our version check and our write.
			return showConflict(this.service.findEditable(id, viewer), form, formVersion, viewer, model);
		}
		redirect.addFlashAttribute("message", "activitySaved");
		return "redirect:/activities/" + id;
	}

	/**
	 * An open activity given a deadline already past would show as overdue at once: the form says so and saves
	 * only once the user confirms (the form comes back with everything typed). Editing an activity whose past
	 * deadline is unchanged asks nothing.
	 */
	private boolean unconfirmedPastDeadline(ActivityDraft draft, Activity activity, String confirmed, Model model) {
		boolean past = draft.status().isOpen() && draft.deadline() != null
				&& draft.deadline().isBefore(LocalDate.now(this.clock))
				&& (activity == null || !draft.deadline().equals(activity.getDeadline()));
		if (!past || FormValues.checked(confirmed)) {
			return false;
		}
		model.addAttribute("pastDeadline", draft.deadline());
		return true;
	}

	/** The other person's changes since the user's version, and the user's input ready to apply again. */
	private String showConflict(Activity current, ActivityForm form, long formVersion, Viewer viewer, Model model) {
		model.addAttribute("theirChanges", this.service.changesSince(current.getId(), formVersion));
		model.addAttribute("form", form.withVersion(current.getVersion()));
		this.options.addTo(model, form);
		showForm(current, viewer, model);
		return VIEW_CONFLICT;
	}

	@GetMapping("/activities/{id}/delete")
	String confirmDeletion(@PathVariable Long id, Viewer viewer, Model model) {
		Activity activity = this.service.findEditable(id, viewer);
		model.addAttribute("activity", activity);
		this.service.deletionRefusal(activity).ifPresent(refusal -> model.addAttribute("deletionRefusal", refusal));
		return VIEW_DELETE;
	}

	@PostMapping("/activities/{id}/delete")
	String delete(@PathVariable Long id, Viewer viewer, Model model, RedirectAttributes redirect) {
		Activity activity = this.service.findEditable(id, viewer);
		Optional<String> refusal = this.service.deletionRefusal(activity);
		if (refusal.isPresent()) {
			model.addAttribute("activity", activity);
			model.addAttribute("deletionRefusal", refusal.get());
			return VIEW_DELETE;
		}
		this.service.delete(activity, viewer);
		redirect.addFlashAttribute("message", "activityDeleted");
		return "redirect:/activities";
	}

	private String showForm(Activity activity, Viewer viewer, Model model) {
		model.addAttribute("activity", activity);
		this.options.addAgreements(model, (ActivityForm) model.getAttribute("form"));
		model.addAttribute("leadFixed", !viewer.actsForEveryDepartment());
		this.staffLead.fixedLead(viewer, activity).ifPresent(lead -> model.addAttribute("fixedLead", lead));
		return VIEW_FORM;
	}

	private Department fixedLead(Viewer viewer, Activity activity) {
		return this.staffLead.fixedLead(viewer, activity).orElse(null);
	}

	private void requireCreator(Viewer viewer) {
		if (!this.access.canCreate(viewer)) {
			throw new NotFoundException();
		}
	}

}
