package vn.hanoi.cooperation.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.FormValues;

/** The choices a result form offers for its year: indicators, the departments and provinces of that year. */
@Component
class ResultFormOptions {

	private final Indicators indicators;

	private final Departments departments;

	private final Provinces provinces;

	ResultFormOptions(Indicators indicators, Departments departments, Provinces provinces) {
		this.indicators = indicators;
		this.departments = departments;
		this.provinces = provinces;
	}

	/**
	 * A new result's form with what a link asked for already chosen (a missing figure of the inbox or the
	 * completeness view): the indicator if it exists and, for a coordinator, the department if it is one of the
	 * year's. Staff keep their own department, and a link to another department's figure chooses nothing.
	 */
	ResultForm blank(int year, String indicator, String department, Viewer viewer) {
		Long own = viewer.actsForEveryDepartment() ? null : viewer.departmentId();
		Optional<Long> departmentId = FormValues.version(department);
		if (departmentId.isPresent() && !viewer.actsFor(departmentId.get())) {
			return ResultForm.blank(year, own, null);
		}
		Long indicatorId = FormValues.version(indicator)
			.flatMap(this.indicators::findById)
			.map(Indicator::getId)
			.orElse(null);
		Long chosen = !viewer.actsForEveryDepartment() ? own : departmentId.flatMap(this.departments::findById)
			.filter(d -> ResultFormValidator.activeDuring(d, year))
			.map(Department::getId)
			.orElse(null);
		return ResultForm.blank(year, chosen, indicatorId);
	}

	/** Adds the year's choices to the model; the indicators offered, as the page shows them. */
	List<Indicator> addTo(Model model, int year) {
		List<Indicator> offered = this.indicators.findAllOrdered();
		model.addAttribute("indicators", offered);
		model.addAttribute("departments", this.departments.findAllOrdered()
			.stream()
			.filter(d -> ResultFormValidator.activeDuring(d, year))
			.toList());
		// Units of the year's end first (after 1 July 2025 the 34-unit map), then those that ended during the year.
		LocalDate yearEnd = LocalDate.of(year, 12, 31);
		model.addAttribute("provinces", this.provinces.findValidOn(LocalDate.of(year, 1, 1))
			.stream()
			.filter(p -> !p.isValidOn(yearEnd) && !"01".equals(p.getCode()))
			.toList());
		model.addAttribute("provincesAtYearEnd", this.provinces.findValidOn(yearEnd)
			.stream()
			.filter(p -> !"01".equals(p.getCode()))
			.toList());
		return offered;
	}

}
