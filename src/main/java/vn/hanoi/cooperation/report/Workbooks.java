package vn.hanoi.cooperation.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The house style of every .xlsx the portal writes: a bold, filled, frozen header row with filters. */
public final class Workbooks {

	private Workbooks() {
	}

	public record Styles(CellStyle header, CellStyle text, CellStyle date, CellStyle moment, CellStyle money,
			CellStyle number, CellStyle decimal, CellStyle mark) {
	}

	public static Styles styles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		bold.setFontName("Times New Roman");
		Font plain = workbook.createFont();
		plain.setFontName("Times New Roman");
		CellStyle header = workbook.createCellStyle();
		header.setFont(bold);
		header.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		header.setBorderBottom(BorderStyle.THIN);
		header.setWrapText(true);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setAlignment(HorizontalAlignment.CENTER);
		CellStyle text = workbook.createCellStyle();
		text.setFont(plain);
		text.setWrapText(true);
		text.setVerticalAlignment(VerticalAlignment.TOP);
		CellStyle date = workbook.createCellStyle();
		date.cloneStyleFrom(text);
		date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
		CellStyle moment = workbook.createCellStyle();
		moment.cloneStyleFrom(text);
		moment.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
		CellStyle money = workbook.createCellStyle();
		money.cloneStyleFrom(text);
		money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		CellStyle number = workbook.createCellStyle();
		number.cloneStyleFrom(text);
		number.setDataFormat(workbook.createDataFormat().getFormat("0"));
		CellStyle decimal = workbook.createCellStyle();
		decimal.cloneStyleFrom(text);
		decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
		Font red = workbook.createFont();
		red.setBold(true);
		red.setFontName("Times New Roman");
		red.setColor(IndexedColors.DARK_RED.getIndex());
		CellStyle mark = workbook.createCellStyle();
		mark.setFont(red);
		mark.setAlignment(HorizontalAlignment.CENTER);
		mark.setVerticalAlignment(VerticalAlignment.CENTER);
		return new Styles(header, text, date, moment, money, number, decimal, mark);
	}

	/** Writes the header row, freezes it and puts filters on it; widths are in characters. */
	public static void header(Sheet sheet, Styles styles, String[] headers, int[] widths) {
		header(sheet, styles, headers, widths, null);
	}

	/**
	 * The header row below a demo instance's mark (the first row, across the columns, when {@code mark} is not
	 * null); everything above the data stays in view. Returns the index of the header row.
	 */
	static int header(Sheet sheet, Styles styles, String[] headers, int[] widths, String mark) {
		int index = mark(sheet, styles, mark, headers.length);
		Row row = sheet.createRow(index);
		row.setHeightInPoints(32);
		for (int i = 0; i < headers.length; i++) {
			row.createCell(i).setCellValue(headers[i]);
			row.getCell(i).setCellStyle(styles.header());
			sheet.setColumnWidth(i, Math.min(255, widths[i]) * 256);
		}
		sheet.createFreezePane(0, index + 1);
		return index;
	}

	/**
	 * A demo instance's mark in the first row, across the columns, when {@code mark} is not null. Returns the index
	 * of the row that comes next.
	 */
	public static int mark(Sheet sheet, Styles styles, String mark, int columns) {
		if (mark == null) {
			return 0;
		}
		Row first = sheet.createRow(0);
		first.setHeightInPoints(24);
		first.createCell(0).setCellValue(mark);
		first.getCell(0).setCellStyle(styles.mark());
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(1, columns - 1)));
		return 1;
	}

	/**
	 * The index of the row below a mark as {@link #mark} writes it (text in A1, merged across the first row), or 0
	 * when the sheet starts without one: a demo instance's own file is read back from where its table starts.
	 */
	public static int belowMark(Sheet sheet) {
		Row first = sheet.getRow(0);
		Cell text = first == null ? null : first.getCell(0);
		if (text == null || text.getCellType() != CellType.STRING) {
			return 0;
		}
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.getFirstRow() == 0 && region.getLastRow() == 0 && region.getFirstColumn() == 0
					&& region.getLastColumn() > 0) {
				return 1;
			}
		}
		return 0;
	}

	public static void filters(Sheet sheet, int columns, int lastRow) {
		filters(sheet, columns, 0, lastRow);
	}

	static void filters(Sheet sheet, int columns, int headerRow, int lastRow) {
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
	}

	public static byte[] bytes(XSSFWorkbook workbook) {
		try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
