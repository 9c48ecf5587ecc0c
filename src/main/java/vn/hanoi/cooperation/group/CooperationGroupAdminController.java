package vn.hanoi.cooperation.group;

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

import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.system.NotFoundException;
import vn.hanoi.cooperation.system.SavedMeanwhile;

/** Administrators correct a group's names and its (inferred) lead department. */
@Controller
class CooperationGroupAdminController {

	static final String VIEW_FORM = "group/groupForm";

	private final CooperationGroups groups;

	private final Departments departments;

	private final CooperationGroupAdministration administration;

	CooperationGroupAdminController(CooperationGroups groups, Departments departments,
			CooperationGroupAdministration administration) {
		this.groups = groups;
		this.departments = departments;
		this.administration = administration;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("nameVi", "nameEn", "leadDepartmentId", "version");
	}

	@GetMapping("/admin/groups/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Model model) {
		CooperationGroup group = find(id);
		model.addAttribute("form", CooperationGroupForm.of(group));
		return showForm(group, model);
	}

	@PostMapping("/admin/groups/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") CooperationGroupForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		CooperationGroup group = SavedMeanwhile.write(() -> this.administration.update(id, form, result),
				() -> find(id), form::withVersion, model);
		if (result.hasErrors() || SavedMeanwhile.happened(model)) {
			return showForm(group, model);
		}
		redirect.addFlashAttribute("message", "saved");
		return "redirect:/groups";
	}

	private String showForm(CooperationGroup group, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("departments", this.departments.findAllOrdered());
		return VIEW_FORM;
	}

	private CooperationGroup find(Long id) {
		return this.groups.findById(id).orElseThrow(NotFoundException::new);
	}

}
