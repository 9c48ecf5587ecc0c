package vn.hanoi.cooperation.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.cooperation.plan.Plans;

/** The portal's front page: the current plan and its groups of cooperation content. */
@Controller
class HomeController {

	static final String VIEW_HOME = "home/home";

	private final Plans plans;

	HomeController(Plans plans) {
		this.plans = plans;
	}

	@GetMapping("/")
	String home(Model model) {
		this.plans.findFirstByOrderByYearDesc()
			.flatMap(latest -> this.plans.findByYear(latest.getYear()))
			.ifPresent(plan -> model.addAttribute("plan", plan));
		return VIEW_HOME;
	}

}
