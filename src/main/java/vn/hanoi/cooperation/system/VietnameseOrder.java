package vn.hanoi.cooperation.system;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names in Vietnamese order, the same as the database's (ICU collation vi_vn, V68): Hà Tĩnh before Huế, Cà Mau
 * before Cao Bằng, the Đ- names right after the D- names. Letters first over the whole name, then tones and
 * case; word by word, because ICU puts the space before every letter while Java's collator skips it ("Hà Tĩnh"
 * before "Hải Phòng", not after).
 */
public final class VietnameseOrder {

	private static final Collator FULL = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

	private static final Collator LETTERS = letters();

	/** Names in Vietnamese order. */
	public static final Comparator<String> NAMES = VietnameseOrder::compare;

	private VietnameseOrder() {
	}

	/** Things in the order of their Vietnamese names. */
	public static <T> Comparator<T> by(Function<T, String> name) {
		return Comparator.comparing(name, NAMES);
	}

	private static Collator letters() {
		Collator letters = (Collator) FULL.clone();
		letters.setStrength(Collator.PRIMARY);
		return letters;
	}

	private static int compare(String left, String right) {
		String[] a = left.strip().split("\\s+");
		String[] b = right.strip().split("\\s+");
		int order = words(LETTERS, a, b);
		if (order == 0) {
			order = words(FULL, a, b);
		}
		return order != 0 ? order : left.compareTo(right);
	}

	/** A name that is the start of another comes first. */
	private static int words(Collator collator, String[] a, String[] b) {
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			int order = collator.compare(a[i], b[i]);
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.length, b.length);
	}

}
