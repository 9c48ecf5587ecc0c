package vn.hanoi.cooperation.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as Excel opens it in Vietnam: UTF-8 with a byte-order mark (without it Excel shows the diacritics as
 * mojibake), comma-separated, fields quoted when they need it, CRLF line ends.
 */
public final class Csv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)*");

	private Csv() {
	}

	/** A writer of CSV lines straight to a stream (the response), with the byte-order mark first. */
	public static final class Lines implements AutoCloseable {

		private final Writer out;

		public Lines(OutputStream out) throws IOException {
			out.write(BOM);
			this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		}

		public void add(List<String> row) throws IOException {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					this.out.write(',');
				}
				this.out.write(field(row.get(i)));
			}
			this.out.write("\r\n");
		}

		@Override
		public void close() throws IOException {
			this.out.flush();
		}

	}

	public static byte[] write(List<List<String>> rows) {
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (Lines lines = new Lines(file)) {
			for (List<String> row : rows) {
				lines.add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file.toByteArray();
	}

	/** Every cell goes through here: no caller can write a field that a spreadsheet would run as a formula. */
	static String field(String value) {
		if (value == null) {
			return "";
		}
		String safe = startsFormula(value) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	/**
	 * A leading =, +, -, @, tab or carriage return makes Excel or LibreOffice read the cell as a formula, whatever
	 * follows (line breaks included); a plain number such as -12 or +3,5 stays a number.
	 */
	static boolean startsFormula(String value) {
		return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(value).matches();
	}

}
