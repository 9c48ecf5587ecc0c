package vn.hanoi.cooperation.result;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.hanoi.cooperation.system.FormValues;

/**
 * The approval queue's filters as the address carries them; anything that is not a whole number is no filter, so
 * an edited address never answers an error.
 */
record ResultQueueFilter(Integer year, Long group, Long department, Long indicator) {

	static ResultQueueFilter of(String year, String group, String department, String indicator) {
		return new ResultQueueFilter(number(year).filter(y -> y >= 2000 && y <= 2100).orElse(null),
				FormValues.version(group).orElse(null), FormValues.version(department).orElse(null),
				FormValues.version(indicator).orElse(null));
	}

	static Optional<Integer> number(String text) {
		return FormValues.version(text).filter(n -> n <= Integer.MAX_VALUE).map(Long::intValue);
	}

	/** No filter is in use: a phone folds the filters away. */
	public boolean isEmpty() {
		return this.year == null && this.group == null && this.department == null && this.indicator == null;
	}

	/** The SQL parameters; a missing filter is -1, which the queries read as "any". */
	Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("year", this.year == null ? -1 : this.year);
		parameters.put("group", this.group == null ? -1L : this.group);
		parameters.put("department", this.department == null ? -1L : this.department);
		parameters.put("indicator", this.indicator == null ? -1L : this.indicator);
		return parameters;
	}

	/** The queue's address with these filters, where each action goes back to. */
	String path() {
		StringBuilder query = new StringBuilder();
		append(query, "year", this.year);
		append(query, "group", this.group);
		append(query, "department", this.department);
		append(query, "indicator", this.indicator);
		return "/results/queue" + (query.isEmpty() ? "" : "?" + query);
	}

	private static void append(StringBuilder query, String name, Object value) {
		if (value != null) {
			query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value);
		}
	}

}
