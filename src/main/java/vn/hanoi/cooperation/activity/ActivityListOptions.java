package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.Names;
import vn.hanoi.cooperation.system.ReadCache;

/**
 * The choices of the list's filters, kept in memory as plain records until the reference data changes (plans,
 * groups, departments and units renew the version's {@code reference} subject, V70): every list page showed ~140
 * of them, read as entities by five queries; a kept page runs one version read instead.
 */
@Component
class ActivityListOptions {

	/** Whole city, and each province officer's lineage. */
	private static final int MAX_ENTRIES = 200;

	/** What the filters offer, for one reader. */
	record Choices(List<Integer> years, List<FilterChoice> groups, List<FilterChoice> departments,
			List<FilterChoice> provinces2025, List<FilterChoice> provinces2008) {
	}

	private record Key(long referenceVersion, ReadScope scope) {
	}

	private final ReadCache<Key, Choices> kept = new ReadCache<>(MAX_ENTRIES);

	private final Plans plans;

	private final CooperationGroups groups;

	private final Departments departments;

	private final Provinces provinces;

	private final DataVersion dataVersion;

	ActivityListOptions(Plans plans, CooperationGroups groups, Departments departments, Provinces provinces,
			DataVersion dataVersion) {
		this.plans = plans;
		this.groups = groups;
		this.departments = departments;
		this.provinces = provinces;
		this.dataVersion = dataVersion;
	}

	void addTo(Model model, Viewer viewer) {
		Choices choices = choicesFor(ReadScope.of(viewer));
		model.addAttribute("years", choices.years());
		model.addAttribute("groups", choices.groups());
		model.addAttribute("departments", choices.departments());
		model.addAttribute("provinces2025", choices.provinces2025());
		model.addAttribute("provinces2008", choices.provinces2008());
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("deadlineStatuses", DeadlineStatus.values());
		model.addAttribute("sorts", ActivityFilter.Sort.values());
	}

	Choices choicesFor(ReadScope scope) {
		return this.kept.get(new Key(this.dataVersion.of(List.of()), scope), key -> read(key.scope()));
	}

	/** How many times the choices were read from the database rather than from memory since the start. */
	long reads() {
		return this.kept.loads();
	}

	private Choices read(ReadScope scope) {
		List<FilterChoice> groups = this.groups.findAllByOrderByNumber().stream().map(ActivityListOptions::group).toList();
		List<FilterChoice> departments = this.departments.findAllOrdered()
			.stream()
			.map(ActivityListOptions::department)
			.toList();
		Predicate<Province> since2025 = p -> !p.getValidFrom().isBefore(Province.MERGER_DAY);
		// A province officer filters among their own unit and its predecessors only.
		List<Province> units2025 = scope.wholeCity() ? this.provinces.findValidOn(Province.MERGER_DAY)
				: this.provinces.findByIdIn(scope.provinces()).stream().filter(since2025).toList();
		List<Province> units2008 = scope.wholeCity() ? this.provinces.findValidOn(LocalDate.of(2025, 6, 30))
				: this.provinces.findByIdIn(scope.provinces()).stream().filter(since2025.negate()).toList();
		return new Choices(List.copyOf(this.plans.findYears()), groups, departments,
				units2025.stream().map(ActivityListOptions::unit).toList(),
				units2008.stream().map(ActivityListOptions::unit).toList());
	}

	private static FilterChoice group(CooperationGroup group) {
		return new FilterChoice(group.getId(), group.getNumber(), Names.of(group), null);
	}

	private static FilterChoice department(Department department) {
		return new FilterChoice(department.getId(), null, Names.of(department), department.getValidTo());
	}

	private static FilterChoice unit(Province province) {
		return new FilterChoice(province.getId(), null, Names.of(province), province.getValidTo());
	}

}
