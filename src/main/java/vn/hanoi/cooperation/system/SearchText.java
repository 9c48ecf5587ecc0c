package vn.hanoi.cooperation.system;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The LIKE pattern that finds typed words inside the unaccented, lower-case search texts the database keeps (V30,
 * V82): Java's side of portal_unaccent, so "quynh nhai" and "Quỳnh Nhai" find the same rows.
 */
public final class SearchText {

	private SearchText() {
	}

	/** "%…%" around the words without marks (đ becomes d), lower case, LIKE's own characters escaped. */
	public static String containing(String typed) {
		String decomposed = Normalizer.normalize(typed, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String plain = decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
		return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
