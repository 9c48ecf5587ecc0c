package vn.hanoi.cooperation.inbox;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.RoleHome;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityAttention;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Everyone's inbox: what waits for them, each item linking to where it is done. Staff also see their
 * department's activities that need attention and the groups it leads. Administrators have no inbox.
 */
@Controller
class InboxController {

	static final String VIEW_INBOX = "inbox/inbox";

	private final Inbox inbox;

	private final Departments departments;

	private final CooperationGroups groups;

	private final ActivityAttention attention;

	InboxController(Inbox inbox, Departments departments, CooperationGroups groups, ActivityAttention attention) {
		this.inbox = inbox;
		this.departments = departments;
		this.groups = groups;
		this.attention = attention;
	}

	@GetMapping("/my-work")
	String inbox(Viewer viewer, Model model) {
		if (viewer.is(Role.ADMIN)) {
			return "redirect:" + RoleHome.pathFor(Role.ADMIN);
		}
		model.addAttribute("sections", this.inbox.sectionsOf(viewer));
		model.addAttribute("reportingYear", this.inbox.reportingYear());
		model.addAttribute("role", viewer.role().name());
		if (viewer.is(Role.STAFF)) {
			Department department = this.departments.findById(viewer.departmentId())
				.orElseThrow(NotFoundException::new);
			var lineage = viewer.departmentLineage();
			model.addAttribute("attention", this.attention.of(viewer));
			model.addAttribute("department", department);
			model.addAttribute("predecessors", this.departments.findBySuccessorIdOrderByNameVi(department.getId()));
			model.addAttribute("ledGroups", this.groups.findAllByOrderByNumber()
				.stream()
				.filter(g -> g.getLeadDepartment() != null && lineage.contains(g.getLeadDepartment().getId()))
				.toList());
		}
		return VIEW_INBOX;
	}

}
