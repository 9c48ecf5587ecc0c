package vn.hanoi.cooperation.result;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

import vn.hanoi.cooperation.system.FormValues;

/**
 * What the grid posts, as typed: per row key ("indicator-province", 0 for the total) the target, the actual, the
 * version the user saw, whether it is ticked for submission and, from a workbook, the unit and aggregation its
 * indicator had when the workbook was downloaded ({@code downloadedAs_<key>}); and the unit and aggregation the grid
 * showed each indicator with ({@link FigureMeaning#marker}; null from a spreadsheet or a page of before). Only rows
 * of the grid are ever read from it.
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

	/**
	 * {@code downloadedAs}: what the row's indicator meant in the workbook it was typed in ({@link FigureMeaning#marker}
	 * of that one indicator); null from the page, or from a workbook downloaded before workbooks carried it.
	 */
	record Entry(String target, String actual, String version, boolean submit, String downloadedAs) {

		boolean hasFigure() {
			return (this.target != null && !this.target.isBlank()) || (this.actual != null && !this.actual.isBlank());
		}

	}

	/**
	 * The indicators of the rows with a figure, when the grid or the workbook said what it showed them as: what a save
	 * holds.
	 */
	Set<Long> indicatorsTypedAsShown() {
		Set<Long> indicators = new TreeSet<>();
		this.entries.forEach((key, entry) -> {
			if (entry.hasFigure() && (this.meaningsShown != null || entry.downloadedAs() != null)) {
				indicators.add(Long.valueOf(key.substring(0, key.indexOf('-'))));
			}
		});
		return indicators;
	}

	/**
	 * Why the row's figures are not saved under what its indicator means now: the workbook's row, or else the page,
	 * showed it in another unit or aggregation. Empty when they agree, or when neither said.
	 */
	Optional<MessageSourceResolvable> meaningChanged(Entry entry, Indicator indicator) {
		UnitOfMeasure unit = indicator.getUnitOfMeasure();
		Aggregation aggregation = indicator.getAggregation();
		if (entry.downloadedAs() != null) {
			// The same file sent again would say the same: the reason asks for a new download instead.
			return FigureMeaning.shownFor(entry.downloadedAs(), indicator.getId())
				.flatMap(downloaded -> downloaded.changeSinceDownloadTo(unit, aggregation));
		}
		return FigureMeaning.shownFor(this.meaningsShown, indicator.getId())
			.flatMap(shown -> shown.changeTo(unit, aggregation));
	}

	private static final Pattern CELL = Pattern
		.compile("(target|actual|version|submit|downloadedAs)_(\\d{1,18}-\\d{1,18})");

	static GridEntries from(Map<String, String> parameters) {
		Map<String, String[]> cells = new HashMap<>();
		parameters.forEach((name, value) -> {
			Matcher cell = CELL.matcher(name);
			if (cell.matches()) {
				String[] values = cells.computeIfAbsent(cell.group(2), key -> new String[5]);
				values[switch (cell.group(1)) {
					case "target" -> 0;
					case "actual" -> 1;
					case "version" -> 2;
					case "submit" -> 3;
					default -> 4;
				}] = value;
			}
		});
		Map<String, Entry> entries = new HashMap<>();
		cells.forEach((key, v) -> entries.put(key, new Entry(v[0], v[1], v[2], FormValues.checked(v[3]), v[4])));
		Action action = switch (parameters.getOrDefault("action", "")) {
			case "submitSelected" -> Action.SUBMIT_SELECTED;
			case "submitAll" -> Action.SUBMIT_ALL;
			default -> Action.SAVE;
		};
		return new GridEntries(entries, action, parameters.get("meaningsShown"));
	}

}
