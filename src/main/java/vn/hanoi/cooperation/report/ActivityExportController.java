package vn.hanoi.cooperation.report;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityExportRow;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.activity.ActivitySearch;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.system.DisplayFormats;

/** The activity list as .xlsx or .csv, with the list's current filters and only what the user may see. */
@Controller
class ActivityExportController {

	/** Far above a year's activities; a bound so that one click cannot ask for the whole history at once. */
	static final int MAXIMUM_ROWS = 50_000;

	private final ActivitySearch search;

	private final ActivityWorkbook workbook;

	private final Labels labels;

	private final AuditLog auditLog;

	private final DisplayFormats formats;

	private final Clock clock;

	private final DemoMark demo;

	private final ExportNames names;

	ActivityExportController(ActivitySearch search, ActivityWorkbook workbook, Labels labels, AuditLog auditLog,
			DisplayFormats formats, Clock clock, DemoMark demo, ExportNames names) {
		this.demo = demo;
		this.names = names;
		this.search = search;
		this.workbook = workbook;
		this.labels = labels;
		this.auditLog = auditLog;
		this.formats = formats;
		this.clock = clock;
	}

	/** Streamed: the rows go into an SXSSF workbook written to the response (README, "Performance"). */
	@GetMapping("/activities/export.xlsx")
	void xlsx(@ModelAttribute("filter") ActivityFilter filter, Viewer viewer, HttpServletResponse response)
			throws IOException {
		List<ActivityExportRow> rows = rows(filter, viewer, "xlsx");
		Downloads.stream(response, Downloads.XLSX, this.names.activities(filter, "xlsx"),
				out -> this.workbook.write(rows, this.demo.line(), out));
	}

	/** Streamed: each line goes to the response as it is formatted. */
	@GetMapping("/activities/export.csv")
	void csv(@ModelAttribute("filter") ActivityFilter filter, Viewer viewer, HttpServletResponse response)
			throws IOException {
		List<ActivityExportRow> rows = rows(filter, viewer, "csv");
		Downloads.stream(response, Downloads.CSV, this.names.activities(filter, "csv"), out -> {
			try (Csv.Lines lines = new Csv.Lines(out)) {
				List<String> header = new ArrayList<>();
				for (ActivityColumn column : ActivityColumn.values()) {
					header.add(column.header());
				}
				lines.add(header);
				for (ActivityExportRow a : rows) {
					lines.add(line(a));
				}
			}
		});
	}

	private List<String> line(ActivityExportRow a) {
		return List.of(a.reference(), String.valueOf(a.year()), a.groupNumber() + ". " + a.groupName(), a.title(),
				nullToEmpty(a.description()), a.leadDepartment(), nullToEmpty(a.coordinatingDepartments()),
				nullToEmpty(a.partnerProvinces()), this.formats.day(a.plannedStart()), this.formats.day(a.deadline()),
				this.labels.status(a.status()), this.formats.day(a.completedOn()), nullToEmpty(a.resultSummary()),
				a.budgetPlanned() == null ? "" : a.budgetPlanned().toPlainString(),
				a.budgetSpent() == null ? "" : a.budgetSpent().toPlainString(),
				this.labels.yesNo(a.sharedWithProvinces()), this.labels.deadline(a.deadlineStatus()),
				this.formats.moment(a.lastUpdateAt()));
	}

	private List<ActivityExportRow> rows(ActivityFilter filter, Viewer viewer, String format) {
		ActivityFilter safe = filter == null ? ActivityFilter.none() : filter;
		List<ActivityExportRow> rows = this.search.findForExport(safe, viewer, LocalDate.now(this.clock),
				MAXIMUM_ROWS);
		String query = safe.queryForPage(1).replace('?', ' ');
		this.auditLog.record(SecurityEventType.EXPORT,
				SecurityDetail.of("activities " + format + ", " + rows.size() + " rows" + query,
						"audit.detail.export.activities", format, rows.size(), query));
		return rows;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
