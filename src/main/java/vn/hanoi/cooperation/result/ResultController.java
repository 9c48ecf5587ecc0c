package vn.hanoi.cooperation.result;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

import static vn.hanoi.cooperation.system.SqlValues.idsForIn;

/** A year's entries with their workflow state, and one result with its history. */
@Controller
class ResultController {

	static final String VIEW_ENTRIES = "result/entries";

	/** Entries per page: a year holds thousands (indicators x departments x provinces). */
	static final int ENTRIES_PAGE = 100;

	static final String VIEW_DETAIL = "result/result";

	/** The flash messages of a decision taken on the result page (approved, returned). */
	private static final Set<String> JUST_REVIEWED = Set.of("resultApproved", "resultReturned");

	private final YearlyResults results;

	private final ResultService service;

	private final ResultAccess access;

	private final YearLocks locks;

	private final ProvinceConfirmations confirmations;

	private final ConfirmationService confirmationService;

	private final OpenResults open;

	private final ResultFormValidator years;

	ResultController(YearlyResults results, ResultService service, ResultAccess access, YearLocks locks,
			ProvinceConfirmations confirmations, ConfirmationService confirmationService, OpenResults open,
			ResultFormValidator years) {
		this.years = years;
		this.results = results;
		this.service = service;
		this.access = access;
		this.locks = locks;
		this.confirmations = confirmations;
		this.confirmationService = confirmationService;
		this.open = open;
	}

	/** Staff see their department's entries first ({@code scope=all} shows every department's). */
	@GetMapping("/results/years/{year}/entries")
	String entries(@PathVariable int year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String scope, @RequestParam(required = false) String page, Viewer viewer,
			Model model) {
		if (!this.years.isOpenYear(year)) {
			throw new NotFoundException();
		}
		ResultStatus wanted = viewer.isProvince() ? ResultStatus.APPROVED
				: statusOf(status);
		boolean ownOnly = viewer.is(Role.STAFF) && !"all".equals(scope);
		Set<Long> departments = ownOnly ? viewer.departmentLineage() : Set.of();
		Set<Long> provinces = viewer.isProvince() ? viewer.provinceLineage() : Set.of();
		Page<YearlyResult> entries = this.results.findEntryPage(year, wanted, !ownOnly, idsForIn(departments),
				!viewer.isProvince(), idsForIn(provinces), PageRequest.of(FormValues.page(page, 1) - 1, ENTRIES_PAGE));
		if (entries.getContent().isEmpty() && entries.getTotalPages() > 0) {
			// A page past the end (an old link after deletions): the last one.
			entries = this.results.findEntryPage(year, wanted, !ownOnly, idsForIn(departments), !viewer.isProvince(),
					idsForIn(provinces), PageRequest.of(entries.getTotalPages() - 1, ENTRIES_PAGE));
		}
		model.addAttribute("year", year);
		model.addAttribute("entries", entries.getContent());
		model.addAttribute("entryPage", entries);
		model.addAttribute("status", wanted);
		model.addAttribute("statuses", ResultStatus.values());
		model.addAttribute("ownOnly", ownOnly);
		model.addAttribute("lock", this.locks.find(year).orElse(null));
		model.addAttribute("canEnter", this.access.canEnter(viewer));
		model.addAttribute("canReview", this.access.canReview(viewer));
		model.addAttribute("viewer", viewer);
		return VIEW_ENTRIES;
	}

	@GetMapping("/results/{id}")
	String show(@PathVariable Long id, Viewer viewer, Model model) {
		YearlyResult result = this.service.findVisible(id, viewer);
		boolean locked = this.locks.isLocked(result.getYear());
		model.addAttribute("result", result);
		model.addAttribute("locked", locked);
		model.addAttribute("allowed", this.access.allowed(viewer, result, locked));
		model.addAttribute("canReview", this.access.canReview(viewer));
		model.addAttribute("owns", this.access.owns(viewer, result.getDepartment()));
		List<ProvinceConfirmations.Confirmation> current = this.confirmations.of(id);
		// A province officer sees only what their own unit (or its predecessors) said.
		model.addAttribute("confirmations", current.stream()
			.filter(c -> !viewer.isProvince() || viewer.provinceLineage().contains(c.provinceId()))
			.toList());
		model.addAttribute("answers", this.confirmationService.answersOf(id)
			.stream()
			.filter(c -> !viewer.isProvince() || viewer.provinceLineage().contains(c.provinceId()))
			.toList());
		// In a locked year the province is told why it cannot answer rather than offered buttons that would fail.
		Optional<Refusal> answerRefusal = this.access.answerRefusal(viewer, result, locked);
		model.addAttribute("canConfirm", answerRefusal.isEmpty());
		model.addAttribute("answerLocked", answerRefusal.filter(Refusal.LOCKED::equals).isPresent());
		model.addAttribute("canReopen", this.service.canReopen(result,
				current.stream().anyMatch(ProvinceConfirmations.Confirmation::disputed), viewer));
		if (!viewer.isProvince()) {
			model.addAttribute("history", this.service.historyOf(id));
		}
		if (this.access.canReview(viewer) && model.getAttribute("message") instanceof String message
				&& JUST_REVIEWED.contains(message)) {
			// Right after a decision the reviewer is offered the next one, so a year is worked through in order.
			model.addAttribute("nextWaiting", this.open.nextSubmitted(result.getYear(), id).orElse(null));
			model.addAttribute("justReviewed", true);
		}
		return VIEW_DETAIL;
	}

	private static ResultStatus statusOf(String text) {
		try {
			return text == null || text.isBlank() ? null : ResultStatus.valueOf(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
