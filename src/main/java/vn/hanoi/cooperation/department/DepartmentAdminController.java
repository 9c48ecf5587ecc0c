package vn.hanoi.cooperation.department;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.SavedMeanwhile;

@Controller
class DepartmentAdminController {

	static final String VIEW_FORM = "department/departmentForm";

	private final Departments departments;

	private final DepartmentAdministration administration;

	DepartmentAdminController(Departments departments, DepartmentAdministration administration) {
		this.departments = departments;
		this.administration = administration;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("nameVi", "nameEn", "version");
	}

	@GetMapping("/admin/departments/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Model model) {
		Department department = find(id);
		model.addAttribute("department", department);
		model.addAttribute("form", DepartmentForm.of(department));
		return VIEW_FORM;
	}

	@PostMapping("/admin/departments/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") DepartmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Department department = SavedMeanwhile.write(() -> this.administration.rename(id, form, result),
				() -> find(id), form::withVersion, model);
		if (result.hasErrors() || SavedMeanwhile.happened(model)) {
			model.addAttribute("department", department);
			return VIEW_FORM;
		}
		redirect.addFlashAttribute("message", "saved");
		return "redirect:/departments";
	}

	private Department find(Long id) {
		return this.departments.findById(id).orElseThrow(NotFoundException::new);
	}

}
