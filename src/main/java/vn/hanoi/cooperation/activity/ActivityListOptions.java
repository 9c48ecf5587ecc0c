package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;

/** The choices of the list's filters: a fixed handful of small reference queries. */
@Component
class ActivityListOptions {

	private final Plans plans;

	private final CooperationGroups groups;

	private final Departments departments;

	private final Provinces provinces;

	ActivityListOptions(Plans plans, CooperationGroups groups, Departments departments, Provinces provinces) {
		this.plans = plans;
		this.groups = groups;
		this.departments = departments;
		this.provinces = provinces;
	}

	void addTo(Model model, Viewer viewer) {
		model.addAttribute("years", this.plans.findYears());
		model.addAttribute("groups", this.groups.findAllByOrderByNumber());
		model.addAttribute("departments", this.departments.findAllOrdered());
		// A province officer filters among their own unit and its predecessors only.
		model.addAttribute("provinces2025", viewer.isProvince() ? this.provinces.findByIdIn(viewer.provinceLineage())
			.stream()
			.filter(p -> !p.getValidFrom().isBefore(Province.MERGER_DAY))
			.toList() : this.provinces.findValidOn(Province.MERGER_DAY));
		model.addAttribute("provinces2008", viewer.isProvince() ? this.provinces.findByIdIn(viewer.provinceLineage())
			.stream()
			.filter(p -> p.getValidFrom().isBefore(Province.MERGER_DAY))
			.toList() : this.provinces.findValidOn(LocalDate.of(2025, 6, 30)));
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("deadlineStatuses", DeadlineStatus.values());
		model.addAttribute("sorts", ActivityFilter.Sort.values());
	}

}
