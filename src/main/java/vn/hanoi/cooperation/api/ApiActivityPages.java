package vn.hanoi.cooperation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.activity.ActivitySearch;
import vn.hanoi.cooperation.system.ReadCache;
import vn.hanoi.cooperation.system.ReadOnlyTransaction;

/**
 * Pages of the activities list of the read API, kept in memory as the list page's are: under the version of the
 * activities the filter can show, the day (deadline statuses), the filter, the reader's {@link ReadScope} and the
 * page's place. A client polling the same page reads it from memory until an activity it can show changes.
 */
@Component
class ApiActivityPages {

	private static final int MAX_PAGES_KEPT = 1_000;

	private record Key(long dataVersion, LocalDate today, ActivityFilter filter, ReadScope scope, Instant changedSince,
			long after, int limit) {
	}

	private final ReadCache<Key, List<ApiActivity>> pages = new ReadCache<>(MAX_PAGES_KEPT);

	private final ActivitySearch search;

	private final ApiActivityReads reads;

	private final ReadOnlyTransaction readOnly;

	ApiActivityPages(ActivitySearch search, ApiActivityReads reads, ReadOnlyTransaction readOnly) {
		this.search = search;
		this.reads = reads;
		this.readOnly = readOnly;
	}

	/** At most {@code limit} activities after {@code after} in id order, as the reader may see them. */
	List<ApiActivity> page(ActivityFilter filter, Viewer viewer, LocalDate today, Instant changedSince, long after,
			int limit) {
		ReadScope scope = ReadScope.of(viewer);
		Key key = new Key(this.search.versionOf(filter, scope), today, filter, scope, changedSince, after, limit);
		return this.pages.get(key, k -> this.readOnly.run(() -> List.copyOf(this.reads
			.find(this.search.idsAfter(filter, viewer, today, changedSince, after, limit), scope, today))));
	}

	/** How many pages were read from the database rather than from memory since the start. */
	long reads() {
		return this.pages.loads();
	}

}
