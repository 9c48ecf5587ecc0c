package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.document.CheckedDocument;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.TypedText;

/** Progress notes and completion, posted from the activity's detail page. */
@Controller
class ActivityProgressController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final ActivityService service;

	private final ActivityFormValidator validator;

	private final ActivityController detail;

	private final EvidenceService evidence;

	ActivityProgressController(ActivityService service, ActivityFormValidator validator, ActivityController detail,
			EvidenceService evidence) {
		this.service = service;
		this.validator = validator;
		this.detail = detail;
		this.evidence = evidence;
	}

	/**
	 * A note carries no version on purpose: it adds a line and changes none of the activity's fields, so a save of the
	 * activity since the page was opened cannot be lost by it and must not refuse it. Its one-time form token writes it
	 * once however often it is sent.
	 */
	@InitBinder("progressForm")
	void allowProgressFields(WebDataBinder binder) {
		binder.setAllowedFields("notedOn", "note");
	}

	@InitBinder("completionForm")
	void allowCompletionFields(WebDataBinder binder) {
		binder.setAllowedFields("actualCompletion", "resultSummary", "version");
	}

	/** A note may tell of the preparations of the year before the plan's, or of a start planned earlier still. */
	private static LocalDate earliestNote(Activity activity) {
		LocalDate yearBefore = LocalDate.of(activity.getPlan().getYear() - 1, 1, 1);
		LocalDate plannedStart = activity.getPlannedStart();
		return plannedStart != null && plannedStart.isBefore(yearBefore) ? plannedStart : yearBefore;
	}

	@PostMapping("/activities/{id}/progress")
	String addProgress(@PathVariable Long id, @ModelAttribute("progressForm") ProgressForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		Activity activity = this.service.findEditable(id, viewer);
		String note = TypedText.orNull(form.note());
		LocalDate notedOn = FormValues.day(form.notedOn(), "notedOn", result);
		if (notedOn == null && !result.hasFieldErrors("notedOn")) {
			result.rejectValue("notedOn", "activity.error.progressDateRequired");
		}
		else if (notedOn != null && notedOn.isAfter(this.validator.today())) {
			result.rejectValue("notedOn", "activity.error.progressDateInFuture");
		}
		else if (notedOn != null && notedOn.isBefore(earliestNote(activity))) {
			// 01/01/2019 on an activity of the 2026 plan is a slip of the keyboard, not progress.
			result.rejectValue("notedOn", "activity.error.progressDateTooEarly",
					new Object[] { earliestNote(activity).format(DAY), String.valueOf(activity.getPlan().getYear()) },
					null);
		}
		if (note == null) {
			result.rejectValue("note", "activity.error.progressNoteRequired");
		}
		else if (note.length() > ProgressForm.NOTE_MAX) {
			result.rejectValue("note", "activity.error.tooLong", new Object[] { ProgressForm.NOTE_MAX }, null);
		}
		if (result.hasErrors()) {
			return redisplay(id, viewer, model);
		}
		List<CheckedDocument> checked;
		try {
			checked = this.evidence.check(files);
		}
		catch (EvidenceRefused ex) {
			// The note stays in the form (it is in the model); only the files must be chosen again.
			model.addAttribute("progressEvidenceError", ex);
			return redisplay(id, viewer, model);
		}
		this.service.addProgress(activity, notedOn, note, checked, viewer);
		redirect.addFlashAttribute("message", "progressAdded");
		return "redirect:/activities/" + id + "#progress";
	}

	@PostMapping("/activities/{id}/complete")
	String complete(@PathVariable Long id, @ModelAttribute("completionForm") CompletionForm form, BindingResult result,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		Activity activity = this.service.findEditable(id, viewer);
		// The form carries the version the user started from: someone may have saved since.
		long formVersion = FormValues.version(form.version()).orElse(-1L);
		if (formVersion != activity.getVersion()) {
			return showConflict(id, form, formVersion, viewer, model);
		}
		String summary = TypedText.orNull(form.resultSummary());
		LocalDate completedOn = FormValues.day(form.actualCompletion(), "actualCompletion", result);
		if (!result.hasFieldErrors("actualCompletion")) {
			this.validator.validateCompletion(completedOn, activity.getPlannedStart(), summary, this.validator.today(),
					result);
		}
		if (result.hasErrors()) {
			return redisplay(id, viewer, model);
		}
		try {
			this.service.complete(activity, completedOn, summary, viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			// Someone saved between our version check and our write.
			return showConflict(id, form, formVersion, viewer, model);
		}
		redirect.addFlashAttribute("message", "activityCompleted");
		return "redirect:/activities/" + id;
	}

	/** The page again with the other person's changes and the day and summary typed, over the current version. */
	private String showConflict(Long id, CompletionForm form, long formVersion, Viewer viewer, Model model) {
		model.addAttribute("theirChanges", this.service.changesSince(id, formVersion));
		model.addAttribute("completionForm", form.withVersion(this.service.findEditable(id, viewer).getVersion()));
		return redisplay(id, viewer, model);
	}

	/** The detail page again, keeping the form that was posted and its errors. */
	private String redisplay(Long id, Viewer viewer, Model model) {
		return this.detail.show(id, viewer, model);
	}

}
