package vn.hanoi.cooperation.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The words of a document, for search: PDF through PDFBox, .docx and .xlsx through POI, whitespace folded and cut
 * at {@value #MAXIMUM_CHARACTERS} characters. A document whose text cannot be read (a scan without a text layer,
 * an encrypted PDF) is still kept; it just has no text.
 */
public final class DocumentText {

	/** What is kept of a document's text (the database checks the same bound). */
	public static final int MAXIMUM_CHARACTERS = 100_000;

	/** Pages read of a PDF: a report's first hundred pages say what it is about. */
	private static final int MAXIMUM_PDF_PAGES = 100;

	private DocumentText() {
	}

	/** The text of a checked document, or null for a photo or a document without readable text. */
	public static String of(DocumentType type, byte[] bytes) {
		try {
			String text = switch (type) {
				case PDF -> pdf(bytes);
				case DOCX -> word(bytes);
				case XLSX -> excel(bytes);
				case JPEG, PNG -> null;
			};
			return bounded(text);
		}
		catch (IOException | RuntimeException unreadable) {
			return null;
		}
	}

	private static String pdf(byte[] bytes) throws IOException {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(MAXIMUM_PDF_PAGES);
			return stripper.getText(document);
		}
	}

	private static String word(byte[] bytes) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static String excel(byte[] bytes) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
				XSSFExcelExtractor extractor = new XSSFExcelExtractor(workbook)) {
			return extractor.getText();
		}
	}

	/** Whitespace folded, NUL and other control characters gone (PostgreSQL text holds no NUL), cut to the bound. */
	private static String bounded(String text) {
		if (text == null) {
			return null;
		}
		String folded = text.replaceAll("[\\p{Cntrl}\\p{Cf}\\s]+", " ").strip();
		if (folded.isEmpty()) {
			return null;
		}
		return folded.length() <= MAXIMUM_CHARACTERS ? folded : folded.substring(0, MAXIMUM_CHARACTERS);
	}

}
