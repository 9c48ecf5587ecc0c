package vn.hanoi.cooperation.dashboard;

import java.math.BigDecimal;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One province on the tile-grid map: its cell, its name and the short name unique on its map ({@link TileNames}),
 * its figure (a number of activities; or an indicator's approved actual, "trên" when a lower bound, null when none
 * was reported; {@code disputed} when its province disputes a result it counts), its colour class (0 = none … 5),
 * and whether the viewer may open its page (a province officer only their own).
 */
public record ProvinceTile(Long id, String code, String nameVi, String nameEn, String abbreviation, int column,
		int row, BigDecimal figure, boolean lowerBound, boolean disputed, int shade, boolean linked) {

	public static final int SIZE = 44;

	public static final int GAP = 4;

	public String name() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? this.nameEn : this.nameVi;
	}

	/** Whether the tile has anything to show (the table beside the map lists these only). */
	public boolean shown() {
		return this.figure != null && this.figure.signum() != 0;
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
