package vn.hanoi.cooperation.imports;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.result.ResultGrid;
import vn.hanoi.cooperation.result.ResultGridService;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * A results grid from a spreadsheet, confirmed exactly once and all or nothing: the upload is claimed in the
 * transaction that saves the grid, and given back when any cell is refused or any row changed since the check.
 */
@Service
class ResultGridImport {

	sealed interface Outcome {

		record Imported(int saved) implements Outcome {
		}

		record AlreadyImported() implements Outcome {
		}

		record Refused(PendingImports.PendingImport upload, ResultGrid check) implements Outcome {
		}

	}

	private final PendingImports pending;

	private final ImportBatches batches;

	private final ResultGridService grids;

	private final ImportFailures failures;

	ResultGridImport(PendingImports pending, ImportBatches batches, ResultGridService grids,
			ImportFailures failures) {
		this.failures = failures;
		this.pending = pending;
		this.batches = batches;
		this.grids = grids;
	}

	@Transactional
	Outcome confirm(UUID id, Department department, int year, Viewer viewer) {
		Optional<PendingImports.PendingImport> upload = this.pending.claim(id, viewer.accountId());
		if (upload.isEmpty()) {
			this.batches.find(id, viewer.accountId()).orElseThrow(NotFoundException::new);
			return new Outcome.AlreadyImported();
		}
		ResultGridService.Saved saved = this.grids.saveAll(department, year, cells(upload.get(), year, department),
				viewer);
		if (saved.needsUser()) {
			// The upload goes back to waiting: the user reads why and uploads a corrected file.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Outcome.Refused(upload.get(), saved.grid());
		}
		this.batches.record(id, viewer.accountId(), upload.get().fileName(), 0, saved.saved());
		this.failures.resolve(ImportFailures.Kind.RESULTS, viewer);
		return new Outcome.Imported(saved.saved());
	}

	/**
	 * The file was read once at upload; a stored file that no longer reads, or is not this page's grid (another
	 * year's address), is as good as gone.
	 */
	static Map<String, String> cells(PendingImports.PendingImport upload, int year, Department department) {
		try {
			return ResultGridSpreadsheet.read(upload.content(), year, department);
		}
		catch (SpreadsheetRejected ex) {
			throw new NotFoundException();
		}
	}

}
