package vn.hanoi.cooperation.result;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hanoi.cooperation.system.FormValues;

/**
 * What the grid posts, as typed: per row key ("indicator-province", 0 for the total) the target, the actual, the
 * version the user saw and whether it is ticked for submission; and the unit and aggregation the grid showed each
 * indicator with ({@link FigureMeaning#marker}; null from a spreadsheet or a page of before). Only rows of the grid
 * are ever read from it.
 */
record GridEntries(Map<String, Entry> entries, Action action, String meaningsShown) {

	enum Action {

		/** Save as drafts. */
		SAVE,
		/** Save, then submit the ticked rows. */
		SUBMIT_SELECTED,
		/** Save, then submit every row with a figure. */
		SUBMIT_ALL

	}

	record Entry(String target, String actual, String version, boolean submit) {

		boolean hasFigure() {
			return (this.target != null && !this.target.isBlank()) || (this.actual != null && !this.actual.isBlank());
		}

	}

	/** The indicators of the rows with a figure, when the grid said what it showed them as: what a save holds. */
	Set<Long> indicatorsTypedAsShown() {
		if (this.meaningsShown == null) {
			return Set.of();
		}
		Set<Long> indicators = new TreeSet<>();
		this.entries.forEach((key, entry) -> {
			if (entry.hasFigure()) {
				indicators.add(Long.valueOf(key.substring(0, key.indexOf('-'))));
			}
		});
		return indicators;
	}

	private static final Pattern CELL = Pattern.compile("(target|actual|version|submit)_(\\d{1,18}-\\d{1,18})");

	static GridEntries from(Map<String, String> parameters) {
		Map<String, String[]> cells = new HashMap<>();
		parameters.forEach((name, value) -> {
			Matcher cell = CELL.matcher(name);
			if (cell.matches()) {
				String[] values = cells.computeIfAbsent(cell.group(2), key -> new String[4]);
				values[switch (cell.group(1)) {
					case "target" -> 0;
					case "actual" -> 1;
					case "version" -> 2;
					default -> 3;
				}] = value;
			}
		});
		Map<String, Entry> entries = new HashMap<>();
		cells.forEach((key, v) -> entries.put(key, new Entry(v[0], v[1], v[2], FormValues.checked(v[3]))));
		Action action = switch (parameters.getOrDefault("action", "")) {
			case "submitSelected" -> Action.SUBMIT_SELECTED;
			case "submitAll" -> Action.SUBMIT_ALL;
			default -> Action.SAVE;
		};
		return new GridEntries(entries, action, parameters.get("meaningsShown"));
	}

}
