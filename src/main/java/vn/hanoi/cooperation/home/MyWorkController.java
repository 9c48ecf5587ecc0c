package vn.hanoi.cooperation.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityAttention;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.system.NotFoundException;

/** A staff officer's page: what needs attention first, their department and the groups it leads. */
@Controller
class MyWorkController {

	static final String VIEW_MY_WORK = "home/myWork";

	private final Departments departments;

	private final CooperationGroups groups;

	private final ActivityAttention attention;

	MyWorkController(Departments departments, CooperationGroups groups, ActivityAttention attention) {
		this.departments = departments;
		this.groups = groups;
		this.attention = attention;
	}

	@GetMapping("/my-work")
	String myWork(Viewer viewer, Model model) {
		if (!viewer.is(Role.STAFF)) {
			return "redirect:/";
		}
		Department department = this.departments.findById(viewer.departmentId()).orElseThrow(NotFoundException::new);
		model.addAttribute("attention", this.attention.of(viewer));
		var lineage = viewer.departmentLineage();
		model.addAttribute("department", department);
		model.addAttribute("predecessors", this.departments.findBySuccessorIdOrderByNameVi(department.getId()));
		model.addAttribute("ledGroups", this.groups.findAllByOrderByNumber()
			.stream()
			.filter(g -> g.getLeadDepartment() != null && lineage.contains(g.getLeadDepartment().getId()))
			.toList());
		return VIEW_MY_WORK;
	}

}
