package vn.hanoi.cooperation.province;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ProvinceActivities;
import vn.hanoi.cooperation.agreement.AgreementService;
import vn.hanoi.cooperation.result.ProvinceResults;
import vn.hanoi.cooperation.system.NotFoundException;

@Controller
class ProvinceController {

	static final String VIEW_LIST = "province/provinces";

	static final String VIEW_DETAIL = "province/province";

	private final Provinces provinces;

	private final ProvinceRecordCounts counts;

	private final AgreementService agreements;

	private final ProvinceActivities activities;

	private final ProvinceResults results;

	ProvinceController(Provinces provinces, ProvinceRecordCounts counts, AgreementService agreements,
			ProvinceActivities activities, ProvinceResults results) {
		this.provinces = provinces;
		this.counts = counts;
		this.agreements = agreements;
		this.activities = activities;
		this.results = results;
	}

	/** Hanoi's users see every unit with its counts; a province officer sees only their unit and its predecessors. */
	@GetMapping("/provinces")
	@Transactional(readOnly = true)
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
	@Transactional(readOnly = true)
	String show(@PathVariable Long id, @RequestParam(required = false) String resultYear,
			@RequestParam(required = false) String resultPage, Viewer viewer, Model model) {
		if (viewer.isProvince() && !viewer.provinceLineage().contains(id)) {
			throw new NotFoundException();
		}
		Province province = this.provinces.findById(id).orElseThrow(NotFoundException::new);
		List<Long> lineage = this.provinces.findLineageIds(id);
		model.addAttribute("province", province);
		model.addAttribute("predecessors", this.provinces.findBySuccessorIdOrderByNameVi(province.getId()));
		model.addAttribute("agreementRows", this.agreements.findInvolving(lineage, viewer));
		model.addAttribute("activityGroups", this.activities.of(lineage, viewer));
		model.addAttribute("provinceResults", this.results.of(id, lineage, viewer, resultYear, resultPage,
				"/provinces/" + id));
		return VIEW_DETAIL;
	}

}
