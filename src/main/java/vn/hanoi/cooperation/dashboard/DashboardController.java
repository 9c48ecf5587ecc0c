package vn.hanoi.cooperation.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.ProvincePeriod;

/** The plan's progress at a glance, one year at a time, for leaders (and, restricted, for everyone else). */
@Controller
class DashboardController {

	static final String VIEW_DASHBOARD = "dashboard/dashboard";

	private final DashboardQueries queries;

	private final Plans plans;

	private final Clock clock;

	DashboardController(DashboardQueries queries, Plans plans, Clock clock) {
		this.queries = queries;
		this.plans = plans;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) ProvincePeriod map,
			@RequestParam(required = false) Long indicator, Viewer viewer, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		int shownYear = year != null && this.plans.findYears().contains(year) ? year
				: this.plans.findYears().stream().filter(y -> y <= today.getYear()).findFirst().orElse(today.getYear());
		ProvincePeriod shownMap = map != null ? map : ProvincePeriod.forYear(shownYear);
		model.addAttribute("dashboard", this.queries.build(shownYear, shownMap, viewer, today, indicator));
		model.addAttribute("maps", ProvincePeriod.values());
		return VIEW_DASHBOARD;
	}

}
