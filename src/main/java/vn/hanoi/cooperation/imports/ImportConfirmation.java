package vn.hanoi.cooperation.imports;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityImporter;
import vn.hanoi.cooperation.activity.ImportCheck;
import vn.hanoi.cooperation.activity.ImportRow;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Confirms an upload exactly once: the upload is claimed in the transaction that writes its rows, so a second
 * confirmation (a double click, another tab, another instance) finds the batch the first one wrote instead.
 */
@Service
class ImportConfirmation {

	sealed interface Outcome {

		/** This confirmation wrote the rows. */
		record Imported(ImportBatches.ImportBatch batch) implements Outcome {
		}

		/** Another confirmation of the same upload wrote them before. */
		record AlreadyImported(ImportBatches.ImportBatch batch) implements Outcome {
		}

		/** The data changed since the check and a row no longer passes: nothing was written. */
		record Refused(PendingImports.PendingImport upload, ImportCheck check) implements Outcome {
		}

	}

	private final PendingImports pending;

	private final ImportBatches batches;

	private final ActivityImporter importer;

	private final ImportFailures failures;

	ImportConfirmation(PendingImports pending, ImportBatches batches, ActivityImporter importer,
			ImportFailures failures) {
		this.failures = failures;
		this.pending = pending;
		this.batches = batches;
		this.importer = importer;
	}

	@Transactional
	Outcome confirm(UUID id, Viewer viewer, Locale locale) {
		PendingImports.PendingImport upload = this.pending.claim(id, viewer.accountId()).orElse(null);
		if (upload == null) {
			return new Outcome.AlreadyImported(
					this.batches.find(id, viewer.accountId()).orElseThrow(NotFoundException::new));
		}
		ImportCheck check = this.importer.apply(rows(upload), viewer, locale, id);
		if (!check.valid()) {
			// The upload goes back to waiting, as it was: the user reads why and uploads a corrected file.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Outcome.Refused(upload, check);
		}
		this.batches.record(id, viewer.accountId(), upload.fileName(), check.createCount(), check.updateCount());
		this.failures.resolve(ImportFailures.Kind.ACTIVITIES, viewer);
		return new Outcome.Imported(this.batches.find(id, viewer.accountId()).orElseThrow());
	}

	/** The file was read once at upload; a stored file that no longer reads is as good as gone. */
	static List<ImportRow> rows(PendingImports.PendingImport upload) {
		try {
			return ActivitySpreadsheet.read(upload.content());
		}
		catch (SpreadsheetRejected ex) {
			throw new NotFoundException();
		}
	}

}
