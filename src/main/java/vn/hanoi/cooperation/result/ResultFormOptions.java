package vn.hanoi.cooperation.result;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Provinces;

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

	void addTo(Model model, int year) {
		model.addAttribute("indicators", this.indicators.findAllOrdered());
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
	}

}
