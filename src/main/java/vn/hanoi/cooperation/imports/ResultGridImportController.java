package vn.hanoi.cooperation.imports;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.report.Downloads;
import vn.hanoi.cooperation.report.ExportNames;
import vn.hanoi.cooperation.result.ResultGrid;
import vn.hanoi.cooperation.result.ResultGridService;
import vn.hanoi.cooperation.system.DemoMode;
import vn.hanoi.cooperation.system.DisplayFormats;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * The results grid in Excel: download it (whoever may see the grid), fill it in, upload it, read the check, then
 * confirm; as for activities, nothing is written before the confirmation, and then every row or none.
 */
@Controller
class ResultGridImportController {

	static final String VIEW_PREVIEW = "imports/gridPreview";

	private final ResultGridService grids;

	private final ResultGridImport imports;

	private final PendingImports pending;

	private final MessageSource messages;

	private final AuditLog auditLog;

	private final ImportFailures failures;

	private final ExportNames names;

	private final DemoMode demo;

	private final DisplayFormats formats;

	ResultGridImportController(ResultGridService grids, ResultGridImport imports, PendingImports pending,
			MessageSource messages, ImportFailures failures, ExportNames names, DemoMode demo, AuditLog auditLog,
			DisplayFormats formats) {
		this.formats = formats;
		this.auditLog = auditLog;
		this.failures = failures;
		this.names = names;
		this.demo = demo;
		this.grids = grids;
		this.imports = imports;
		this.pending = pending;
		this.messages = messages;
	}

	@GetMapping("/results/years/{year}/grid/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable int year, @RequestParam(required = false) String department,
			Viewer viewer, Locale locale) {
		this.grids.requireGridYear(year, viewer);
		Department chosen = this.grids.departmentOf(viewer, department);
		ResultGrid grid = this.grids.read(chosen, year, viewer);
		// Recorded as every other file that takes the portal's figures out.
		this.auditLog.record(SecurityEventType.EXPORT, SecurityDetail.of(
				"results grid " + year + " " + chosen.getCode() + " xlsx, " + grid.rows().size() + " rows",
				"audit.detail.export.grid", year, chosen.getNameVi(), grid.rows().size()));
		return Downloads.attachment(ResultGridSpreadsheet.write(grid, this.messages, this.formats, locale,
				this.demo.active()), Downloads.XLSX, this.names.resultGrid(year, chosen));
	}

	@PostMapping("/results/years/{year}/grid/import")
	String upload(@PathVariable int year, @RequestParam(name = "file", required = false) MultipartFile file,
			Viewer viewer, Locale locale, RedirectAttributes redirect) throws IOException {
		requireImporter(year, viewer);
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String fileName = ActivityImportController.fileName(file);
		Department department = this.grids.departmentOf(viewer, null);
		Map<String, String> cells;
		try {
			if (file != null && !ActivitySpreadsheet.declaredAsSpreadsheet(file.getOriginalFilename(),
					file.getContentType())) {
				throw new SpreadsheetRejected("import.rejected.notXlsx");
			}
			cells = ResultGridSpreadsheet.read(content, year, department);
		}
		catch (SpreadsheetRejected rejected) {
			this.failures.record(ImportFailures.Kind.RESULTS, year, viewer, null, fileName, rejected.messageKey(),
					rejected.arguments());
			redirect.addFlashAttribute("gridRejection",
					this.messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
			return "redirect:/results/years/" + year + "/grid";
		}
		UUID id = this.pending.save(viewer.accountId(), fileName, content);
		recordIfFailed(this.grids.check(department, year, cells, viewer), id, fileName, viewer);
		return "redirect:/results/years/" + year + "/grid/import/" + id;
	}

	@GetMapping("/results/years/{year}/grid/import/{id}")
	String preview(@PathVariable int year, @PathVariable UUID id, Viewer viewer, Model model) {
		requireImporter(year, viewer);
		PendingImports.PendingImport upload = this.pending.find(id, viewer.accountId())
			.orElseThrow(NotFoundException::new);
		Department department = this.grids.departmentOf(viewer, null);
		return showCheck(upload,
				this.grids.check(department, year, ResultGridImport.cells(upload, year, department), viewer), model);
	}

	@PostMapping("/results/years/{year}/grid/import/{id}")
	String confirm(@PathVariable int year, @PathVariable UUID id, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		requireImporter(year, viewer);
		ResultGridImport.Outcome outcome = this.imports.confirm(id, this.grids.departmentOf(viewer, null), year, viewer);
		if (outcome instanceof ResultGridImport.Outcome.Refused refused) {
			recordIfFailed(refused.check(), id, refused.upload().fileName(), viewer);
			return showCheck(refused.upload(), refused.check(), model);
		}
		if (outcome instanceof ResultGridImport.Outcome.Imported imported) {
			redirect.addFlashAttribute("gridImported", imported.saved());
		}
		return "redirect:/results/years/" + year + "/grid";
	}

	/** Cells not valid, a locked year or rows changed since the download: a failed import, recorded once per upload. */
	private void recordIfFailed(ResultGrid check, UUID id, String fileName, Viewer viewer) {
		long invalid = check.rows().stream().filter(r -> r.hasError()).count();
		if (invalid > 0) {
			this.failures.record(ImportFailures.Kind.RESULTS, check.year(), viewer, id, fileName,
					"importFailure.reason.cellErrors", invalid);
		}
		else if (check.locked()) {
			this.failures.record(ImportFailures.Kind.RESULTS, check.year(), viewer, id, fileName,
					"importFailure.reason.locked", String.valueOf(check.year()));
		}
		else if (check.conflicts() > 0) {
			this.failures.record(ImportFailures.Kind.RESULTS, check.year(), viewer, id, fileName,
					"importFailure.reason.conflicts", check.conflicts());
		}
	}

	private static String showCheck(PendingImports.PendingImport upload, ResultGrid check, Model model) {
		model.addAttribute("upload", upload);
		model.addAttribute("grid", check);
		model.addAttribute("year", check.year());
		model.addAttribute("changes", check.rows()
			.stream()
			.filter(r -> r.isChanged() || r.hasError() || r.getConflictEntry() != null)
			.toList());
		return VIEW_PREVIEW;
	}

	/** Only a department's own staff bring figures in, for a year results are entered for. */
	private void requireImporter(int year, Viewer viewer) {
		this.grids.requireGridYear(year, viewer);
		this.grids.requireGridWriter(viewer);
	}

}
