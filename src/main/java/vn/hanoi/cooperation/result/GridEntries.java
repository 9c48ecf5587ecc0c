package vn.hanoi.cooperation.result;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.hanoi.cooperation.system.FormValues;

/**
 * What the grid posts, as typed: per row key ("indicator-province", 0 for the total) the target, the actual, the
 * version the user saw and whether it is ticked for submission. Only rows of the grid are ever read from it.
 */
record GridEntries(Map<String, Entry> entries, Action action) {

	enum Action {

		/** Save as drafts. */
		SAVE,
		/** Save, then submit the ticked rows. */
		SUBMIT_SELECTED,
		/** Save, then submit every row with a figure. */
		SUBMIT_ALL

	}

	record Entry(String target, String actual, String version, boolean submit) {
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
		return new GridEntries(entries, action);
	}

}
