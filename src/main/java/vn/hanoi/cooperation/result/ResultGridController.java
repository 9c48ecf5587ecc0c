package vn.hanoi.cooperation.result;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;

/**
 * A department's year of results in one grid: staff enter and submit their own department's, coordinators and
 * administrators look at any department's (they choose it first). Everyone else: not found.
 */
@Controller
class ResultGridController {

	static final String VIEW_GRID = "result/grid";

	static final String VIEW_DEPARTMENTS = "result/gridDepartments";

	private final ResultGridService service;

	private final Departments departments;

	ResultGridController(ResultGridService service, Departments departments) {
		this.service = service;
		this.departments = departments;
	}

	@GetMapping("/results/years/{year}/grid")
	String grid(@PathVariable int year, @RequestParam(required = false) String department, Viewer viewer,
			Locale locale, Model model) {
		this.service.requireGridYear(year, viewer);
		if (viewer.actsForEveryDepartment() && (department == null || department.isBlank())) {
			model.addAttribute("year", year);
			model.addAttribute("departments", this.departments.findAllOrdered()
				.stream()
				.filter(d -> ResultFormValidator.activeDuring(d, year))
				.toList());
			return VIEW_DEPARTMENTS;
		}
		return show(this.service.read(departmentOf(viewer, department), year, viewer), model);
	}

	@PostMapping("/results/years/{year}/grid")
	String save(@PathVariable int year, @RequestParam Map<String, String> parameters, Viewer viewer, Locale locale,
			Model model, RedirectAttributes redirect) {
		this.service.requireGridYear(year, viewer);
		this.service.requireGridWriter(viewer);
		Department department = departmentOf(viewer, null);
		ResultGridService.Saved saved;
		GridEntries entries = GridEntries.from(parameters);
		try {
			saved = this.service.save(department, year, entries, viewer, ResultGridService.Mode.FORM);
		}
		catch (OptimisticLockingFailureException ex) {
			// A row changed (or was added) between our check and our write: nothing was written. The grid is laid
			// out again with what was typed, and the rows changed meanwhile are marked as such, with both figures.
			model.addAttribute("gridRefusal", "grid.changedWhileSaving");
			return show(this.service.check(department, year, parameters, viewer), model);
		}
		if (saved.needsUser()) {
			return show(saved.grid(), model);
		}
		if (saved.saved() == 0 && saved.submitted() == 0) {
			// Nothing written: say why rather than "0 saved, 0 submitted" in green.
			redirect.addFlashAttribute("gridNothing", entries.action() == GridEntries.Action.SUBMIT_SELECTED
					? "grid.nothingChosen" : "grid.nothingChanged");
		}
		else {
			redirect.addFlashAttribute("gridSaved", List.of(saved.saved(), saved.submitted()));
		}
		if (saved.breakdownPassesLowerBound()) {
			redirect.addFlashAttribute("warning", "breakdownAboveLowerBound");
		}
		return "redirect:/results/years/" + year + "/grid";
	}

	private static String show(ResultGrid grid, Model model) {
		model.addAttribute("grid", grid);
		model.addAttribute("year", grid.year());
		return VIEW_GRID;
	}

	private Department departmentOf(Viewer viewer, String requested) {
		return this.service.departmentOf(viewer, requested);
	}

}
