package vn.hanoi.cooperation.dashboard;

import org.springframework.context.i18n.LocaleContextHolder;

/** One province on the tile-grid map: its cell, its name, its count, its colour class (0 = none … 5). */
public record ProvinceTile(Long id, String code, String nameVi, String nameEn, int column, int row, long count,
		int shade) {

	public static final int SIZE = 44;

	public static final int GAP = 4;

	public String name() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? this.nameEn : this.nameVi;
	}

	public int size() {
		return SIZE;
	}

	public int x() {
		return this.column * (SIZE + GAP);
	}

	public int y() {
		return this.row * (SIZE + GAP);
	}

	/** Two or three letters that fit in a tile, from the unaccented English name (Hà Nội → HN, Hải Phòng → HP). */
	public String abbreviation() {
		String[] words = this.nameEn.replace("City", "").replace("-", " ").trim().split("\\s+");
		if (words.length == 1) {
			return words[0].substring(0, Math.min(3, words[0].length())).toUpperCase();
		}
		StringBuilder letters = new StringBuilder();
		for (String word : words) {
			if (!word.isEmpty() && letters.length() < 3) {
				letters.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return letters.toString();
	}

}
