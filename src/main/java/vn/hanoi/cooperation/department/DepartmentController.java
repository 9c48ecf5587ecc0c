package vn.hanoi.cooperation.department;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DepartmentController {

	static final String VIEW_LIST = "department/departments";

	private final Departments departments;

	DepartmentController(Departments departments) {
		this.departments = departments;
	}

	@GetMapping("/departments")
	String list(Model model) {
		model.addAttribute("departments", this.departments.findAllOrdered());
		return VIEW_LIST;
	}

}
