package vn.hanoi.cooperation.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ProvinceActivities;
import vn.hanoi.cooperation.agreement.AgreementService;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.result.ProvinceResults;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * A partner province's officer lands here: their unit and the units merged into it in 2025, the agreements and
 * activities Hanoi shares with them, and the approved results that concern them, which they confirm or dispute.
 */
@Controller
class MyProvinceController {

	static final String VIEW_MY_PROVINCE = "home/myProvince";

	private final Provinces provinces;

	private final AgreementService agreements;

	private final ProvinceActivities activities;

	private final ProvinceResults results;

	MyProvinceController(Provinces provinces, AgreementService agreements, ProvinceActivities activities,
			ProvinceResults results) {
		this.provinces = provinces;
		this.agreements = agreements;
		this.activities = activities;
		this.results = results;
	}

	@GetMapping("/my-province")
	String myProvince(@RequestParam(required = false) String resultYear,
			@RequestParam(required = false) String resultPage, Viewer viewer, Model model) {
		if (!viewer.isProvince()) {
			return "redirect:/";
		}
		Province province = this.provinces.findById(viewer.provinceId()).orElseThrow(NotFoundException::new);
		model.addAttribute("province", province);
		model.addAttribute("predecessors", this.provinces.findBySuccessorIdOrderByNameVi(province.getId()));
		model.addAttribute("agreementRows", this.agreements.findInvolving(viewer.provinceLineage(), viewer));
		model.addAttribute("activityGroups", this.activities.of(viewer.provinceLineage(), viewer));
		model.addAttribute("provinceResults", this.results.of(province.getId(), viewer.provinceLineage(), viewer,
				resultYear, resultPage, "/my-province"));
		return VIEW_MY_PROVINCE;
	}

}
