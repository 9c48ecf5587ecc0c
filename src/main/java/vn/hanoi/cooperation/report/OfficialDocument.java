package vn.hanoi.cooperation.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * A Word document laid out as Decree 30/2020/NĐ-CP asks of an administrative document: A4, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 14 pt, the two-column heading (issuing body and
 * number on the left, national title, motto, place and date on the right), a centred title, justified body,
 * the page number centred in the header from the second page on, and the recipients beside the signature block
 * (with room to sign above the signer's name) at the end.
 */
final class OfficialDocument {

	static final String FONT = "Times New Roman";

	/** A4 in twentieths of a point. */
	static final int PAGE_WIDTH = 11906;

	static final int PAGE_HEIGHT = 16838;

	static final int MARGIN_TOP = 1134;

	static final int MARGIN_BOTTOM = 1134;

	static final int MARGIN_LEFT = 1701;

	static final int MARGIN_RIGHT = 850;

	static final int BODY_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

	private static final int BODY_SIZE = 14;

	private static final int TABLE_SIZE = 12;

	/** 1,27 cm: the first line of each body paragraph. */
	private static final int INDENT = 720;

	private static final int LEFT_COLUMN = 3969;

	/** About 3 cm between the signer's title and name: room for the signature and the seal. */
	static final int SIGNATURE_SPACE = 1700;

	private final XWPFDocument document = new XWPFDocument();

	private final XWPFHeader firstPageHeader;

	private final XWPFHeader pageHeader;

	OfficialDocument() {
		CTSectPr section = this.document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		this.document.createStyles().setDefaultFonts(fonts);
		// The first page carries no number (a header of its own); the others are numbered in the middle.
		this.firstPageHeader = this.document.createHeader(HeaderFooterType.FIRST);
		this.pageHeader = this.document.createHeader(HeaderFooterType.DEFAULT);
		pageNumber(this.pageHeader.createParagraph());
	}

	/**
	 * Marks a document written from demo records, on the first page and in the header of every page, so that no
	 * page of it can pass for an official document.
	 */
	void demoMark(String text) {
		for (XWPFHeader header : List.of(this.firstPageHeader, this.pageHeader)) {
			line(header.createParagraph(), text, 11, true, false);
		}
		XWPFParagraph mark = this.document.createParagraph();
		line(mark, text, 13, true, false);
		mark.setBorderTop(Borders.SINGLE);
		mark.setBorderBottom(Borders.SINGLE);
		mark.setSpacingAfter(120);
	}

	/** The field PAGE, centred: Word writes the number of each page. */
	private static void pageNumber(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		tight(paragraph);
		run(paragraph, "", 13, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		run(paragraph, "", 13, false, false).getCTR().addNewInstrText().setStringValue(" PAGE ");
		run(paragraph, "", 13, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(paragraph, "2", 13, false, false);
		run(paragraph, "", 13, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	/**
	 * The heading of the first page: issuing body with a short rule and the document number on the left; the
	 * national title, the motto with a rule, and the place and date in italics on the right.
	 */
	void heading(String bodyAbove, String body, String number, String nation, String motto, String placeAndDate) {
		XWPFTable table = borderless(2, 2, LEFT_COLUMN, BODY_WIDTH - LEFT_COLUMN);
		XWPFTableCell agency = table.getRow(0).getCell(0);
		line(first(agency), bodyAbove, 13, true, false);
		line(agency.addParagraph(), body, 13, true, false);
		rule(agency.addParagraph(), LEFT_COLUMN, 1300);
		XWPFTableCell nationCell = table.getRow(0).getCell(1);
		line(first(nationCell), nation, 12, true, false);
		line(nationCell.addParagraph(), motto, 13, true, false);
		rule(nationCell.addParagraph(), BODY_WIDTH - LEFT_COLUMN, 3300);
		line(first(table.getRow(1).getCell(0)), number, 13, false, false);
		line(first(table.getRow(1).getCell(1)), placeAndDate, 14, false, true);
		// The number and the date stand apart from the rules above them, on one line.
		first(table.getRow(1).getCell(0)).setSpacingBefore(160);
		first(table.getRow(1).getCell(1)).setSpacingBefore(160);
		spacer();
	}

	/** "BÁO CÁO" and the summary line under it, bold and centred, with a short rule below. */
	void title(String kind, String summary) {
		XWPFParagraph heading = this.document.createParagraph();
		line(heading, kind, BODY_SIZE, true, false);
		heading.setSpacingBefore(240);
		XWPFParagraph line = this.document.createParagraph();
		line(line, summary, BODY_SIZE, true, false);
		line.setIndentationLeft(600);
		line.setIndentationRight(600);
		XWPFParagraph rule = this.document.createParagraph();
		rule(rule, BODY_WIDTH, 2000);
		rule.setSpacingBefore(40);
		spacer();
	}

	/** A numbered heading of the body ("I. …", "1. …"), bold, kept with what follows. */
	void heading(String text) {
		XWPFParagraph paragraph = body(text);
		paragraph.getRuns().get(0).setBold(true);
		paragraph.setKeepNext(true);
		paragraph.setSpacingBefore(120);
	}

	/** A justified body paragraph with its first line indented; each line of {@code text} makes one paragraph. */
	XWPFParagraph body(String text) {
		XWPFParagraph last = null;
		for (String part : text.split("\\R")) {
			if (part.isBlank() && last != null) {
				continue;
			}
			last = this.document.createParagraph();
			last.setAlignment(ParagraphAlignment.BOTH);
			last.setIndentationFirstLine(INDENT);
			spacing(last, 120);
			run(last, part.strip(), BODY_SIZE, false, false);
		}
		return last;
	}

	/** An italic body paragraph (a note when a part has nothing to report). */
	void note(String text) {
		body(text).getRuns().forEach(r -> r.setItalic(true));
	}

	/** A table with a bold header row and thin borders; widths in twips; numbers right-aligned from {@code numericFrom}. */
	void table(List<String> headers, int[] widths, List<List<String>> rows, int numericFrom) {
		XWPFTable table = this.document.createTable(rows.size() + 1, headers.size());
		table.setTableAlignment(TableRowAlign.CENTER);
		for (int c = 0; c < headers.size(); c++) {
			XWPFTableCell cell = table.getRow(0).getCell(c);
			width(cell, widths[c]);
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			line(first(cell), headers.get(c), TABLE_SIZE, true, false);
		}
		table.getRow(0).setRepeatHeader(true);
		for (int r = 0; r < rows.size(); r++) {
			List<String> values = rows.get(r);
			XWPFTableRow row = table.getRow(r + 1);
			if (values.size() == 1) {
				// A group's line across the whole table.
				XWPFTableCell cell = row.getCell(0);
				for (int c = headers.size() - 1; c > 0; c--) {
					row.removeCell(c);
				}
				CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
				properties.addNewGridSpan().setVal(BigInteger.valueOf(headers.size()));
				width(cell, BODY_WIDTH);
				XWPFParagraph p = first(cell);
				run(p, values.get(0), TABLE_SIZE, true, false);
				p.setAlignment(ParagraphAlignment.LEFT);
				tight(p);
				continue;
			}
			row.setCantSplitRow(true);
			for (int c = 0; c < values.size(); c++) {
				XWPFTableCell cell = row.getCell(c);
				width(cell, widths[c]);
				cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
				XWPFParagraph p = first(cell);
				run(p, values.get(c) == null ? "" : values.get(c), TABLE_SIZE, false, false);
				p.setAlignment(c == 0 ? ParagraphAlignment.CENTER
						: c >= numericFrom ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
				tight(p);
			}
		}
		spacer();
	}

	/** "Nơi nhận:" with its list on the left, and the signature block (for the People's Committee) on the right. */
	void closing(String recipientsTitle, List<String> recipients, List<String> signature, String signerName) {
		spacer();
		XWPFTable table = borderless(1, 2, 4536, BODY_WIDTH - 4536);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFParagraph title = first(left);
		run(title, recipientsTitle, 12, true, true);
		title.setAlignment(ParagraphAlignment.LEFT);
		tight(title);
		for (String recipient : recipients) {
			XWPFParagraph p = left.addParagraph();
			run(p, recipient, 11, false, false);
			p.setAlignment(ParagraphAlignment.LEFT);
			tight(p);
		}
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph p = first(right);
		for (int i = 0; i < signature.size(); i++) {
			if (i > 0) {
				p = right.addParagraph();
			}
			line(p, signature.get(i), 14, true, false);
		}
		// The signer's name, bold, below the room left for the signature and the seal.
		XWPFParagraph name = right.addParagraph();
		line(name, signerName, 14, true, false);
		name.setSpacingBefore(SIGNATURE_SPACE);
	}

	byte[] bytes() {
		try (this.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * "Hà Nội, ngày 05 tháng 3 năm 2026": as the decree writes dates, a day below 10 and the months January and
	 * February take a leading zero.
	 */
	static String dayInWords(LocalDate day) {
		int month = day.getMonthValue();
		return "ngày " + (day.getDayOfMonth() < 10 ? "0" : "") + day.getDayOfMonth() + " tháng "
				+ (month <= 2 ? "0" : "") + month + " năm " + day.getYear();
	}

	/** I, II, III … for the parts of the body. */
	static String roman(int number) {
		int[] values = { 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder numeral = new StringBuilder();
		int rest = number;
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				numeral.append(symbols[i]);
				rest -= values[i];
			}
		}
		return numeral.toString();
	}

	private XWPFTable borderless(int rows, int columns, int... widths) {
		XWPFTable table = this.document.createTable(rows, columns);
		table.removeBorders();
		table.setTableAlignment(TableRowAlign.CENTER);
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < columns; c++) {
				width(row.getCell(c), widths[c]);
			}
		}
		return table;
	}

	private void spacer() {
		XWPFParagraph paragraph = this.document.createParagraph();
		tight(paragraph);
		run(paragraph, "", 6, false, false);
	}

	/** A centred, unbroken line of text. */
	private static void line(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		tight(paragraph);
		run(paragraph, text, size, bold, italic);
	}

	/** A short horizontal rule, centred in a space {@code available} twips wide: a bordered, indented empty line. */
	private static void rule(XWPFParagraph paragraph, int available, int length) {
		int side = Math.max(0, (available - 216 - length) / 2);
		paragraph.setIndentationLeft(side);
		paragraph.setIndentationRight(side);
		paragraph.setBorderBottom(Borders.SINGLE);
		paragraph.setSpacingBetween(2, LineSpacingRule.EXACT);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBefore(0);
		run(paragraph, "", 2, false, false);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		if (!text.isEmpty()) {
			run.setText(text);
		}
		return run;
	}

	private static void spacing(XWPFParagraph paragraph, int after) {
		paragraph.setSpacingBetween(1.2, LineSpacingRule.AUTO);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(after);
	}

	private static void tight(XWPFParagraph paragraph) {
		paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
	}

	private static XWPFParagraph first(XWPFTableCell cell) {
		return cell.getParagraphs().get(0);
	}

	private static void width(XWPFTableCell cell, int twips) {
		cell.setWidth(String.valueOf(twips));
	}

}
