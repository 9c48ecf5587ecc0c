package vn.hanoi.cooperation.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.report.Workbooks;
import vn.hanoi.cooperation.result.GridRow;
import vn.hanoi.cooperation.result.ResultGrid;
import vn.hanoi.cooperation.result.YearlyResult;
import vn.hanoi.cooperation.system.DisplayFormats;

/**
 * The results grid as a workbook and back: one line per grid row, keyed by its first column (indicator and
 * province ids) and carrying the version it was written at, so that an import changes exactly the rows it names
 * and notices a row changed since the download, and in a hidden last column the unit and aggregation its indicator
 * had then, so that a figure typed in "lượt người" is not saved once the indicator counts "tấn". Only the target and
 * actual columns are read back as figures. Row keys are the same every year and in every department, so the first
 * column of the title row names the grid itself ("2026/SCT_2025"): a file of another year or department, or one
 * written before it did, is refused. A merged department's figure of the year, shown under the row's cells on the
 * page, is a line of its own under the row, without a key: read by people, never back as the row's figure.
 */
final class ResultGridSpreadsheet {

	static final String[] HEADER = { "grid.xlsx.key", "results.col.indicator", "grid.xlsx.row", "results.col.unit",
			"grid.xlsx.lastYear", "results.col.target", "results.col.actual", "result.field.status",
			"grid.xlsx.version", "grid.xlsx.meaning" };

	private static final int KEY = 0;

	private static final int TARGET = 5;

	private static final int ACTUAL = 6;

	private static final int VERSION = 8;

	private static final int MEANING = 9;

	private static final Pattern ROW_KEY = Pattern.compile("\\d{1,18}-\\d{1,18}");

	private static final Pattern GRID_KEY = Pattern.compile("\\d{4}/.+");

	private ResultGridSpreadsheet() {
	}

	/**
	 * The grid in the page's language, as the page shows it: units in words ("tấn", "sự kiện"), "trên" before a
	 * figure that is a lower bound (a number format: the cell stays a number the import reads back), a unit of
	 * before 1 July 2025 said to be one, the figures of the departments merged into this one under the rows they
	 * share; a demo instance's mark first.
	 */
	static byte[] write(ResultGrid grid, MessageSource messages, DisplayFormats formats, Locale locale,
			boolean demo) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(String.valueOf(grid.year()));
			Workbooks.Styles styles = Workbooks.styles(workbook);
			Figures figures = new Figures(workbook, messages.getMessage("results.over", null, locale));
			int line = Workbooks.mark(sheet, styles,
					demo ? messages.getMessage("demo.file.mark", null, locale) : null, HEADER.length);
			Row title = sheet.createRow(line++);
			title.createCell(KEY).setCellValue(gridKey(grid.year(), grid.department()));
			title.createCell(1).setCellValue(messages.getMessage("grid.title",
					new Object[] { grid.department().nameIn(locale), String.valueOf(grid.year()) }, locale));
			title.getCell(1).setCellStyle(styles.header());
			Row header = sheet.createRow(line++);
			for (int column = 0; column < HEADER.length; column++) {
				Cell cell = header.createCell(column);
				cell.setCellValue(messages.getMessage(HEADER[column], null, locale));
				cell.setCellStyle(styles.header());
			}
			sheet.createFreezePane(0, line);
			for (GridRow r : grid.rows()) {
				Row row = sheet.createRow(line++);
				row.createCell(KEY).setCellValue(r.getKey());
				row.createCell(1).setCellValue(r.getIndicator().getCode() + " – " + r.getIndicator().nameIn(locale));
				row.createCell(2).setCellValue(rowLabel(r, messages, formats, locale));
				row.createCell(3).setCellValue(r.getIndicator().getUnitOfMeasure().label(messages, locale));
				row.createCell(MEANING).setCellValue(r.getMeaning());
				figures.write(row, 4, r.getLastYear(), r.isLastYearLowerBound());
				if (r.getResult() != null) {
					figures.write(row, TARGET, r.getResult().getTarget(), false);
					figures.write(row, ACTUAL, r.getResult().getActual(), r.getResult().isActualLowerBound());
					row.createCell(7)
						.setCellValue(messages.getMessage(r.getResult().getStatus().messageKey(), null, locale));
					row.createCell(VERSION).setCellValue(r.getVersion());
				}
				for (YearlyResult p : r.getPredecessorFigures()) {
					predecessorLine(sheet.createRow(line++), r, p, figures, messages, formats, locale);
				}
			}
			for (int column = 0; column < HEADER.length; column++) {
				sheet.setColumnWidth(column, column == 1 ? 60 * 256 : 18 * 256);
			}
			// Not for the user to read or change: the unit column says the same in words.
			sheet.setColumnHidden(MEANING, true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "Tổng số", or "trong đó: Điện Biên (đơn vị trước 01/07/2025)" for a unit of before the merger, as on the page. */
	private static String rowLabel(GridRow r, MessageSource messages, DisplayFormats formats, Locale locale) {
		if (r.isTotal()) {
			return messages.getMessage("results.total", null, locale);
		}
		String label = messages.getMessage("results.ofWhichProvince", new Object[] { r.getProvince().nameIn(locale) },
				locale);
		return r.getProvince().getValidTo() == null ? label
				: label + " " + messages.getMessage("activity.formerUnit",
						new Object[] { formats.day(r.getProvince().dayAfterEnd()) }, locale);
	}

	/**
	 * "Tổng số – số riêng của Sở Nông nghiệp và Phát triển nông thôn (đến 28/02/2025), chỉ để xem" with its target
	 * and actual, as the page shows it under the row's cells. No key (a blank cell): the import passes over it, so
	 * the figure is never read back as the row's own.
	 */
	private static void predecessorLine(Row row, GridRow r, YearlyResult p, Figures figures,
			MessageSource messages, DisplayFormats formats, Locale locale) {
		String name = p.getDepartment().nameIn(locale);
		String who = p.getDepartment().getValidTo() == null ? name : messages.getMessage("department.until",
				new Object[] { name, formats.day(p.getDepartment().getValidTo()) }, locale);
		row.createCell(KEY);
		row.createCell(1).setCellValue(r.getIndicator().getCode() + " – " + r.getIndicator().nameIn(locale));
		row.createCell(2).setCellValue(messages.getMessage("grid.xlsx.predecessorRow",
				new Object[] { rowLabel(r, messages, formats, locale), who }, locale));
		row.createCell(3).setCellValue(r.getIndicator().getUnitOfMeasure().label(messages, locale));
		figures.write(row, TARGET, p.getTarget(), false);
		figures.write(row, ACTUAL, p.getActual(), p.isActualLowerBound());
	}

	/** "2026/SCT_2025": the grid a workbook was written from. */
	private static String gridKey(int year, Department department) {
		return year + "/" + department.getCode();
	}

	/**
	 * The grid's form fields from an uploaded workbook of this year's grid of this department
	 * ({@code target_<key>}, {@code actual_<key>}, {@code version_<key>}, and {@code downloadedAs_<key>} unless the
	 * workbook was downloaded before workbooks said what each row's indicator meant): a number cell as a plain figure
	 * written the Vietnamese way, a text cell as typed. A row key twice, a formula without a number, or a date where a
	 * figure goes is refused with the cell it is in.
	 */
	static Map<String, String> read(byte[] content, int year, Department department) throws SpreadsheetRejected {
		return ActivitySpreadsheet.read(content, sheet -> {
			if (sheet.getLastRowNum() > ActivitySpreadsheet.MAXIMUM_ROWS) {
				throw new SpreadsheetRejected("import.rejected.tooManyRows", ActivitySpreadsheet.MAXIMUM_ROWS);
			}
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			requireGrid(sheet, year, department, formatter);
			Map<String, String> cells = new HashMap<>();
			Map<String, Integer> lines = new HashMap<>();
			for (int index = 0; index <= sheet.getLastRowNum(); index++) {
				Row row = sheet.getRow(index);
				String key = key(row, formatter);
				if (!ROW_KEY.matcher(key).matches()) {
					continue;
				}
				Integer earlier = lines.putIfAbsent(key, index + 1);
				if (earlier != null) {
					// The later row would silently win over the earlier one.
					throw new SpreadsheetRejected("import.rejected.duplicateRow", earlier, index + 1, key);
				}
				cells.put("target_" + key, figure(row.getCell(TARGET), formatter));
				cells.put("actual_" + key, figure(row.getCell(ACTUAL), formatter));
				cells.put("version_" + key, plain(row.getCell(VERSION), formatter));
				String meaning = plain(row.getCell(MEANING), formatter);
				if (!meaning.isEmpty()) {
					cells.put("downloadedAs_" + key, meaning);
				}
			}
			if (cells.isEmpty()) {
				throw new SpreadsheetRejected("import.rejected.noRows");
			}
			return cells;
		});
	}

	/** The workbook names this grid, and no other, in its first column. */
	private static void requireGrid(Sheet sheet, int year, Department department, DataFormatter formatter)
			throws SpreadsheetRejected {
		Set<String> grids = new HashSet<>();
		for (int index = 0; index <= sheet.getLastRowNum(); index++) {
			String key = key(sheet.getRow(index), formatter);
			if (GRID_KEY.matcher(key).matches()) {
				grids.add(key);
			}
		}
		if (!grids.equals(Set.of(gridKey(year, department)))) {
			throw new SpreadsheetRejected("import.rejected.otherGrid", year, department.getNameVi());
		}
	}

	private static String key(Row row, DataFormatter formatter) {
		return row == null ? "" : formatter.formatCellValue(row.getCell(KEY)).strip();
	}

	/** A figure as the grid reads one typed in, the Vietnamese way without grouping: "1500000,5". */
	private static String figure(Cell cell, DataFormatter formatter) throws SpreadsheetRejected {
		if (cell != null && holdsNumber(cell) && DateUtil.isCellDateFormatted(cell)) {
			// Its serial number (45413 for 1 May 2024) is no figure.
			throw new SpreadsheetRejected("import.rejected.dateFigure", address(cell));
		}
		String plain = plain(cell, formatter);
		return cell != null && holdsNumber(cell) ? plain.replace('.', ',') : plain;
	}

	/** A number cell (or a formula by the number it last computed) written plainly ("1500000.5"), text as typed. */
	private static String plain(Cell cell, DataFormatter formatter) throws SpreadsheetRejected {
		if (cell == null) {
			return "";
		}
		if (holdsNumber(cell)) {
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(cell).strip();
	}

	/**
	 * Whether the cell holds a number: typed, or computed by a formula (a total's =SUM) and kept in the file. A
	 * formula without a number kept (text, an error, a file never computed) is refused: its text is no figure.
	 */
	private static boolean holdsNumber(Cell cell) throws SpreadsheetRejected {
		if (cell.getCellType() != CellType.FORMULA) {
			return cell.getCellType() == CellType.NUMERIC;
		}
		if (cell.getCachedFormulaResultType() != CellType.NUMERIC || !((XSSFCell) cell).getCTCell().isSetV()) {
			throw new SpreadsheetRejected("import.rejected.formula", address(cell));
		}
		return true;
	}

	private static String address(Cell cell) {
		return new CellReference(cell).formatAsString(false);
	}

	/**
	 * Figures as number cells; a lower bound shown "trên 310.000" by its number format, with the figure's own
	 * decimals (Excel has no format that shows "trên" and drops a whole number's decimal point).
	 */
	private static final class Figures {

		private final XSSFWorkbook workbook;

		private final String over;

		private final Map<Integer, CellStyle> lowerBounds = new HashMap<>();

		Figures(XSSFWorkbook workbook, String over) {
			this.workbook = workbook;
			this.over = over;
		}

		void write(Row row, int column, BigDecimal value, boolean lowerBound) {
			if (value == null) {
				return;
			}
			Cell cell = row.createCell(column);
			cell.setCellValue(value.doubleValue());
			if (lowerBound) {
				cell.setCellStyle(this.lowerBounds.computeIfAbsent(Math.max(0, value.stripTrailingZeros().scale()),
						this::lowerBound));
			}
		}

		private CellStyle lowerBound(int decimals) {
			CellStyle style = this.workbook.createCellStyle();
			style.setDataFormat(this.workbook.createDataFormat()
				.getFormat("\"" + this.over + " \"#,##0" + (decimals == 0 ? "" : "." + "0".repeat(decimals))));
			return style;
		}

	}

}
