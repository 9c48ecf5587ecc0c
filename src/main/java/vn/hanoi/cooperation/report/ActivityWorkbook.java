package vn.hanoi.cooperation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.activity.ActivityExportRow;

/**
 * Activities as an .xlsx sheet: real dates and numbers, Vietnamese labels, the columns the import reads. Streamed
 * (SXSSF): only the last {@link #ROWS_IN_MEMORY} rows stay in memory, the others wait in a compressed temporary
 * file until the workbook goes to the response, so 50,000 activities fit in a small heap.
 */
@Component
class ActivityWorkbook {

	private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Labels labels;

	ActivityWorkbook(Labels labels) {
		this.labels = labels;
	}

	static final int ROWS_IN_MEMORY = 100;

	/** The workbook to {@code out}; {@code mark} (a demo instance's line, or null) goes in the first row. */
	void write(Iterable<ActivityExportRow> activities, String mark, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			workbook.setCompressTempFiles(true);
			// Streamed entries with Zip64 fields are unreadable to java.util.zip, so the import refused its own
			// export; a sheet of 50,000 activities is far below the 4 GB that would need them.
			workbook.setZip64Mode(Zip64Mode.Never);
			write(workbook, activities, mark);
			workbook.write(out);
		}
	}

	private void write(SXSSFWorkbook workbook, Iterable<ActivityExportRow> activities, String mark) {
		Workbooks.Styles styles = Workbooks.styles(workbook);
		Sheet sheet = workbook.createSheet("Hoạt động");
		ActivityColumn[] columns = ActivityColumn.values();
		String[] headers = new String[columns.length];
		int[] widths = new int[columns.length];
		for (ActivityColumn column : columns) {
			headers[column.ordinal()] = column.header();
			widths[column.ordinal()] = column.width();
		}
		int headerRow = Workbooks.header(sheet, styles, headers, widths, mark);
		int index = headerRow + 1;
		for (ActivityExportRow activity : activities) {
			Row row = sheet.createRow(index++);
			text(row, ActivityColumn.REFERENCE, activity.reference(), styles);
			number(row, ActivityColumn.YEAR, activity.year(), styles.number());
			text(row, ActivityColumn.GROUP, activity.groupNumber() + ". " + activity.groupName(), styles);
			text(row, ActivityColumn.TITLE, activity.title(), styles);
			text(row, ActivityColumn.DESCRIPTION, activity.description(), styles);
			text(row, ActivityColumn.LEAD_DEPARTMENT, activity.leadDepartment(), styles);
			text(row, ActivityColumn.COORDINATING_DEPARTMENTS, activity.coordinatingDepartments(), styles);
			text(row, ActivityColumn.PARTNER_PROVINCES, activity.partnerProvinces(), styles);
			date(row, ActivityColumn.PLANNED_START, activity.plannedStart(), styles);
			date(row, ActivityColumn.DEADLINE, activity.deadline(), styles);
			text(row, ActivityColumn.STATUS, this.labels.status(activity.status()), styles);
			date(row, ActivityColumn.COMPLETED_ON, activity.completedOn(), styles);
			text(row, ActivityColumn.RESULT_SUMMARY, activity.resultSummary(), styles);
			if (activity.budgetPlanned() != null) {
				number(row, ActivityColumn.BUDGET_PLANNED, activity.budgetPlanned().doubleValue(), styles.money());
			}
			if (activity.budgetSpent() != null) {
				number(row, ActivityColumn.BUDGET_SPENT, activity.budgetSpent().doubleValue(), styles.money());
			}
			text(row, ActivityColumn.SHARED, this.labels.yesNo(activity.sharedWithProvinces()), styles);
			text(row, ActivityColumn.DEADLINE_STATUS, this.labels.deadline(activity.deadlineStatus()), styles);
			if (activity.lastUpdateAt() != null) {
				Cell cell = row.createCell(ActivityColumn.LAST_UPDATE.ordinal());
				cell.setCellValue(LocalDateTime.ofInstant(activity.lastUpdateAt(), HANOI));
				cell.setCellStyle(styles.moment());
			}
			number(row, ActivityColumn.VERSION, activity.version(), styles.number());
		}
		Workbooks.filters(sheet, columns.length, headerRow, index - 1);
	}

	private static void text(Row row, ActivityColumn column, String value, Workbooks.Styles styles) {
		Cell cell = row.createCell(column.ordinal());
		cell.setCellStyle(styles.text());
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	private static void number(Row row, ActivityColumn column, double value, org.apache.poi.ss.usermodel.CellStyle style) {
		Cell cell = row.createCell(column.ordinal());
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void date(Row row, ActivityColumn column, LocalDate value, Workbooks.Styles styles) {
		Cell cell = row.createCell(column.ordinal());
		cell.setCellStyle(styles.date());
		if (value != null) {
			cell.setCellValue(value);
		}
	}

}
