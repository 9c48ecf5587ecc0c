package vn.hanoi.cooperation.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's front page: the current plan and its groups of cooperation content. */
@Controller
class HomeController {

	static final String VIEW_HOME = "home/home";

	private final FrontPagePlan plan;

	HomeController(FrontPagePlan plan) {
		this.plan = plan;
	}

	@GetMapping("/")
	String home(Model model) {
		this.plan.latest().ifPresent(shown -> model.addAttribute("plan", shown));
		return VIEW_HOME;
	}

}
