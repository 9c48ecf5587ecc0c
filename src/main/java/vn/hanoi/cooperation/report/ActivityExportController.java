package vn.hanoi.cooperation.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityExportRow;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.system.DisplayFormats;

/** The activity list as .xlsx or .csv, with the list's current filters and only what the user may see. */
@Controller
class ActivityExportController {

	private final ActivityExports exports;

	private final ActivityWorkbook workbook;

	private final Labels labels;

	private final DisplayFormats formats;

	private final DemoMark demo;

	private final ExportNames names;

	ActivityExportController(ActivityExports exports, ActivityWorkbook workbook, Labels labels,
			DisplayFormats formats, DemoMark demo, ExportNames names) {
		this.demo = demo;
		this.names = names;
		this.exports = exports;
		this.workbook = workbook;
		this.labels = labels;
		this.formats = formats;
	}

	/** Streamed: the rows go into an SXSSF workbook written to the response (README, "Performance"). */
	@GetMapping("/activities/export.xlsx")
	void xlsx(@ModelAttribute("filter") ActivityFilter filter, Viewer viewer, HttpServletResponse response)
			throws IOException {
		Downloads.stream(response, Downloads.XLSX, this.names.activities(filter, "xlsx"),
				out -> this.exports.write(filter, viewer, "xlsx", rows -> this.workbook.write(rows, this.demo.line(), out)));
	}

	/** Streamed: each line goes to the response as it is formatted. */
	@GetMapping("/activities/export.csv")
	void csv(@ModelAttribute("filter") ActivityFilter filter, Viewer viewer, HttpServletResponse response)
			throws IOException {
		Downloads.stream(response, Downloads.CSV, this.names.activities(filter, "csv"),
				out -> this.exports.write(filter, viewer, "csv", rows -> {
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
				}));
	}

	private List<String> line(ActivityExportRow a) {
		return List.of(a.reference(), String.valueOf(a.year()), a.groupNumber() + ". " + a.groupName(), a.title(),
				nullToEmpty(a.description()), a.leadDepartment(), nullToEmpty(a.coordinatingDepartments()),
				nullToEmpty(a.partnerProvinces()), this.formats.day(a.plannedStart()), this.formats.day(a.deadline()),
				this.labels.status(a.status()), this.formats.day(a.completedOn()), nullToEmpty(a.resultSummary()),
				a.budgetPlanned() == null ? "" : a.budgetPlanned().toPlainString(),
				a.budgetSpent() == null ? "" : a.budgetSpent().toPlainString(),
				this.labels.yesNo(a.sharedWithProvinces()), this.labels.deadline(a.deadlineStatus()),
				this.formats.moment(a.lastUpdateAt()), String.valueOf(a.version()));
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
