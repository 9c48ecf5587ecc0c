package vn.hanoi.cooperation.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.ReadCache;

/**
 * The dashboard's figures, kept in the {@link ReadCache} until the data they count changes: many leaders open the
 * same page, and each computation reads every activity of the year (~600 ms of SQL on 50,000 activities). The
 * city's figures are renewed when what they count of any activity, agreement or result changes (a progress note
 * does not); a province officer's only when something about their units changes.
 */
@Component
class DashboardCache {

	private static final int MAX_ENTRIES = 500;

	/** What the figures depend on: the data they count, the day (deadlines), the page's choices, the scope. */
	record Key(long dataVersion, LocalDate today, int year, ProvincePeriod map, Long indicator, ReadScope scope) {
	}

	/** Figures and when they were computed (the page says it). */
	record Figures(Dashboard dashboard, Instant computedAt) {
	}

	private final ReadCache<Key, Figures> figures = new ReadCache<>(MAX_ENTRIES);

	/** The plan's years for a scope, under a version that always counts the reference data, plans among it. */
	private record YearsKey(long dataVersion, ReadScope scope) {
	}

	private final ReadCache<YearsKey, List<Integer>> planYears = new ReadCache<>(MAX_ENTRIES);

	private final DataVersion dataVersion;

	private final Clock clock;

	DashboardCache(DataVersion dataVersion, Clock clock) {
		this.dataVersion = dataVersion;
		this.clock = clock;
	}

	/** The version of what the scope's dashboard counts, read before computing under it. */
	long dataVersion(ReadScope scope) {
		return this.dataVersion.of(scope.wholeCity()
				? List.of(DataVersion.ACTIVITY_FIGURES, DataVersion.AGREEMENTS, DataVersion.RESULTS)
				: DataVersion.provinces(scope.provinces()));
	}

	/**
	 * The plan's years, read under the same version as the figures: a kept page runs no query for them (it was the
	 * only statement of a kept dashboard through Hibernate and a transaction). A new plan renews the version.
	 */
	List<Integer> planYears(long dataVersion, ReadScope scope, Supplier<List<Integer>> read) {
		return this.planYears.get(new YearsKey(dataVersion, scope), key -> List.copyOf(read.get()));
	}

	/** The kept figures, or those {@code compute} gives, computed once while other requests for them wait. */
	Figures get(Key key, Supplier<Dashboard> compute) {
		return this.figures.get(key, k -> new Figures(compute.get(), this.clock.instant()));
	}

	/** How many times figures were computed rather than served from memory since the start. */
	long computations() {
		return this.figures.loads();
	}

}
