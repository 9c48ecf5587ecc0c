package vn.hanoi.cooperation.result;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Locking a year after seeing what is still unapproved in it, and unlocking it with a reason. Only those who
 * may lock reach these pages; they read every Hanoi result, so the list of open results is not narrowed.
 */
@Controller
class YearLockController {

	static final String VIEW_CONFIRM = "result/lockConfirm";

	/** The value of the confirmation box; a lock posted without it only shows the page again. */
	static final String CONFIRMED = "yes";

	private final ResultLockService lockService;

	private final ResultAccess access;

	private final ResultFormValidator years;

	YearLockController(ResultLockService lockService, ResultAccess access, ResultFormValidator years) {
		this.lockService = lockService;
		this.access = access;
		this.years = years;
	}

	@GetMapping("/results/years/{year}/lock")
	String confirmation(@PathVariable int year, Viewer viewer, Model model) {
		requireLocker(year, viewer);
		model.addAttribute("check", this.lockService.check(year));
		return VIEW_CONFIRM;
	}

	@PostMapping("/results/years/{year}/lock")
	String lock(@PathVariable int year, @RequestParam(required = false) String confirm,
			@RequestParam(required = false) String seen, Viewer viewer, Model model, RedirectAttributes redirect) {
		requireLocker(year, viewer);
		if (!CONFIRMED.equals(confirm)) {
			return again(year, "confirmMissing", model);
		}
		String shown = seen == null ? "" : seen;
		return switch (this.lockService.lock(year, shown, viewer)) {
			case CHANGED_MEANWHILE -> again(year, "changedMeanwhile", model);
			case ALREADY_LOCKED -> done(year, "yearAlreadyLocked", redirect);
			case LOCKED -> done(year, shown.isEmpty() ? "yearLocked" : "yearLockedWithOpen", redirect);
		};
	}

	@PostMapping("/results/years/{year}/unlock")
	String unlock(@PathVariable int year, @RequestParam(required = false) String reason, Viewer viewer,
			RedirectAttributes redirect) {
		requireLocker(year, viewer);
		String why = ResultFormValidator.trim(reason);
		if (why == null || why.length() > ResultWorkflowController.REASON_MAX) {
			redirect.addFlashAttribute("refusal", why == null ? "unlockReasonRequired" : "unlockReasonTooLong");
			// What was typed comes back into the box.
			redirect.addFlashAttribute("unlockReason", reason);
		}
		else {
			redirect.addFlashAttribute("message",
					this.lockService.unlock(year, why, viewer) ? "yearUnlocked" : "yearNotLocked");
		}
		return "redirect:/results/years/" + year;
	}

	/** The confirmation page again, saying why nothing was locked. */
	private String again(int year, String why, Model model) {
		model.addAttribute("check", this.lockService.check(year));
		model.addAttribute("notLocked", why);
		return VIEW_CONFIRM;
	}

	private static String done(int year, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/results/years/" + year;
	}

	/** Only the years the year view offers: 2099 could be locked, and the lock announced to staff and leaders. */
	private void requireLocker(int year, Viewer viewer) {
		if (!this.years.isOpenYear(year) || !this.access.canLock(viewer)) {
			throw new NotFoundException();
		}
	}

}
