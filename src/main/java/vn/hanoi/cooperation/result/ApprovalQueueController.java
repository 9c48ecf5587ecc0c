package vn.hanoi.cooperation.result;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * The coordinator's approval queue: what waits, filtered by year, group, department and indicator; approve one or
 * several at once, or return one with a reason. Every action comes back to the same filtered queue, whose first
 * line is then the next waiting result. Nobody else has a queue (404).
 */
@Controller
class ApprovalQueueController {

	static final String VIEW_QUEUE = "result/queue";

	private final ApprovalQueue queue;

	private final ApprovalQueueService approvals;

	private final ResultService results;

	private final ResultAccess access;

	ApprovalQueueController(ApprovalQueue queue, ApprovalQueueService approvals, ResultService results,
			ResultAccess access) {
		this.queue = queue;
		this.approvals = approvals;
		this.results = results;
		this.access = access;
	}

	@GetMapping("/results/queue")
	String queue(@RequestParam(required = false) String year, @RequestParam(required = false) String group,
			@RequestParam(required = false) String department, @RequestParam(required = false) String indicator,
			Viewer viewer, Model model) {
		requireReviewer(viewer);
		ResultQueueFilter filter = ResultQueueFilter.of(year, group, department, indicator);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.queue.page(filter));
		model.addAttribute("choices", this.queue.choices());
		model.addAttribute("pageSize", ApprovalQueue.PAGE);
		return VIEW_QUEUE;
	}

	@PostMapping("/results/queue/approve")
	String approve(@RequestParam(required = false) List<String> pick, @RequestParam(required = false) String year,
			@RequestParam(required = false) String group, @RequestParam(required = false) String department,
			@RequestParam(required = false) String indicator, Viewer viewer, RedirectAttributes redirect) {
		requireReviewer(viewer);
		ResultQueueFilter filter = ResultQueueFilter.of(year, group, department, indicator);
		ApprovalQueueService.Outcome outcome = this.approvals.approveAll(pick == null ? List.of() : pick, viewer);
		if (outcome.approved() == 0 && outcome.skipped().isEmpty()) {
			redirect.addFlashAttribute("warning", "queueNothingPicked");
		}
		redirect.addFlashAttribute("approvedCount", outcome.approved());
		redirect.addFlashAttribute("skipped", outcome.skipped());
		return "redirect:" + filter.path();
	}

	@PostMapping("/results/queue/{id}/return")
	String returnWithReason(@PathVariable Long id, @RequestParam(required = false) String version,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String year,
			@RequestParam(required = false) String group, @RequestParam(required = false) String department,
			@RequestParam(required = false) String indicator, Viewer viewer, RedirectAttributes redirect) {
		requireReviewer(viewer);
		ResultQueueFilter filter = ResultQueueFilter.of(year, group, department, indicator);
		String why = ResultFormValidator.trim(reason);
		if (why == null || why.length() > ResultWorkflowController.REASON_MAX) {
			this.results.findVisible(id, viewer);
			redirect.addFlashAttribute("refusal", why == null ? "returnReasonRequired" : "returnReasonTooLong");
			// What was typed comes back into the row's box.
			redirect.addFlashAttribute("returnReason", reason);
			redirect.addFlashAttribute("returnReasonFor", id);
			return "redirect:" + filter.path();
		}
		Optional<Refusal> refusal;
		try {
			refusal = this.results.returnWithReason(id, FormValues.version(version).orElse(-1L), why, viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			refusal = Optional.of(Refusal.CHANGED);
		}
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("refusal", refusal.get().flashKey());
		}
		else {
			redirect.addFlashAttribute("message", "resultReturned");
		}
		return "redirect:" + filter.path();
	}

	private void requireReviewer(Viewer viewer) {
		if (!this.access.canReview(viewer)) {
			throw new NotFoundException();
		}
	}

}
