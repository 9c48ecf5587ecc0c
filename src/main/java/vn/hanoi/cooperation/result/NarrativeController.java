package vn.hanoi.cooperation.result;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.SavedMeanwhile;

/** A group's narrative for the yearly report, written by its lead department or the coordination. */
@Controller
class NarrativeController {

	static final String VIEW_FORM = "result/narrativeForm";

	private final CooperationGroups groups;

	private final NarrativeWriting writing;

	private final ResultAccess access;

	private final YearLocks locks;

	private final ResultFormValidator validator;

	NarrativeController(CooperationGroups groups, NarrativeWriting writing, ResultAccess access,
			YearLocks locks, ResultFormValidator validator) {
		this.groups = groups;
		this.writing = writing;
		this.access = access;
		this.locks = locks;
		this.validator = validator;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("achievements", "difficulties", "proposals", "version");
	}

	@GetMapping("/results/years/{year}/groups/{number}/narrative")
	String initForm(@PathVariable int year, @PathVariable int number, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		CooperationGroup group = writableGroup(year, number, viewer);
		if (this.locks.isLocked(year)) {
			redirect.addFlashAttribute("refusal", Refusal.LOCKED.flashKey());
			return "redirect:/results/years/" + year + "#group-" + number;
		}
		model.addAttribute("form", NarrativeForm.of(this.writing.find(group, year).orElse(null)));
		return showForm(group, year, model);
	}

	@PostMapping("/results/years/{year}/groups/{number}/narrative")
	String save(@PathVariable int year, @PathVariable int number, @ModelAttribute("form") NarrativeForm form,
			BindingResult binding, Viewer viewer, Model model, RedirectAttributes redirect) {
		CooperationGroup group = writableGroup(year, number, viewer);
		NarrativeWriting.Outcome outcome;
		try {
			outcome = this.writing.write(group, year, form, viewer, binding);
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Someone saved between the version check and the write (or wrote the group's first narrative of the
			// year at the same moment: one narrative per group and year).
			outcome = NarrativeWriting.Outcome.CHANGED_MEANWHILE;
		}
		if (outcome == NarrativeWriting.Outcome.LOCKED) {
			redirect.addFlashAttribute("refusal", Refusal.LOCKED.flashKey());
			return "redirect:/results/years/" + year + "#group-" + number;
		}
		if (outcome == NarrativeWriting.Outcome.INVALID) {
			return showForm(group, year, model);
		}
		if (outcome == NarrativeWriting.Outcome.CHANGED_MEANWHILE) {
			return showConflict(group, year, form, model);
		}
		redirect.addFlashAttribute("message", "narrativeSaved");
		return "redirect:/results/years/" + year + "#group-" + number;
	}

	/** The texts saved now above the user's texts, which are sent again over that version to replace it. */
	private String showConflict(CooperationGroup group, int year, NarrativeForm form, Model model) {
		GroupYearNarrative current = this.writing.find(group, year).orElse(null);
		model.addAttribute(SavedMeanwhile.ATTRIBUTE, true);
		model.addAttribute("savedNarrative", current);
		model.addAttribute("form", form.over(current));
		return showForm(group, year, model);
	}

	private String showForm(CooperationGroup group, int year, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("year", year);
		return VIEW_FORM;
	}

	private CooperationGroup writableGroup(int year, int number, Viewer viewer) {
		if (!this.validator.isOpenYear(year)) {
			throw new NotFoundException();
		}
		CooperationGroup group = this.groups.findByNumber(number).orElseThrow(NotFoundException::new);
		if (!this.access.canWriteNarrative(viewer, group)) {
			throw new NotFoundException();
		}
		return group;
	}

}
