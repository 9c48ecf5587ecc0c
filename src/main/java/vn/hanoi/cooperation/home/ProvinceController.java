package vn.hanoi.cooperation.home;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.province.Region;
import vn.hanoi.cooperation.system.NotFoundException;

@Controller
class ProvinceController {

	static final String VIEW_LIST = "province/provinces";

	static final String VIEW_DETAIL = "province/province";

	private final Provinces provinces;

	private final ProvinceRecordCounts counts;

	private final ProvincePages pages;

	ProvinceController(Provinces provinces, ProvinceRecordCounts counts, ProvincePages pages) {
		this.provinces = provinces;
		this.counts = counts;
		this.pages = pages;
	}

	/** Hanoi's users see every unit with its counts; a province officer sees only their unit and its predecessors. */
	@GetMapping("/provinces")
	String list(@RequestParam(required = false) Region region, @RequestParam(required = false) ProvincePeriod period,
			Viewer viewer, Model model) {
		List<Province> units = this.provinces.findFiltered(region, period == null ? null : period.firstDay());
		if (viewer.isProvince()) {
			units = units.stream().filter(p -> viewer.provinceLineage().contains(p.getId())).toList();
		}
		else {
			model.addAttribute("counts", this.counts.all());
		}
		model.addAttribute("provinces", units);
		// The units each 2025 unit was formed from, in one query for the whole list.
		model.addAttribute("predecessors", this.provinces.findFiltered(null, ProvincePeriod.UNITS_2008.firstDay())
			.stream()
			.filter(old -> old.getSuccessor() != null)
			.filter(old -> !viewer.isProvince() || viewer.provinceLineage().contains(old.getId()))
			.collect(Collectors.groupingBy(old -> old.getSuccessor().getId())));
		model.addAttribute("regions", Region.values());
		model.addAttribute("periods", ProvincePeriod.values());
		model.addAttribute("region", region);
		model.addAttribute("period", period);
		return VIEW_LIST;
	}

	/**
	 * The full picture of a unit: its agreements, activities and approved results with the province's answers, its
	 * predecessors' included.
	 */
	@GetMapping("/provinces/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String resultYear,
			@RequestParam(required = false) String resultPage, Viewer viewer, Model model) {
		if (viewer.isProvince() && !viewer.provinceLineage().contains(id)) {
			throw new NotFoundException();
		}
		ProvincePages.Page page = this.pages.of(id, viewer, resultYear, resultPage);
		page.addTo(model);
		return VIEW_DETAIL;
	}

}
