package vn.hanoi.cooperation.report;

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

	public static byte[] write(List<List<String>> rows) {
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			for (int i = 0; i < row.size(); i++) {
				if (i > 0) {
					text.append(',');
				}
				text.append(field(row.get(i)));
			}
			text.append("\r\n");
		}
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
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
