package vn.hanoi.cooperation.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Viewer;

/**
 * A partner province's officer lands here: their unit and the units merged into it in 2025, the agreements and
 * activities Hanoi shares with them, and the approved results that concern them, which they confirm or dispute.
 * The data is their unit's page as {@link ProvincePages} keeps it for their scope.
 */
@Controller
class MyProvinceController {

	static final String VIEW_MY_PROVINCE = "home/myProvince";

	private static final String PATH = "/my-province";

	private final ProvincePages pages;

	MyProvinceController(ProvincePages pages) {
		this.pages = pages;
	}

	@GetMapping(PATH)
	String myProvince(@RequestParam(required = false) String resultYear,
			@RequestParam(required = false) String resultPage, Viewer viewer, Model model) {
		if (!viewer.isProvince()) {
			return "redirect:/";
		}
		ProvincePages.Page page = this.pages.of(viewer.provinceId(), viewer, resultYear, resultPage, PATH);
		page.addTo(model);
		return VIEW_MY_PROVINCE;
	}

}
