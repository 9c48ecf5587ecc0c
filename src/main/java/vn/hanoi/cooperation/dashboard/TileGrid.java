package vn.hanoi.cooperation.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.hanoi.cooperation.province.Province;

/**
 * Lays provinces out on a grid of square tiles from their centroids: each goes to the free cell nearest its
 * place on the map, northern ones first, so that Vietnam's S shape stays recognisable.
 */
final class TileGrid {

	/** Degrees per cell for the 63 units: about the size of a small province; fewer units get larger cells. */
	private static final double STEP_63 = 0.62;

	record Cell(int column, int row) {
	}

	private TileGrid() {
	}

	static Map<Long, Cell> layout(List<Province> provinces) {
		double step = STEP_63 * Math.sqrt(63.0 / Math.max(1, provinces.size()));
		double west = provinces.stream().mapToDouble(p -> p.getLongitude().doubleValue()).min().orElse(0);
		double north = provinces.stream().mapToDouble(p -> p.getLatitude().doubleValue()).max().orElse(0);
		List<Province> ordered = new ArrayList<>(provinces);
		ordered.sort(Comparator.comparing((Province p) -> p.getLatitude().negate()).thenComparing(Province::getCode));
		Set<Cell> taken = new HashSet<>();
		Map<Long, Cell> cells = new LinkedHashMap<>();
		for (Province province : ordered) {
			double column = (province.getLongitude().doubleValue() - west) / step;
			double row = (north - province.getLatitude().doubleValue()) / step;
			Cell best = null;
			double bestDistance = Double.MAX_VALUE;
			int c0 = (int) Math.round(column);
			int r0 = (int) Math.round(row);
			for (int radius = 0; best == null && radius < 12; radius++) {
				for (int c = c0 - radius; c <= c0 + radius; c++) {
					for (int r = Math.max(0, r0 - radius); r <= r0 + radius; r++) {
						Cell cell = new Cell(Math.max(0, c), r);
						double distance = Math.hypot(cell.column() - column, cell.row() - row);
						if (!taken.contains(cell) && distance < bestDistance) {
							best = cell;
							bestDistance = distance;
						}
					}
				}
			}
			taken.add(best);
			cells.put(province.getId(), best);
		}
		return cells;
	}

}
