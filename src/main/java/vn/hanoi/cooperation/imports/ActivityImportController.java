package vn.hanoi.cooperation.imports;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import vn.hanoi.cooperation.activity.ActivityAccess;
import vn.hanoi.cooperation.activity.ActivityImporter;
import vn.hanoi.cooperation.activity.ImportCheck;
import vn.hanoi.cooperation.activity.ImportRow;
import vn.hanoi.cooperation.report.Downloads;
import vn.hanoi.cooperation.system.FormTokens;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Activities from a spreadsheet: download the template, upload, read the row-by-row check, confirm. Nothing is
 * written before the confirmation, and then everything or nothing.
 */
@Controller
class ActivityImportController {

	static final String VIEW_UPLOAD = "imports/upload";

	static final String VIEW_PREVIEW = "imports/preview";

	static final String VIEW_IMPORTED = "imports/imported";

	private final ActivityImporter importer;

	private final ActivityAccess access;

	private final ActivityImportTemplate template;

	private final PendingImports pending;

	private final ImportBatches batches;

	private final ImportConfirmation confirmation;

	private final MessageSource messages;

	private final ImportFailures failures;

	ActivityImportController(ActivityImporter importer, ActivityAccess access, ActivityImportTemplate template,
			PendingImports pending, ImportBatches batches, ImportConfirmation confirmation, MessageSource messages,
			ImportFailures failures) {
		this.failures = failures;
		this.batches = batches;
		this.confirmation = confirmation;
		this.messages = messages;
		this.importer = importer;
		this.access = access;
		this.template = template;
		this.pending = pending;
	}

	/** {@code rejected=tooLarge} comes from the upload limit filter ({@link ImportUploadReturn}). */
	@GetMapping("/activities/import")
	String uploadForm(@RequestParam(required = false) String rejected, Viewer viewer, Locale locale, Model model) {
		if ("tooLarge".equals(rejected) && !model.containsAttribute("rejection")) {
			model.addAttribute("rejection", this.messages.getMessage("import.rejected.tooLarge",
					new Object[] { ActivitySpreadsheet.MAXIMUM_BYTES / (1024 * 1024) }, locale));
		}
		return uploadForm(viewer, model);
	}

	private String uploadForm(Viewer viewer, Model model) {
		requireImporter(viewer);
		model.addAttribute("maximumRows", ActivitySpreadsheet.MAXIMUM_ROWS);
		model.addAttribute("maximumMegabytes", ActivitySpreadsheet.MAXIMUM_BYTES / (1024 * 1024));
		return VIEW_UPLOAD;
	}

	@GetMapping("/activities/import/template.xlsx")
	ResponseEntity<byte[]> template(Viewer viewer) {
		requireImporter(viewer);
		return Downloads.attachment(this.template.write(), Downloads.XLSX, "mau-nhap-hoat-dong.xlsx");
	}

	@PostMapping("/activities/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = FormTokens.PARAMETER, required = false) String formToken, Viewer viewer, Locale locale,
			Model model)
			throws IOException {
		requireImporter(viewer);
		byte[] content = file == null ? new byte[0] : file.getBytes();
		List<ImportRow> rows;
		try {
			if (file != null && !ActivitySpreadsheet.declaredAsSpreadsheet(file.getOriginalFilename(),
					file.getContentType())) {
				throw new SpreadsheetRejected("import.rejected.notXlsx");
			}
			rows = ActivitySpreadsheet.read(content);
		}
		catch (SpreadsheetRejected rejected) {
			// Recorded once per form: the same refused file sent again (a double click, a retry) is one failure.
			this.failures.record(ImportFailures.Kind.ACTIVITIES, null, viewer, FormValues.uuid(formToken).orElse(null),
					fileName(file), rejected.messageKey(), rejected.arguments());
			model.addAttribute("rejection",
					this.messages.getMessage(rejected.messageKey(), rejected.arguments(), locale));
			return uploadForm(viewer, model);
		}
		UUID id = this.pending.save(viewer.accountId(), fileName(file), content);
		recordIfFailed(this.importer.check(rows, viewer, locale), id, fileName(file), viewer);
		return "redirect:/activities/import/" + id;
	}

	/** The check of a waiting upload; once confirmed, what its import wrote. */
	@GetMapping("/activities/import/{id}")
	String preview(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
		requireImporter(viewer);
		Optional<PendingImports.PendingImport> upload = this.pending.find(id, viewer.accountId());
		if (upload.isEmpty()) {
			return showImported(this.batches.find(id, viewer.accountId()).orElseThrow(NotFoundException::new), false,
					model);
		}
		List<ImportRow> rows = ImportConfirmation.rows(upload.get());
		return showCheck(upload.get(), this.importer.check(rows, viewer, locale), model);
	}

	@PostMapping("/activities/import/{id}")
	String confirm(@PathVariable UUID id, Viewer viewer, Locale locale, Model model, RedirectAttributes redirect) {
		requireImporter(viewer);
		ImportConfirmation.Outcome outcome = this.confirmation.confirm(id, viewer, locale);
		if (outcome instanceof ImportConfirmation.Outcome.Refused refused) {
			recordIfFailed(refused.check(), id, refused.upload().fileName(), viewer);
			return showCheck(refused.upload(), refused.check(), model);
		}
		if (outcome instanceof ImportConfirmation.Outcome.AlreadyImported already) {
			return showImported(already.batch(), true, model);
		}
		redirect.addFlashAttribute("message", "importDone");
		return "redirect:/activities/import/" + id;
	}

	/** A check that cannot be confirmed is a failed import, recorded once per upload for the coordinator. */
	private void recordIfFailed(ImportCheck check, UUID id, String fileName, Viewer viewer) {
		if (!check.valid()) {
			this.failures.record(ImportFailures.Kind.ACTIVITIES, null, viewer, id, fileName,
					check.rows().isEmpty() ? "import.rejected.noRows" : "importFailure.reason.rowErrors",
					check.errorCount());
		}
	}

	private String showCheck(PendingImports.PendingImport upload, ImportCheck check, Model model) {
		model.addAttribute("upload", upload);
		model.addAttribute("check", check);
		return VIEW_PREVIEW;
	}

	private static String showImported(ImportBatches.ImportBatch batch, boolean again, Model model) {
		model.addAttribute("batch", batch);
		model.addAttribute("confirmedAgain", again);
		return VIEW_IMPORTED;
	}

	static String fileName(MultipartFile file) {
		String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
		// Only the last path segment, without control characters: the name is shown back to the user.
		name = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
		return name.isEmpty() ? "tep.xlsx" : name.substring(0, Math.min(200, name.length()));
	}

	private void requireImporter(Viewer viewer) {
		if (!this.access.canCreate(viewer)) {
			throw new NotFoundException();
		}
	}

}
