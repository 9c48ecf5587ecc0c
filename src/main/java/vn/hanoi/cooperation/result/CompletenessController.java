package vn.hanoi.cooperation.result;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * What the coordinator chases before the year's report: every department against the indicators it must report,
 * each cell linking to its figure or to entering it. Hanoi's users read it; a partner province does not.
 */
@Controller
class CompletenessController {

	static final String VIEW_COMPLETENESS = "result/completeness";

	private final Completeness completeness;

	private final ResultAccess access;

	private final ResultFormValidator years;

	CompletenessController(Completeness completeness, ResultAccess access, ResultFormValidator years) {
		this.completeness = completeness;
		this.access = access;
		this.years = years;
	}

	@GetMapping("/results/years/{year}/completeness")
	String completeness(@PathVariable String year, Viewer viewer, Model model) {
		// The years the year view offers: 2099 listed every department as not having entered anything.
		int wanted = ResultQueueFilter.number(year).filter(this.years::isOpenYear).orElse(-1);
		if (viewer.isProvince() || wanted < 0) {
			throw new NotFoundException();
		}
		model.addAttribute("year", wanted);
		model.addAttribute("rows", this.completeness.of(wanted));
		model.addAttribute("canEnter", this.access.canEnter(viewer));
		model.addAttribute("viewer", viewer);
		return VIEW_COMPLETENESS;
	}

}
