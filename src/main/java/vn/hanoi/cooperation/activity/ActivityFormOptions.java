package vn.hanoi.cooperation.activity;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hanoi.cooperation.agreement.Agreements;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.Provinces;

/** The choices an activity form offers for its plan year: the year's groups, departments and provinces. */
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

	void addTo(Model model, Integer planYear) {
		List<Plan> open = this.plans.findOpenForActivities();
		Plan plan = planYear == null ? null : this.plans.findByYear(planYear).orElse(null);
		if (plan == null || plan.getGroups().isEmpty()) {
			plan = open.isEmpty() ? null : this.plans.findByYear(open.get(0).getYear()).orElseThrow();
		}
		model.addAttribute("plans", open);
		model.addAttribute("selectedPlan", plan);
		model.addAttribute("groups", plan == null ? List.of() : plan.getGroups());
		model.addAttribute("departments",
				plan == null ? List.of() : this.departments.findValidOn(plan.referenceDay()));
		model.addAttribute("provinces", plan == null ? List.of() : this.provinces.findValidOn(plan.referenceDay()));
		model.addAttribute("statuses", ActivityStatus.values());
	}

	/** The agreements signed with the partner provinces the form has chosen (none until one is chosen). */
	void addAgreements(Model model, ActivityForm form) {
		List<Long> ids = form == null ? List.of() : form.partnerProvinceIds()
			.stream()
			.filter(text -> text != null && text.strip().matches("\\d{1,18}"))
			.map(text -> Long.valueOf(text.strip()))
			.toList();
		model.addAttribute("agreements", ids.isEmpty() ? List.of() : this.agreements.findRelatedToProvinces(ids));
	}

}
