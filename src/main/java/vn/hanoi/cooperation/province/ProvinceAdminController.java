package vn.hanoi.cooperation.province;

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
class ProvinceAdminController {

	static final String VIEW_FORM = "province/provinceForm";

	private final Provinces provinces;

	private final ProvinceAdministration administration;

	ProvinceAdminController(Provinces provinces, ProvinceAdministration administration) {
		this.provinces = provinces;
		this.administration = administration;
	}

	@InitBinder("form")
	void allowFields(WebDataBinder binder) {
		binder.setAllowedFields("nameVi", "nameEn", "nameViFull", "version");
	}

	@GetMapping("/admin/provinces/{id}/edit")
	String initUpdateForm(@PathVariable Long id, Model model) {
		Province province = find(id);
		model.addAttribute("province", province);
		model.addAttribute("form", ProvinceForm.of(province));
		return VIEW_FORM;
	}

	@PostMapping("/admin/provinces/{id}/edit")
	String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") ProvinceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Province province = SavedMeanwhile.write(() -> this.administration.rename(id, form, result),
				() -> find(id), form::withVersion, model);
		if (result.hasErrors() || SavedMeanwhile.happened(model)) {
			model.addAttribute("province", province);
			return VIEW_FORM;
		}
		redirect.addFlashAttribute("message", "saved");
		return "redirect:/provinces/" + province.getId();
	}

	private Province find(Long id) {
		return this.provinces.findById(id).orElseThrow(NotFoundException::new);
	}

}
