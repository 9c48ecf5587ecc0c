package vn.hanoi.cooperation.publication;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.result.ResultFormValidator;
import vn.hanoi.cooperation.system.NotFoundException;

/** The coordinator's page of a year: which approved city figures the public page shows. */
@Controller
class PublicationController {

	static final String VIEW_MANAGE = "publication/manage";

	private final Publishing publishing;

	private final ResultFormValidator years;

	PublicationController(Publishing publishing, ResultFormValidator years) {
		this.publishing = publishing;
		this.years = years;
	}

	@GetMapping("/publication/{year}")
	String manage(@PathVariable int year, Viewer viewer, Model model) {
		Publishing.requireCoordinator(viewer);
		requireYear(year);
		model.addAttribute("year", year);
		model.addAttribute("rows", this.publishing.rows(year, viewer));
		return VIEW_MANAGE;
	}

	@PostMapping("/publication/{year}/indicators/{indicatorId}/publish")
	String publish(@PathVariable int year, @PathVariable long indicatorId,
			@RequestParam(name = "shown", defaultValue = "") String shown, Viewer viewer, RedirectAttributes redirect) {
		Publishing.requireCoordinator(viewer);
		requireYear(year);
		return done(year, this.publishing.publish(indicatorId, year, shown, viewer), redirect);
	}

	@PostMapping("/publication/{year}/indicators/{indicatorId}/withdraw")
	String withdraw(@PathVariable int year, @PathVariable long indicatorId, Viewer viewer,
			RedirectAttributes redirect) {
		Publishing.requireCoordinator(viewer);
		requireYear(year);
		return done(year, this.publishing.withdraw(indicatorId, year, viewer), redirect);
	}

	private static String done(int year, Publishing.Outcome outcome, RedirectAttributes redirect) {
		redirect.addFlashAttribute(outcome.refused() ? "warning" : "message", outcome.message);
		return "redirect:/publication/" + year;
	}

	/** The years the result pages offer, and no others. */
	private void requireYear(int year) {
		if (!this.years.isOpenYear(year)) {
			throw new NotFoundException();
		}
	}

}
