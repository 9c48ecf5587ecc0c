package vn.hanoi.cooperation.imports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * A failed import as the coordinator reads it from the inbox: what failed, who tried, when and why; dismissing
 * it takes it out of the inbox. Only those who act for every department see failures (404 for everyone else).
 */
@Controller
class ImportFailureController {

	static final String VIEW_FAILURE = "imports/failure";

	private final ImportFailures failures;

	ImportFailureController(ImportFailures failures) {
		this.failures = failures;
	}

	@GetMapping("/imports/failures/{id}")
	String show(@PathVariable long id, Viewer viewer, Model model) {
		model.addAttribute("failure", visible(id, viewer));
		return VIEW_FAILURE;
	}

	@PostMapping("/imports/failures/{id}/dismiss")
	String dismiss(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
		visible(id, viewer);
		redirect.addFlashAttribute("message",
				this.failures.dismiss(id, viewer) ? "importFailureDismissed" : "importFailureClosedAlready");
		return "redirect:/my-work";
	}

	private ImportFailures.ImportFailure visible(long id, Viewer viewer) {
		if (!viewer.actsForEveryDepartment()) {
			throw new NotFoundException();
		}
		return this.failures.find(id).orElseThrow(NotFoundException::new);
	}

}
