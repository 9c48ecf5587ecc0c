package vn.hanoi.cooperation.result;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.FormValues;

/** Submitting, approving and returning a result, posted from its page; a refused step says why. */
@Controller
class ResultWorkflowController {

	static final int REASON_MAX = 2000;

	private final ResultService service;

	ResultWorkflowController(ResultService service) {
		this.service = service;
	}

	@PostMapping("/results/{id}/submit")
	String submit(@PathVariable Long id, @RequestParam(required = false) String version, Viewer viewer,
			RedirectAttributes redirect) {
		return outcome(id, () -> this.service.submit(id, version(version), viewer), "resultSubmitted", redirect);
	}

	@PostMapping("/results/{id}/approve")
	String approve(@PathVariable Long id, @RequestParam(required = false) String version, Viewer viewer,
			RedirectAttributes redirect) {
		return outcome(id, () -> this.service.approve(id, version(version), viewer), "resultApproved", redirect);
	}

	@PostMapping("/results/{id}/return")
	String returnWithReason(@PathVariable Long id, @RequestParam(required = false) String version,
			@RequestParam(required = false) String reason, Viewer viewer, RedirectAttributes redirect) {
		String why = ResultFormValidator.trim(reason);
		if (why == null || why.length() > REASON_MAX) {
			// Checked after access, so a stranger still gets 404 rather than a hint that the result exists.
			Optional<Refusal> refusal = this.service.refusal(this.service.findVisible(id, viewer),
					ResultTransition.RETURN, viewer);
			return reasonRefused(id, why, reason, refusal, "#review", redirect);
		}
		return outcome(id, () -> this.service.returnWithReason(id, version(version), why, viewer), "resultReturned",
				redirect);
	}

	/** An approved figure its province disputed, sent back to its department by the coordinator. */
	@PostMapping("/results/{id}/reopen")
	String reopen(@PathVariable Long id, @RequestParam(required = false) String version,
			@RequestParam(required = false) String reason, Viewer viewer, RedirectAttributes redirect) {
		String why = ResultFormValidator.trim(reason);
		if (why == null || why.length() > REASON_MAX) {
			// As for a return: whoever may not take the step learns nothing of the result (404); a step no longer
			// possible (the dispute withdrawn, the year locked) says so rather than asking for a reason.
			return reasonRefused(id, why, reason, this.service.reopenRefusal(id, viewer), "#reopen", redirect);
		}
		return outcome(id, () -> this.service.reopenDisputed(id, version(version), why, viewer), "resultReopened",
				redirect);
	}

	private static String reasonRefused(Long id, String why, String typed, Optional<Refusal> refusal, String anchor,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusal", refusal.map(Refusal::flashKey)
			.orElse(why == null ? "returnReasonRequired" : "returnReasonTooLong"));
		// What was typed comes back into the box.
		redirect.addFlashAttribute("returnReason", typed);
		return "redirect:/results/" + id + anchor;
	}

	private static String outcome(Long id, Supplier<Optional<Refusal>> step, String done,
			RedirectAttributes redirect) {
		Optional<Refusal> refusal;
		try {
			refusal = step.get();
		}
		catch (OptimisticLockingFailureException ex) {
			// Another request took a step on this result between our version check and our write.
			refusal = Optional.of(Refusal.CHANGED);
		}
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("refusal", refusal.get().flashKey());
		}
		else {
			redirect.addFlashAttribute("message", done);
		}
		return "redirect:/results/" + id;
	}

	private static long version(String text) {
		return FormValues.version(text).orElse(-1L);
	}

}
