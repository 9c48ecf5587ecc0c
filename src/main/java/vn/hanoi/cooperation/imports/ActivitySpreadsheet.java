package vn.hanoi.cooperation.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.hanoi.cooperation.activity.ImportRow;
import vn.hanoi.cooperation.report.ActivityColumn;
import vn.hanoi.cooperation.report.Workbooks;
import vn.hanoi.cooperation.system.OfficePackage;

/**
 * Reads the activity template (or an exported file) safely: only .xlsx by content, no encrypted files, no zip
 * bombs (the package is unpacked under a budget before POI sees it), no formulas, a bounded number of rows.
 */
final class ActivitySpreadsheet {

	static final int MAXIMUM_ROWS = 2_000;

	static final long MAXIMUM_BYTES = 5L * 1024 * 1024;

	/** A filled-in template of {@value #MAXIMUM_ROWS} rows unpacks to a few megabytes; a zip bomb to far more. */
	static final long MAXIMUM_UNPACKED_BYTES = 50L * 1024 * 1024;

	private static final Set<String> DECLARED_TYPES = Set.of("", "application/octet-stream",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/zip",
			"application/x-zip-compressed");

	private static final Set<ActivityColumn> BUDGETS = Set.of(ActivityColumn.BUDGET_PLANNED,
			ActivityColumn.BUDGET_SPENT);

	private ActivitySpreadsheet() {
	}

	/** Reads a sheet of an uploaded workbook; refuses it with the message the user reads. */
	interface SheetReader<T> {

		T read(Sheet sheet) throws SpreadsheetRejected;

	}

	static List<ImportRow> read(byte[] content) throws SpreadsheetRejected {
		return read(content, ActivitySpreadsheet::rows);
	}

	/** The first sheet of an uploaded workbook that passed {@link #checkPackage}, read by {@code reader}. */
	static <T> T read(byte[] content, SheetReader<T> reader) throws SpreadsheetRejected {
		checkPackage(content);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				// A package Excel would not open, but POI does: it has nothing of the template.
				throw new SpreadsheetRejected("import.rejected.notTemplate");
			}
			return reader.read(workbook.getSheetAt(0));
		}
		catch (EncryptedDocumentException ex) {
			throw new SpreadsheetRejected("import.rejected.encryptedOrOld");
		}
		catch (org.apache.poi.ooxml.POIXMLException | IOException | IllegalStateException | IllegalArgumentException
				| RecordFormatException ex) {
			// POI reports broken packages here (NotOfficeXmlFileException is an IllegalArgumentException), records over
			// its size limits, and parts it cannot make sense of.
			throw new SpreadsheetRejected("import.rejected.unreadable");
		}
	}

	/**
	 * What every uploaded spreadsheet must pass before POI opens it: not empty, not too large, a real .xlsx (not an
	 * encrypted or old one), no zip bomb.
	 */
	static void checkPackage(byte[] content) throws SpreadsheetRejected {
		if (content == null || content.length == 0) {
			throw new SpreadsheetRejected("import.rejected.empty");
		}
		if (content.length > MAXIMUM_BYTES) {
			throw new SpreadsheetRejected("import.rejected.tooLarge", MAXIMUM_BYTES / (1024 * 1024));
		}
		if (content.length > 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
			// OLE2: an encrypted .xlsx or an old .xls.
			throw new SpreadsheetRejected("import.rejected.encryptedOrOld");
		}
		if (!OfficePackage.looksLikeZip(content)) {
			throw new SpreadsheetRejected("import.rejected.notXlsx");
		}
		// POI would unpack every part into memory first (up to 100 MB each) and fail with a runtime exception.
		try {
			OfficePackage.open(content, MAXIMUM_UNPACKED_BYTES);
		}
		catch (OfficePackage.Refused ex) {
			throw new SpreadsheetRejected(ex.reason() == OfficePackage.Refused.Reason.ZIP_BOMB
					? "import.rejected.zipBomb" : "import.rejected.unreadable");
		}
	}

	/** The rows below the header, which a demo instance's export has below its mark ("DỮ LIỆU MẪU…"). */
	private static List<ImportRow> rows(Sheet sheet) throws SpreadsheetRejected {
		int header = Workbooks.belowMark(sheet);
		checkHeader(sheet.getRow(header));
		boolean exported = hasHeader(sheet.getRow(header), ActivityColumn.VERSION);
		if (sheet.getLastRowNum() - header > MAXIMUM_ROWS) {
			throw new SpreadsheetRejected("import.rejected.tooManyRows", MAXIMUM_ROWS);
		}
		List<ImportRow> rows = new ArrayList<>();
		for (int index = header + 1; index <= sheet.getLastRowNum(); index++) {
			Row row = sheet.getRow(index);
			if (row == null) {
				continue;
			}
			ImportRow parsed = parse(row, exported);
			if (!parsed.isBlank()) {
				rows.add(parsed);
			}
		}
		if (rows.isEmpty()) {
			throw new SpreadsheetRejected("import.rejected.noRows");
		}
		return rows;
	}

	/**
	 * Whether the name and the type the browser sent admit to an .xlsx file (the bytes are checked apart): a
	 * browser that does not know the type sends none or "octet-stream", Windows without Office may say "zip".
	 */
	static boolean declaredAsSpreadsheet(String fileName, String contentType) {
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		return (name.isEmpty() || name.endsWith(".xlsx")) && DECLARED_TYPES.contains(type);
	}

	private static void checkHeader(Row header) throws SpreadsheetRejected {
		if (header == null) {
			throw new SpreadsheetRejected("import.rejected.notTemplate");
		}
		for (ActivityColumn column : ActivityColumn.values()) {
			if (!column.importable()) {
				continue;
			}
			Cell cell = header.getCell(column.ordinal());
			String text = cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue().strip();
			if (!text.equalsIgnoreCase(column.header())) {
				throw new SpreadsheetRejected("import.rejected.wrongColumn", column.letter(), column.header());
			}
		}
	}

	private static boolean hasHeader(Row header, ActivityColumn column) {
		Cell cell = header.getCell(column.ordinal());
		return cell != null && cell.getCellType() == CellType.STRING
				&& cell.getStringCellValue().strip().equalsIgnoreCase(column.header());
	}

	/** A row's cells as text; the version only from a file whose header names it (an exported one). */
	private static ImportRow parse(Row row, boolean exported) throws SpreadsheetRejected {
		String[] values = new String[ActivityColumn.values().length];
		for (ActivityColumn column : ActivityColumn.values()) {
			if (column != ActivityColumn.VERSION || exported) {
				values[column.ordinal()] = text(row.getCell(column.ordinal()), row.getRowNum() + 1, column);
			}
		}
		return new ImportRow(row.getRowNum() + 1, values[0], values[1], values[2], values[3], values[4], values[5],
				values[6], values[7], values[8], values[9], values[10], values[11], values[12], values[13],
				values[14], values[15], values[ActivityColumn.VERSION.ordinal()]);
	}

	/** A cell as text: dates as yyyy-MM-dd, whole numbers without ".0"; formulas are refused. */
	private static String text(Cell cell, int line, ActivityColumn column) throws SpreadsheetRejected {
		if (cell == null) {
			return null;
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell)) {
					LocalDateTime value = cell.getLocalDateTimeCellValue();
					LocalDate day = value == null ? null : value.toLocalDate();
					yield day == null ? null : day.toString();
				}
				double number = cell.getNumericCellValue();
				if (number == Math.rint(number) && Math.abs(number) < 1e18) {
					yield new java.math.BigDecimal(number).toPlainString();
				}
				// An amount with a decimal part, written the Vietnamese way: the check refuses it as not whole đồng
				// ("123.456" would read as grouped thousands).
				yield BUDGETS.contains(column) ? java.math.BigDecimal.valueOf(number).toPlainString().replace('.', ',')
						: String.valueOf(number);
			}
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case FORMULA -> throw new SpreadsheetRejected("import.rejected.formula", column.letter() + line);
			default -> null;
		};
	}

}
