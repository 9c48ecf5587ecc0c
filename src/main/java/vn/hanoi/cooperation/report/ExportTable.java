package vn.hanoi.cooperation.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list as a table of typed cells, written once and sent either as .xlsx (the {@link Workbooks} house style,
 * real dates and numbers) or as .csv (dates dd/MM/yyyy, numbers as plain digits a spreadsheet reads back).
 */
final class ExportTable {

	enum Kind {

		TEXT, DATE, INTEGER, FIGURE

	}

	record Column(String header, int width, Kind kind) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final String sheetName;

	private final List<Column> columns;

	private final List<Object[]> rows = new ArrayList<>();

	ExportTable(String sheetName, List<Column> columns) {
		this.sheetName = sheetName;
		this.columns = columns;
	}

	static Column text(String header, int width) {
		return new Column(header, width, Kind.TEXT);
	}

	static Column date(String header) {
		return new Column(header, 13, Kind.DATE);
	}

	static Column integer(String header, int width) {
		return new Column(header, width, Kind.INTEGER);
	}

	static Column figure(String header, int width) {
		return new Column(header, width, Kind.FIGURE);
	}

	/** Values in column order: String, LocalDate, Number or null. */
	ExportTable add(Object... values) {
		if (values.length != this.columns.size()) {
			throw new IllegalArgumentException("expected " + this.columns.size() + " values, got " + values.length);
		}
		this.rows.add(values);
		return this;
	}

	int size() {
		return this.rows.size();
	}

	/** The workbook; {@code mark} (a demo instance's line, or null) goes in the first row. */
	byte[] xlsx(String mark) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Workbooks.Styles styles = Workbooks.styles(workbook);
		Sheet sheet = workbook.createSheet(this.sheetName);
		String[] headers = new String[this.columns.size()];
		int[] widths = new int[this.columns.size()];
		for (int i = 0; i < headers.length; i++) {
			headers[i] = this.columns.get(i).header();
			widths[i] = this.columns.get(i).width();
		}
		int headerRow = Workbooks.header(sheet, styles, headers, widths, mark);
		int index = headerRow + 1;
		for (Object[] values : this.rows) {
			Row row = sheet.createRow(index++);
			for (int i = 0; i < values.length; i++) {
				write(row.createCell(i), this.columns.get(i).kind(), values[i], styles);
			}
		}
		Workbooks.filters(sheet, headers.length, headerRow, index - 1);
		return Workbooks.bytes(workbook);
	}

	byte[] csv() {
		List<List<String>> lines = new ArrayList<>();
		lines.add(this.columns.stream().map(Column::header).toList());
		for (Object[] values : this.rows) {
			List<String> line = new ArrayList<>(values.length);
			for (Object value : values) {
				line.add(csvText(value));
			}
			lines.add(line);
		}
		return Csv.write(lines);
	}

	private static void write(Cell cell, Kind kind, Object value, Workbooks.Styles styles) {
		switch (kind) {
			case TEXT -> {
				cell.setCellStyle(styles.text());
				if (value != null) {
					cell.setCellValue(value.toString());
				}
			}
			case DATE -> {
				cell.setCellStyle(styles.date());
				if (value != null) {
					cell.setCellValue((LocalDate) value);
				}
			}
			case INTEGER -> {
				cell.setCellStyle(styles.number());
				if (value != null) {
					cell.setCellValue(((Number) value).doubleValue());
				}
			}
			case FIGURE -> {
				BigDecimal figure = value == null ? null : new BigDecimal(value.toString());
				boolean whole = figure == null || figure.stripTrailingZeros().scale() <= 0;
				cell.setCellStyle(whole ? styles.money() : styles.decimal());
				if (figure != null) {
					cell.setCellValue(figure.doubleValue());
				}
			}
		}
	}

	private static String csvText(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate day) {
			return DAY.format(day);
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

}
