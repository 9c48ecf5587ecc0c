package vn.hanoi.cooperation.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as Excel opens it in Vietnam: UTF-8 with a byte-order mark (without it Excel shows the diacritics as
 * mojibake), comma-separated, fields quoted when they need it, CRLF line ends.
 */
public final class Csv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

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

	private static String field(String value) {
		if (value == null) {
			return "";
		}
		// A leading =, +, - or @ would make Excel run the cell as a formula.
		String safe = value.matches("^[=+\\-@].*") && !value.matches("^-?\\d+([.,]\\d+)?$") ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
