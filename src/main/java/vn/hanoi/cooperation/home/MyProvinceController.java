package vn.hanoi.cooperation.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.NotFoundException;

/** A partner province's officer lands here: their unit and the units merged into it in 2025. */
@Controller
class MyProvinceController {

	static final String VIEW_MY_PROVINCE = "home/myProvince";

	private final Provinces provinces;

	MyProvinceController(Provinces provinces) {
		this.provinces = provinces;
	}

	@GetMapping("/my-province")
	@Transactional(readOnly = true)
	String myProvince(@AuthenticationPrincipal PortalUser user, Model model) {
		if (!user.is(Role.PROVINCE)) {
			return "redirect:/";
		}
		Province province = this.provinces.findById(user.getProvinceId()).orElseThrow(NotFoundException::new);
		model.addAttribute("province", province);
		model.addAttribute("predecessors", this.provinces.findBySuccessorIdOrderByNameVi(province.getId()));
		return VIEW_MY_PROVINCE;
	}

}
