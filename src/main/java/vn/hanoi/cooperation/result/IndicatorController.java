package vn.hanoi.cooperation.result;

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
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.SavedMeanwhile;

/** The indicator catalogue: everyone reads it; administrators and the coordinator add and correct indicators. */
@Controller
class IndicatorController {

	static final String VIEW_LIST = "result/indicators";

	static final String VIEW_FORM = "result/indicatorForm";

	private final Indicators indicators;

	private final CooperationGroups groups;

	private final ResultAccess access;

	private final IndicatorFormValidator validator;

	private final IndicatorCatalogue catalogue;

	IndicatorController(Indicators indicators, CooperationGroups groups, ResultAccess access,
			IndicatorFormValidator validator, IndicatorCatalogue catalogue) {
		this.indicators = indicators;
		this.groups = groups;
		this.access = access;
		this.validator = validator;
		this.catalogue = catalogue;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields(IndicatorForm.FIELDS);
	}

	@GetMapping("/indicators")
	String list(Viewer viewer, Model model) {
		model.addAttribute("indicators", this.indicators.findAllOrdered());
		model.addAttribute("canManage", this.access.canManageIndicators(viewer));
		return VIEW_LIST;
	}

	@GetMapping("/indicators/new")
	String initCreationForm(Viewer viewer, Model model) {
		requireManager(viewer);
		model.addAttribute("form", IndicatorForm.blank());
		return showForm(null, model);
	}

	@PostMapping("/indicators/new")
	String processCreationForm(@ModelAttribute("form") IndicatorForm form, BindingResult binding, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		requireManager(viewer);
		Optional<IndicatorDraft> draft = this.validator.validate(form, null, binding);
		if (draft.isEmpty()) {
			return showForm(null, model);
		}
		this.catalogue.create(draft.get());
		redirect.addFlashAttribute("message", "indicatorSaved");
		return "redirect:/indicators";
	}

	@GetMapping("/indicators/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Viewer viewer, Model model) {
		requireManager(viewer);
		Indicator indicator = this.indicators.findById(id).orElseThrow(NotFoundException::new);
		model.addAttribute("form", IndicatorForm.of(indicator));
		return showForm(indicator, model);
	}

	@PostMapping("/indicators/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @ModelAttribute("form") IndicatorForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		requireManager(viewer);
		Indicator indicator = this.indicators.findById(id).orElseThrow(NotFoundException::new);
		// The form carries the version the user started from: someone may have saved since.
		long formVersion = FormValues.version(form.version()).orElse(-1L);
		try {
			if (!this.catalogue.update(id, formVersion, form, binding)) {
				return showForm(indicator, model);
			}
		}
		catch (OptimisticLockingFailureException ex) {
			return showConflict(this.indicators.findById(id).orElseThrow(NotFoundException::new), form, model);
		}
		redirect.addFlashAttribute("message", "indicatorSaved");
		return "redirect:/indicators";
	}

	/** The user's input again, over the current version: sending it again saves it over the other person's save. */
	private String showConflict(Indicator current, IndicatorForm form, Model model) {
		model.addAttribute(SavedMeanwhile.ATTRIBUTE, true);
		model.addAttribute("form", form.withVersion(current.getVersion()));
		return showForm(current, model);
	}

	private String showForm(Indicator indicator, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("groups", this.groups.findAllByOrderByNumber());
		model.addAttribute("units", IndicatorUnit.values());
		model.addAttribute("aggregations", Aggregation.values());
		model.addAttribute("directions", Direction.values());
		return VIEW_FORM;
	}

	private void requireManager(Viewer viewer) {
		if (!this.access.canManageIndicators(viewer)) {
			throw new NotFoundException();
		}
	}

}
