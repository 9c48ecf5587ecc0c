package vn.hanoi.cooperation.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.ProvincePeriod;

/** The plan's progress at a glance, one year at a time, for leaders (and, restricted, for everyone else). */
@Controller
class DashboardController {

	static final String VIEW_DASHBOARD = "dashboard/dashboard";

	/** The content alone, for htmx requests that swap it in place (Thymeleaf's fragment selection). */
	static final String VIEW_DASHBOARD_BODY = "dashboard/dashboardBody :: body";

	private final DashboardQueries queries;

	private final Plans plans;

	private final DashboardCache cache;

	private final Clock clock;

	DashboardController(DashboardQueries queries, Plans plans, DashboardCache cache, Clock clock) {
		this.queries = queries;
		this.plans = plans;
		this.cache = cache;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) ProvincePeriod map,
			@RequestParam(required = false) Long indicator,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Viewer viewer, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		ReadScope scope = ReadScope.of(viewer);
		long dataVersion = this.cache.dataVersion(scope);
		List<Integer> planYears = this.cache.planYears(dataVersion, scope, this.plans::findYears);
		int shownYear = year != null && planYears.contains(year) ? year
				: planYears.stream().filter(y -> y <= today.getYear()).findFirst().orElse(today.getYear());
		ProvincePeriod shownMap = map != null ? map : ProvincePeriod.forYear(shownYear);
		DashboardCache.Key key = new DashboardCache.Key(dataVersion, today, shownYear, shownMap, indicator, scope);
		DashboardCache.Figures figures = this.cache.get(key,
				() -> this.queries.build(shownYear, shownMap, scope, today, indicator));
		Set<Long> own = viewer.is(Role.STAFF) ? Set.copyOf(viewer.departmentLineage()) : Set.of();
		model.addAttribute("dashboard", figures.dashboard().markingOwn(own));
		model.addAttribute("figuresComputedAt", figures.computedAt());
		model.addAttribute("maps", ProvincePeriod.values());
		return htmx != null ? VIEW_DASHBOARD_BODY : VIEW_DASHBOARD;
	}

}
