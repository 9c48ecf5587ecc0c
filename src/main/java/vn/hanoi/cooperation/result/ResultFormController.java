package vn.hanoi.cooperation.result;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
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
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/** Entering, correcting and deleting a result while it is a draft or returned, in a year that is not locked. */
@Controller
class ResultFormController {

	static final String VIEW_FORM = "result/resultForm";

	private final ResultService service;

	private final ResultAccess access;

	private final ResultFormValidator validator;

	private final ResultFormOptions options;

	private final YearLocks locks;

	private final Departments departments;

	ResultFormController(ResultService service, ResultAccess access, ResultFormValidator validator,
			ResultFormOptions options, YearLocks locks, Departments departments) {
		this.service = service;
		this.access = access;
		this.validator = validator;
		this.options = options;
		this.locks = locks;
		this.departments = departments;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields(ResultForm.FIELDS);
	}

	/**
	 * The year is read after the role check: who may not enter results gets 404, never a 400 for a bad year. A link
	 * to a missing figure also names its indicator and department, which the form then has chosen.
	 */
	@GetMapping("/results/new")
	String initCreationForm(@RequestParam(name = "year", required = false) String yearText,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) String department,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		requireEnterer(viewer);
		if (yearText == null || yearText.isBlank()) {
			return "redirect:/results";
		}
		// Any whole number that is not an open year is simply not found.
		int year = FormValues.version(yearText)
			.filter(y -> y > 0 && y < 10_000)
			.orElseThrow(NotFoundException::new)
			.intValue();
		if (!this.validator.isOpenYear(year)) {
			throw new NotFoundException();
		}
		if (this.locks.isLocked(year)) {
			redirect.addFlashAttribute("refusal", Refusal.LOCKED.flashKey());
			return "redirect:/results/years/" + year;
		}
		return showForm(this.options.blank(year, indicator, department, viewer), null, year, viewer, model);
	}

	@PostMapping("/results/new")
	String processCreationForm(@ModelAttribute("form") ResultForm form, BindingResult binding, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		requireEnterer(viewer);
		Optional<ResultDraft> draft = this.validator.validate(form, !viewer.actsForEveryDepartment(),
				ownDepartment(viewer), null, binding);
		if (draft.isEmpty()) {
			return showForm(null, yearOf(form), viewer, model);
		}
		Optional<YearlyResult> created;
		try {
			created = this.service.create(draft.get(), viewer);
		}
		catch (DataIntegrityViolationException ex) {
			// Someone entered the same figure between our check and our insert.
			binding.reject("result.error.duplicate");
			return showForm(null, yearOf(form), viewer, model);
		}
		catch (FigureMeaningChanged ex) {
			return showMeaningChanged(ex, form, null, yearOf(form), viewer, model);
		}
		if (created.isEmpty()) {
			redirect.addFlashAttribute("refusal", Refusal.LOCKED.flashKey());
			return "redirect:/results/years/" + draft.get().year();
		}
		redirect.addFlashAttribute("message", "resultCreated");
		warnOfBreakdown(draft.get(), created.get().getId(), redirect);
		return "redirect:/results/" + created.get().getId();
	}

	@GetMapping("/results/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Viewer viewer, Model model, RedirectAttributes redirect) {
		YearlyResult result = this.service.findVisible(id, viewer);
		Optional<Refusal> refusal = this.service.refusal(result, ResultTransition.EDIT, viewer);
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("refusal", refusal.get().flashKey());
			return "redirect:/results/" + id;
		}
		return showForm(ResultForm.of(result), result, result.getYear(), viewer, model);
	}

	@PostMapping("/results/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute("form") ResultForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		YearlyResult result = this.service.findVisible(id, viewer);
		Optional<Refusal> refusal = this.service.refusal(result, ResultTransition.EDIT, viewer);
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("refusal", refusal.get().flashKey());
			return "redirect:/results/" + id;
		}
		// The form carries the version the user started from: @Version cannot see it on a record just reloaded.
		long formVersion = FormValues.version(form.version()).orElse(-1L);
		if (formVersion != result.getVersion()) {
			return showConflict(result, form, formVersion, viewer, model);
		}
		// The year of a result does not change: a figure for another year is another result.
		Optional<ResultDraft> draft = this.validator.validate(form.inYear(result.getYear()), true,
				result.getDepartment(), id, binding);
		if (draft.isEmpty()) {
			return showForm(result, result.getYear(), viewer, model);
		}
		try {
			refusal = this.service.update(id, formVersion, draft.get(), viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			refusal = Optional.of(Refusal.CHANGED);
		}
		catch (DataIntegrityViolationException ex) {
			binding.reject("result.error.duplicate");
			return showForm(result, result.getYear(), viewer, model);
		}
		catch (FigureMeaningChanged ex) {
			return showMeaningChanged(ex, form, result, result.getYear(), viewer, model);
		}
		if (refusal.isPresent() && refusal.get() == Refusal.CHANGED) {
			// Someone saved between our version check and our write.
			return showConflict(this.service.findVisible(id, viewer), form, formVersion, viewer, model);
		}
		if (refusal.isPresent()) {
			binding.reject("flash." + refusal.get().flashKey());
			return showForm(result, result.getYear(), viewer, model);
		}
		redirect.addFlashAttribute("message", "resultSaved");
		warnOfBreakdown(draft.get(), id, redirect);
		return "redirect:/results/" + id;
	}

	private void warnOfBreakdown(ResultDraft draft, Long id, RedirectAttributes redirect) {
		if (this.validator.passesLowerBound(draft, id)) {
			redirect.addFlashAttribute("warning", "breakdownAboveLowerBound");
		}
	}

	@PostMapping("/results/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam(required = false) String version, Viewer viewer,
			RedirectAttributes redirect) {
		YearlyResult result = this.service.findVisible(id, viewer);
		Optional<Refusal> refusal = this.service.delete(id, FormValues.version(version).orElse(-1L), viewer);
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("refusal", refusal.get().flashKey());
			return "redirect:/results/" + id;
		}
		redirect.addFlashAttribute("message", "resultDeleted");
		return "redirect:/results/years/" + result.getYear() + "/entries";
	}

	/** The other person's changes since the user's version, and the user's input ready to send again over them. */
	private String showConflict(YearlyResult current, ResultForm form, long formVersion, Viewer viewer, Model model) {
		model.addAttribute("theirChanges", this.service.changesSince(current.getId(), formVersion));
		model.addAttribute("form", form.withVersion(current.getVersion()));
		return showForm(current, current.getYear(), viewer, model);
	}

	/**
	 * The input again, with why it was not saved, on a page that shows the indicator as it is now: the figures as
	 * typed, to be checked against the new unit; sent again, they are saved.
	 */
	private String showMeaningChanged(FigureMeaningChanged refusal, ResultForm form, YearlyResult result, int year,
			Viewer viewer, Model model) {
		model.addAttribute("meaningChanged", refusal.reason());
		return showForm(form, result, year, viewer, model);
	}

	/** The posted form again as it came, its errors beside it. */
	private String showForm(YearlyResult result, int year, Viewer viewer, Model model) {
		return showForm(null, result, year, viewer, model);
	}

	/**
	 * {@code fresh}, when given, is shown anew and carries the unit and aggregation of each indicator it offers as
	 * the page shows them; a posted form keeps those it was typed under.
	 */
	private String showForm(ResultForm fresh, YearlyResult result, int year, Viewer viewer, Model model) {
		List<Indicator> offered = this.options.addTo(model, year);
		if (fresh != null) {
			model.addAttribute("form", fresh.showing(offered));
		}
		model.addAttribute("result", result);
		model.addAttribute("year", year);
		// A result's department is part of what it is: chosen once, by a coordinator, never changed on edit.
		model.addAttribute("departmentFixed", result != null || !viewer.actsForEveryDepartment());
		model.addAttribute("fixedDepartment",
				result != null ? result.getDepartment() : ownDepartment(viewer));
		return VIEW_FORM;
	}

	/** Staff enter results for their own department; coordinators choose (or leave it empty: city level). */
	private Department ownDepartment(Viewer viewer) {
		if (viewer.actsForEveryDepartment()) {
			return null;
		}
		return this.departments.findById(viewer.departmentId()).orElseThrow(NotFoundException::new);
	}

	private int yearOf(ResultForm form) {
		Integer year = form.yearValue();
		return year == null || !this.validator.isOpenYear(year) ? this.validator.lastYear() - 1 : year;
	}

	private void requireEnterer(Viewer viewer) {
		if (!this.access.canEnter(viewer)) {
			throw new NotFoundException();
		}
	}

}
