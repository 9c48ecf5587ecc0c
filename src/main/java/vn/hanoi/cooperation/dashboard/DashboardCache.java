package vn.hanoi.cooperation.dashboard;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.VersionedMemory;

/**
 * The dashboard's figures, kept in memory until the data they count changes: many leaders open the same page,
 * and each computation reads every activity of the year. The database numbers each change as it commits (V61,
 * V62); figures computed under an older number, on another day, or longer ago than
 * {@link VersionedMemory#TIME_TO_LIVE} are computed again.
 */
@Component
class DashboardCache {

	private static final int MAX_ENTRIES = 500;

	/**
	 * What the figures depend on: the data, the day (deadlines), the choices on the page and, for a province
	 * officer, their units. Every Hanoi role reads the same figures (the own-department mark is added after).
	 */
	record Key(long dataVersion, LocalDate today, int year, ProvincePeriod map, Long indicator, Set<Long> provinces) {
	}

	/** The rendered content for one set of figures, language and own department (staff see theirs marked). */
	record BodyKey(Key figures, Locale locale, Set<Long> ownDepartments) {
	}

	private final VersionedMemory<Key, Dashboard> figures = new VersionedMemory<>(Key::dataVersion, Key::today,
			MAX_ENTRIES);

	private final VersionedMemory<BodyKey, String> bodies = new VersionedMemory<>(key -> key.figures().dataVersion(),
			key -> key.figures().today(), MAX_ENTRIES);

	private final DataVersion dataVersion;

	DashboardCache(DataVersion dataVersion) {
		this.dataVersion = dataVersion;
	}

	/** The number of the latest change to the counted data, read before computing under it. */
	long dataVersion() {
		return this.dataVersion.current();
	}

	Dashboard get(Key key, Supplier<Dashboard> compute) {
		return this.figures.get(key, compute);
	}

	String body(BodyKey key, Supplier<String> render) {
		return this.bodies.get(key, render);
	}

}
