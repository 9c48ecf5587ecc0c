package vn.hanoi.cooperation.group;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CooperationGroupController {

	static final String VIEW_LIST = "group/groups";

	private final CooperationGroups groups;

	CooperationGroupController(CooperationGroups groups) {
		this.groups = groups;
	}

	@GetMapping("/groups")
	String list(Model model) {
		model.addAttribute("groups", this.groups.findAllWithLeadSuccessors());
		return VIEW_LIST;
	}

}
