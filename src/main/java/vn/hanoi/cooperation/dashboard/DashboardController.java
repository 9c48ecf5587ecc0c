package vn.hanoi.cooperation.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.province.ProvincePeriod;

/** The plan's progress at a glance, one year at a time, for leaders (and, restricted, for everyone else). */
@Controller
class DashboardController {

	static final String VIEW_DASHBOARD = "dashboard/dashboard";

	private final DashboardQueries queries;

	private final Plans plans;

	private final DashboardCache cache;

	private final DashboardBodyRenderer renderer;

	private final Clock clock;

	DashboardController(DashboardQueries queries, Plans plans, DashboardCache cache, DashboardBodyRenderer renderer,
			Clock clock) {
		this.queries = queries;
		this.plans = plans;
		this.cache = cache;
		this.renderer = renderer;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Integer year, @RequestParam(required = false) ProvincePeriod map,
			@RequestParam(required = false) Long indicator, Viewer viewer, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		LocalDate today = LocalDate.now(this.clock);
		List<Integer> planYears = this.plans.findYears();
		int shownYear = year != null && planYears.contains(year) ? year
				: planYears.stream().filter(y -> y <= today.getYear()).findFirst().orElse(today.getYear());
		ProvincePeriod shownMap = map != null ? map : ProvincePeriod.forYear(shownYear);
		DashboardCache.Key key = new DashboardCache.Key(this.cache.dataVersion(), today, shownYear, shownMap, indicator,
				viewer.isProvince() ? Set.copyOf(viewer.provinceLineage()) : Set.of());
		Set<Long> own = viewer.is(Role.STAFF) ? Set.copyOf(viewer.departmentLineage()) : Set.of();
		DashboardCache.Figures figures = this.cache.get(key,
				() -> this.queries.build(shownYear, shownMap, viewer, today, indicator));
		Dashboard dashboard = figures.dashboard().markingOwn(own);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("figuresComputedAt", figures.computedAt());
		model.addAttribute("maps", ProvincePeriod.values());
		model.addAttribute("dashboardBody", this.cache.body(new DashboardCache.BodyKey(figures.key(), locale, own),
				() -> this.renderer.render(Map.of("dashboard", dashboard, "maps", ProvincePeriod.values()), locale,
						request, response)));
		return VIEW_DASHBOARD;
	}

}
