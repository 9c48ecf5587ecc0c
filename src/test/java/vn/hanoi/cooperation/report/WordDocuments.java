package vn.hanoi.cooperation.report;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a downloaded report as its reader would: the paragraphs, the tables, one row of a table. */
final class WordDocuments {

	private WordDocuments() {
	}

	static XWPFDocument parse(MvcTestResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith(Downloads.DOCX.toString());
		return new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	/** Every paragraph's text, the tables' included. */
	static List<String> paragraphs(XWPFDocument document) {
		List<String> texts = new ArrayList<>();
		document.getParagraphs().stream().map(XWPFParagraph::getText).forEach(texts::add);
		cells(document).forEach(c -> c.getParagraphs().stream().map(XWPFParagraph::getText).forEach(texts::add));
		return texts;
	}

	static List<XWPFTableCell> cells(XWPFDocument document) {
		List<XWPFTableCell> cells = new ArrayList<>();
		for (XWPFTable table : document.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				cells.addAll(row.getTableCells());
			}
		}
		return cells;
	}

	static String tableText(XWPFDocument document) {
		return String.join("\n", cells(document).stream().map(XWPFTableCell::getText).toList());
	}

	/** The cells of the table row whose second cell is {@code secondCell}. */
	static List<String> row(XWPFDocument document, String secondCell) {
		for (XWPFTable table : document.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				if (row.getTableCells().size() > 2 && row.getCell(1).getText().equals(secondCell)) {
					return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
				}
			}
		}
		throw new AssertionError("no row for " + secondCell);
	}

}
