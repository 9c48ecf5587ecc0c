package vn.hanoi.cooperation.province;

import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.system.NotFoundException;

@Controller
class ProvinceController {

	static final String VIEW_LIST = "province/provinces";

	static final String VIEW_DETAIL = "province/province";

	private final Provinces provinces;

	ProvinceController(Provinces provinces) {
		this.provinces = provinces;
	}

	@GetMapping("/provinces")
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) Region region, @RequestParam(required = false) ProvincePeriod period,
			Model model) {
		model.addAttribute("provinces",
				this.provinces.findFiltered(region, period == null ? null : period.firstDay()));
		// The units each 2025 unit was formed from, in one query for the whole list.
		model.addAttribute("predecessors", this.provinces.findFiltered(null, ProvincePeriod.UNITS_2008.firstDay())
			.stream()
			.filter(old -> old.getSuccessor() != null)
			.collect(Collectors.groupingBy(old -> old.getSuccessor().getId())));
		model.addAttribute("regions", Region.values());
		model.addAttribute("periods", ProvincePeriod.values());
		model.addAttribute("region", region);
		model.addAttribute("period", period);
		return VIEW_LIST;
	}

	@GetMapping("/provinces/{id}")
	@Transactional(readOnly = true)
	String show(@PathVariable Long id, Model model) {
		Province province = this.provinces.findById(id).orElseThrow(NotFoundException::new);
		model.addAttribute("province", province);
		model.addAttribute("predecessors", this.provinces.findBySuccessorIdOrderByNameVi(province.getId()));
		return VIEW_DETAIL;
	}

}
