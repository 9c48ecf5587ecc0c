package vn.hanoi.cooperation.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.system.NotFoundException;

/** A staff officer's page: their department, the units merged into it, and the groups it leads. */
@Controller
class MyWorkController {

	static final String VIEW_MY_WORK = "home/myWork";

	private final Departments departments;

	private final CooperationGroups groups;

	MyWorkController(Departments departments, CooperationGroups groups) {
		this.departments = departments;
		this.groups = groups;
	}

	@GetMapping("/my-work")
	@Transactional(readOnly = true)
	String myWork(@AuthenticationPrincipal PortalUser user, Model model) {
		if (!user.is(Role.STAFF)) {
			return "redirect:/";
		}
		Department department = this.departments.findById(user.getDepartmentId()).orElseThrow(NotFoundException::new);
		var lineage = this.departments.findLineageIds(department.getId());
		model.addAttribute("department", department);
		model.addAttribute("predecessors", this.departments.findBySuccessorIdOrderByNameVi(department.getId()));
		model.addAttribute("ledGroups", this.groups.findAllByOrderByNumber()
			.stream()
			.filter(g -> g.getLeadDepartment() != null && lineage.contains(g.getLeadDepartment().getId()))
			.toList());
		return VIEW_MY_WORK;
	}

}
