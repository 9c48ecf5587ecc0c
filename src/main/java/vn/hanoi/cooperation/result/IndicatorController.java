package vn.hanoi.cooperation.result;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
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
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/** The indicator catalogue: everyone reads it; administrators and the coordinator add and correct indicators. */
@Controller
class IndicatorController {

	static final String VIEW_LIST = "result/indicators";

	static final String VIEW_FORM = "result/indicatorForm";

	private final Indicators indicators;

	private final CooperationGroups groups;

	private final ResultAccess access;

	private final YearlyResults results;

	IndicatorController(Indicators indicators, CooperationGroups groups, ResultAccess access, YearlyResults results) {
		this.indicators = indicators;
		this.groups = groups;
		this.access = access;
		this.results = results;
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
	@Transactional
	String processCreationForm(@ModelAttribute("form") IndicatorForm form, BindingResult binding, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		requireManager(viewer);
		Optional<IndicatorDraft> draft = validate(form, null, binding);
		if (draft.isEmpty()) {
			return showForm(null, model);
		}
		this.indicators.save(new Indicator(draft.get()));
		redirect.addFlashAttribute("message", "indicatorSaved");
		return "redirect:/indicators";
	}

	@GetMapping("/indicators/{id}/edit")
	@Transactional(readOnly = true)
	String initUpdateForm(@PathVariable Long id, Viewer viewer, Model model) {
		requireManager(viewer);
		Indicator indicator = this.indicators.findById(id).orElseThrow(NotFoundException::new);
		model.addAttribute("form", IndicatorForm.of(indicator));
		return showForm(indicator, model);
	}

	@PostMapping("/indicators/{id}/edit")
	@Transactional
	String processUpdateForm(@PathVariable Long id, @ModelAttribute("form") IndicatorForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		requireManager(viewer);
		Indicator indicator = this.indicators.findById(id).orElseThrow(NotFoundException::new);
		if (FormValues.version(form.version()).orElse(-1L) != indicator.getVersion()) {
			binding.reject("record.changedMeanwhile");
		}
		Optional<IndicatorDraft> draft = validate(form, indicator, binding);
		if (draft.isEmpty()) {
			return showForm(indicator, model);
		}
		indicator.apply(draft.get());
		redirect.addFlashAttribute("message", "indicatorSaved");
		return "redirect:/indicators";
	}

	private Optional<IndicatorDraft> validate(IndicatorForm form, Indicator existing, Errors errors) {
		String code = ResultFormValidator.trim(form.code());
		code = code == null ? null : code.toUpperCase(Locale.ROOT);
		if (code == null) {
			errors.rejectValue("code", "indicator.error.codeRequired");
		}
		else if (!code.matches("[A-Z0-9][A-Z0-9_.-]{1,29}")) {
			errors.rejectValue("code", "indicator.error.codeInvalid");
		}
		else if (this.indicators.existsOtherWithCode(code, existing == null ? null : existing.getId())) {
			errors.rejectValue("code", "indicator.error.codeTaken");
		}
		String nameVi = name(form.nameVi(), "nameVi", errors);
		String nameEn = name(form.nameEn(), "nameEn", errors);
		IndicatorUnit unit = required(form.unit(), IndicatorUnit.class, "unit", errors);
		String countNounVi = unit == IndicatorUnit.COUNT ? countNoun(form.countNounVi(), "countNounVi", errors) : null;
		String countNounEn = unit == IndicatorUnit.COUNT ? countNoun(form.countNounEn(), "countNounEn", errors) : null;
		Aggregation aggregation = required(form.aggregation(), Aggregation.class, "aggregation", errors);
		Direction direction = required(form.direction(), Direction.class, "direction", errors);
		Long groupId = FormValues.id(form.groupId(), "groupId", "indicator.error.groupRequired", errors);
		CooperationGroup group = groupId == null ? null : this.groups.findById(groupId).orElse(null);
		if (group == null && !errors.hasFieldErrors("groupId")) {
			errors.rejectValue("groupId", "indicator.error.groupRequired");
		}
		// Changing how existing figures add up would silently change every total already reported.
		if (existing != null && aggregation != null && aggregation != existing.getAggregation()
				&& this.results.existsForIndicator(existing.getId())) {
			errors.rejectValue("aggregation", "indicator.error.aggregationInUse");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new IndicatorDraft(code, nameVi, nameEn, unit, countNounVi, countNounEn, group, aggregation,
				direction));
	}

	private static String name(String text, String field, Errors errors) {
		return typed(text, field, 300, "NotBlank", errors);
	}

	/** "15 hội nghị", not "15": a count says what it counts. */
	private static String countNoun(String text, String field, Errors errors) {
		return typed(text, field, 60, "indicator.error.countNounRequired", errors);
	}

	private static String typed(String text, String field, int maxLength, String missingCode, Errors errors) {
		String value = ResultFormValidator.trim(text);
		if (value == null) {
			errors.rejectValue(field, missingCode);
		}
		else if (value.length() > maxLength) {
			errors.rejectValue(field, "result.error.tooLong", new Object[] { maxLength }, null);
		}
		return value;
	}

	private static <E extends Enum<E>> E required(String text, Class<E> type, String field, Errors errors) {
		E value = FormValues.choice(text, type, field, "indicator.error.choiceRequired", errors);
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "indicator.error.choiceRequired");
		}
		return value;
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
