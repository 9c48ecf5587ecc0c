package vn.hanoi.cooperation.api;

import java.util.List;
import java.util.function.ToLongFunction;

/** A page of a list: its items and the cursor of the next page ({@code null} on the last one). */
record ApiPage<T>(List<T> items, String next) {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 200;

	/** The page size asked for, within 1..{@link #MAX_LIMIT}. */
	static int limit(Integer asked) {
		return asked == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, asked));
	}

	/** From one more row than the page holds: that extra row only says a next page exists. */
	static <T> ApiPage<T> of(List<T> rows, int limit, ToLongFunction<T> id) {
		if (rows.size() <= limit) {
			return new ApiPage<>(List.copyOf(rows), null);
		}
		List<T> items = List.copyOf(rows.subList(0, limit));
		return new ApiPage<>(items, ApiCursor.after(id.applyAsLong(items.get(limit - 1))));
	}

}
