package vn.hanoi.cooperation.result;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.ReadCache;

/**
 * The year view's report, kept in the {@link ReadCache} until what it reads changes: computing it reads every result
 * up to the year (0.2–0.3 s on 200,000 results) and many leaders open the same year. It reads results, the
 * provinces' answers and the groups' narratives (V99), all numbered under {@code results}, and indicators, groups,
 * provinces and departments, the {@code reference} data that every version counts; nothing in it depends on the
 * day. A province officer's report is kept under the officer's {@link ReadScope} and the same {@code results}
 * version, not the units' own subjects: an answer is numbered under the unit that gave it, which need not be in the
 * reader's scope. The year's lock and its history are not kept (see the controller).
 */
@Component
class YearReportCache {

	/**
	 * A report holds up to a row per indicator and province (about 1 MB with 34 indicators and 62 provinces), and each
	 * saved result starts new entries while the old ones wait for their expiry: a few dozen bound the memory to tens
	 * of megabytes and still hold every year of the city's scope and the provinces' officers reading at one time.
	 */
	private static final int MAX_ENTRIES = 64;

	private static final List<String> SUBJECTS = List.of(DataVersion.RESULTS);

	/** What the report depends on: the version of what it reads, the page's choices, the scope. */
	record Key(long dataVersion, int year, boolean includeUnapproved, ReadScope scope) {
	}

	private final ReadCache<Key, YearReport> reports = new ReadCache<>(MAX_ENTRIES);

	private final ResultYearReport report;

	private final DataVersion dataVersion;

	YearReportCache(ResultYearReport report, DataVersion dataVersion) {
		this.report = report;
		this.dataVersion = dataVersion;
	}

	/** The year's report as the viewer may read it; drafts and submitted figures only for Hanoi's users. */
	YearReport of(int year, Viewer viewer, boolean includeUnapproved) {
		ReadScope scope = ReadScope.of(viewer);
		Key key = new Key(this.dataVersion.of(SUBJECTS), year, includeUnapproved && scope.wholeCity(), scope);
		return this.reports.get(key, k -> this.report.build(k.year(), k.scope(), k.includeUnapproved()));
	}

	/** How many reports were computed rather than served from memory since the start. */
	long computations() {
		return this.reports.loads();
	}

}
