package vn.hanoi.cooperation.result;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.NotFoundException;

/** The year view (per group: target, actual, % of target, year over year); locking is {@link YearLockController}. */
@Controller
class ResultYearController {

	static final String VIEW_YEAR = "result/year";

	private final YearReportCache reports;

	private final ResultAccess access;

	private final YearLocks locks;

	private final ReportingYear reportingYear;

	private final ResultFormValidator years;

	private final Clock clock;

	ResultYearController(YearReportCache reports, ResultAccess access, YearLocks locks, ReportingYear reportingYear,
			ResultFormValidator years, Clock clock) {
		this.reports = reports;
		this.access = access;
		this.locks = locks;
		this.reportingYear = reportingYear;
		this.years = years;
		this.clock = clock;
	}

	/**
	 * The year "My work" asks departments for ({@link ReportingYear}), whoever looks: everyone reads of the year being
	 * reported, and last year's page stays one click away. This year when every year up to it is locked.
	 */
	@GetMapping("/results")
	String landing() {
		Integer year = this.reportingYear.today();
		return "redirect:/results/years/" + (year != null ? year : LocalDate.now(this.clock).getYear());
	}

	@GetMapping("/results/years/{year}")
	String year(@PathVariable int year, @RequestParam(required = false) String all, Viewer viewer, Model model) {
		// The years the result form offers, and no others: 2099 opened empty tables as if it were being reported.
		if (!this.years.isOpenYear(year)) {
			throw new NotFoundException();
		}
		boolean includeUnapproved = "true".equals(all) && !viewer.isProvince();
		YearReport yearReport = this.reports.of(year, viewer, includeUnapproved);
		model.addAttribute("report", yearReport);
		model.addAttribute("writableGroups", yearReport.groups()
			.stream()
			.filter(section -> this.access.canWriteNarrative(viewer, section.group().leadDepartmentId()))
			.map(section -> section.group().number())
			.toList());
		model.addAttribute("year", year);
		model.addAttribute("firstYear", ResultFormValidator.FIRST_YEAR);
		model.addAttribute("lastYear", this.years.lastYear());
		// Read afresh, two small statements: keyed on 'inbox', the only subject that numbers locks, the kept report
		// would be computed again whenever someone opens their inbox.
		model.addAttribute("lock", this.locks.find(year).orElse(null));
		model.addAttribute("canLock", this.access.canLock(viewer));
		model.addAttribute("canEnter", this.access.canEnter(viewer));
		model.addAttribute("viewer", viewer);
		if (!viewer.isProvince()) {
			model.addAttribute("lockEvents", this.locks.events(year));
		}
		return VIEW_YEAR;
	}

}
