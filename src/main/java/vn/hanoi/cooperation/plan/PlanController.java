package vn.hanoi.cooperation.plan;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.hanoi.cooperation.system.NotFoundException;

@Controller
class PlanController {

	static final String VIEW_LIST = "plan/plans";

	static final String VIEW_DETAIL = "plan/plan";

	private final Plans plans;

	PlanController(Plans plans) {
		this.plans = plans;
	}

	@GetMapping("/plans")
	String list(Model model) {
		model.addAttribute("plans", this.plans.findAllByOrderByYearDesc());
		return VIEW_LIST;
	}

	@GetMapping("/plans/{year}")
	String show(@PathVariable int year, Model model) {
		model.addAttribute("plan", this.plans.findByYear(year).orElseThrow(NotFoundException::new));
		return VIEW_DETAIL;
	}

}
