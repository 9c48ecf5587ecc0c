package vn.hanoi.cooperation.dashboard;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One province on the tile-grid map: its cell, its name and the short name unique on its map ({@link TileNames}),
 * its count, its colour class (0 = none … 5), and whether the viewer may open its page (a province officer only
 * their own).
 */
public record ProvinceTile(Long id, String code, String nameVi, String nameEn, String abbreviation, int column,
		int row, long count, int shade, boolean linked) {

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

}
