package vn.hanoi.cooperation.system;

/** Text typed in a form or a spreadsheet cell, as a record keeps it. */
public final class TypedText {

	private TypedText() {
	}

	/**
	 * The text without control characters other than tabs and line breaks (they have no place in a record and
	 * PostgreSQL refuses NUL) and without the spaces of any kind around it; null when nothing is left.
	 */
	public static String orNull(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = UnicodeSpaces.trim(text.replaceAll("[\\p{Cntrl}&&[^\\r\\n\\t]]", ""));
		return cleaned.isEmpty() ? null : cleaned;
	}

}
