package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.VietnameseOrder;

/** The register of agreements with its filters, and an agreement's page with its documents. */
@Controller
class AgreementController {

	static final String VIEW_LIST = "agreement/agreements";

	static final String VIEW_DETAIL = "agreement/agreement";

	private final AgreementSearch search;

	private final AgreementService service;

	private final AgreementAccess access;

	private final Provinces provinces;

	AgreementController(AgreementSearch search, AgreementService service, AgreementAccess access,
			Provinces provinces) {
		this.search = search;
		this.service = service;
		this.access = access;
		this.provinces = provinces;
	}

	/** A mistyped day ({@code inForceOn}) is said beside its field, with no rows rather than every agreement. */
	@GetMapping("/agreements")
	String list(@ModelAttribute("filter") AgreementFilter filter, Viewer viewer, Model model) {
		model.addAttribute("rows", filter.inForceOnError() != null ? java.util.List.of()
				: this.search.find(filter, viewer, this.service.today()));
		model.addAttribute("canManage", this.access.canManage(viewer));
		// A province officer filters among their own unit and its predecessors only.
		model.addAttribute("provinces", viewer.isProvince() ? this.provinces.findByIdIn(viewer.provinceLineage())
				: this.provinces.findFiltered(null, null)
					.stream()
					.filter(p -> !p.isHanoi())
					.sorted(java.util.Comparator.comparing(Province::getValidFrom).reversed()
						.thenComparing(VietnameseOrder.by(Province::getNameVi)))
					.toList());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("kinds", AgreementKind.values());
		return VIEW_LIST;
	}

	/** {@code documentError=tooLarge} comes from the upload limit filter ({@link DocumentUploadReturn}), which cannot render a page itself. */
	@GetMapping("/agreements/{id}")
	String show(@PathVariable Long id, @RequestParam(required = false) String documentError, Viewer viewer,
			Model model) {
		if ("tooLarge".equals(documentError) && !model.containsAttribute("documentError")) {
			model.addAttribute("documentError", documentError);
		}
		return show(id, viewer, model);
	}

	String show(Long id, Viewer viewer, Model model) {
		Agreement agreement = this.service.findVisible(id, viewer);
		LocalDate today = this.service.today();
		model.addAttribute("agreement", agreement);
		model.addAttribute("row", AgreementSearch.rowOf(agreement, viewer, today));
		model.addAttribute("documents", this.service.documentsOf(id));
		model.addAttribute("canManage", this.access.canManage(viewer));
		model.addAttribute("maxDocumentMb", this.service.maxDocumentMegabytes());
		// As on an activity's page, the history is Hanoi's: it names unshared values and other partners.
		if (!viewer.isProvince()) {
			model.addAttribute("history", this.service.historyOf(id));
		}
		return VIEW_DETAIL;
	}

}
