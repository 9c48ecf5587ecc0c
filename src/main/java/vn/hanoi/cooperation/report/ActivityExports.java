package vn.hanoi.cooperation.report;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityExportRow;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.activity.ActivitySearch;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;

/**
 * Writes the activities a filter selects into a file as they are read (a database cursor in one read-only
 * transaction), so that a 50,000-row export holds a few hundred rows at a time, and records the export.
 */
@Component
class ActivityExports {

	/** Far above a year's activities; a bound so that one click cannot ask for the whole history at once. */
	static final int MAXIMUM_ROWS = 50_000;

	private final ActivitySearch search;

	private final AuditLog auditLog;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	ActivityExports(ActivitySearch search, AuditLog auditLog, Clock clock, PlatformTransactionManager transactions) {
		this.search = search;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** What writes the rows into the file, consuming them once. */
	@FunctionalInterface
	interface RowsWriter {

		void write(Iterable<ActivityExportRow> rows) throws IOException;

	}

	/** Reads and writes in a read-only transaction (the cursor's), then records the export in its own. */
	void write(ActivityFilter filter, Viewer viewer, String format, RowsWriter writer) throws IOException {
		ActivityFilter safe = filter == null ? ActivityFilter.none() : filter;
		AtomicInteger count = new AtomicInteger();
		IOException[] failed = new IOException[1];
		this.readOnly.executeWithoutResult(status -> {
			try (Stream<ActivityExportRow> rows = this.search
				.streamForExport(safe, viewer, LocalDate.now(this.clock), MAXIMUM_ROWS)
				.peek(row -> count.incrementAndGet())) {
				writer.write(rows::iterator);
			}
			catch (IOException ex) {
				failed[0] = ex;
			}
		});
		if (failed[0] != null) {
			throw failed[0];
		}
		String query = safe.queryForPage(1).replace('?', ' ');
		this.auditLog.record(SecurityEventType.EXPORT,
				SecurityDetail.of("activities " + format + ", " + count.get() + " rows" + query,
						"audit.detail.export.activities", format, count.get(), query));
	}

}
