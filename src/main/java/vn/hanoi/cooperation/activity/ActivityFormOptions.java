package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import vn.hanoi.cooperation.agreement.Agreements;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.RecordEntity;

/** The choices an activity form offers: its plan year's groups, the departments and provinces of its dates. */
@Component
class ActivityFormOptions {

	private final Plans plans;

	private final Departments departments;

	private final Provinces provinces;

	private final Agreements agreements;

	ActivityFormOptions(Plans plans, Departments departments, Provinces provinces, Agreements agreements) {
		this.plans = plans;
		this.departments = departments;
		this.provinces = provinces;
		this.agreements = agreements;
	}

	/**
	 * The plan's groups, and the departments and provinces valid on the activity's own {@link UnitDay} as the form
	 * has it so far (a date not yet readable counts as absent).
	 */
	void addTo(Model model, ActivityForm form) {
		List<Plan> open = this.plans.findOpenForActivities();
		Integer planYear = form.year();
		Plan plan = planYear == null ? null : this.plans.findByYear(planYear).orElse(null);
		if (plan == null || plan.getGroups().isEmpty()) {
			plan = open.isEmpty() ? null : this.plans.findByYear(open.get(0).getYear()).orElseThrow();
		}
		Errors ignored = new MapBindingResult(new HashMap<>(), "form");
		LocalDate day = plan == null ? null : UnitDay.of(FormValues.day(form.plannedStart(), "plannedStart", ignored),
				FormValues.day(form.deadline(), "deadline", ignored), plan);
		model.addAttribute("plans", open);
		model.addAttribute("selectedPlan", plan);
		model.addAttribute("unitDay", day);
		model.addAttribute("groups", plan == null ? List.of() : plan.getGroups());
		Set<Long> notOnDay = new HashSet<>();
		List<Long> chosenDepartments = new ArrayList<>(ids(form.coordinatingDepartmentIds()));
		chosenDepartments.addAll(ids(Collections.singletonList(form.leadDepartmentId())));
		model.addAttribute("departments", day == null ? List.of()
				: withChosen(this.departments.findValidOn(day), chosenDepartments, this.departments::findByIdIn,
						notOnDay));
		model.addAttribute("provinces", day == null ? List.of()
				: withChosen(this.provinces.findValidOn(day), ids(form.partnerProvinceIds()),
						this.provinces::findByIdIn, notOnDay));
		model.addAttribute("notOnDay", notOnDay);
		model.addAttribute("statuses", ActivityStatus.values());
	}

	/**
	 * The units in force on the day, and after them those the record already names though they are not (an
	 * activity of early 2025 saved with a unit of July 2025): shown and flagged, never dropped unseen.
	 */
	private static <T extends RecordEntity> List<T> withChosen(List<T> inForce, List<Long> chosen,
			Function<List<Long>, List<T>> load, Set<Long> notOnDay) {
		Set<Long> offered = new HashSet<>();
		inForce.forEach(unit -> offered.add(unit.getId()));
		List<Long> missing = chosen.stream().filter(id -> !offered.contains(id)).distinct().toList();
		if (missing.isEmpty()) {
			return inForce;
		}
		List<T> others = load.apply(missing);
		others.forEach(unit -> notOnDay.add(unit.getId()));
		List<T> all = new ArrayList<>(inForce);
		all.addAll(others);
		return all;
	}

	/** The agreements signed with the partner provinces the form has chosen (none until one is chosen). */
	void addAgreements(Model model, ActivityForm form) {
		List<Long> ids = form == null ? List.of() : ids(form.partnerProvinceIds());
		model.addAttribute("agreements", ids.isEmpty() ? List.of() : this.agreements.findRelatedToProvinces(ids));
	}

	/** The ids the form holds, leaving out what is no id (the validator explains those). */
	private static List<Long> ids(List<String> texts) {
		return texts.stream()
			.filter(text -> text != null && text.strip().matches("\\d{1,18}"))
			.map(text -> Long.valueOf(text.strip()))
			.toList();
	}

}
