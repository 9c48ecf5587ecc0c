package vn.hanoi.cooperation.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.VersionedMemory;

/**
 * The dashboard's figures, kept in memory until the data they count changes: many leaders open the same page,
 * and each computation reads every activity of the year (~600 ms of SQL on 50,000 activities). The database
 * numbers each change as it commits (V61, V62). After a change, the figures of the moment before are shown while
 * one computation of the new ones runs in the background, as long as they are at most
 * {@code portal.dashboard.shown-while-updating} old (60 s; the page says when they were computed): with notes
 * written every few seconds somewhere in the city, no leader waits for the computation. Older figures, another
 * day's, or none are computed while the request waits; so is every request when the setting is 0.
 */
@Component
class DashboardCache {

	private static final Logger logger = LoggerFactory.getLogger(DashboardCache.class);

	private static final int MAX_ENTRIES = 500;

	/**
	 * What the figures depend on: the data, the day (deadlines), the choices on the page and, for a province
	 * officer, their units. Every Hanoi role reads the same figures (the own-department mark is added after).
	 */
	record Key(long dataVersion, LocalDate today, int year, ProvincePeriod map, Long indicator, Set<Long> provinces) {

		/** The same choices under any data version. */
		Key choices() {
			return new Key(0, this.today, this.year, this.map, this.indicator, this.provinces);
		}

	}

	/** Figures, the data version they were computed under (the rendered content is kept by it) and when. */
	record Figures(Key key, Dashboard dashboard, Instant computedAt) {
	}

	/** The rendered content for one set of figures, language and own department (staff see theirs marked). */
	record BodyKey(Key figures, Locale locale, Set<Long> ownDepartments) {
	}

	private record Latest(Figures figures, long computedAt) {
	}

	private final Map<Key, Latest> latest = new ConcurrentHashMap<>();

	private final Set<Key> updating = ConcurrentHashMap.newKeySet();

	/** One computation at a time in the background: the figures are many statements over the whole year. */
	private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "dashboard-figures");
		thread.setDaemon(true);
		return thread;
	});

	private final VersionedMemory<BodyKey, String> bodies = new VersionedMemory<>(key -> key.figures().dataVersion(),
			key -> key.figures().today(), MAX_ENTRIES);

	private final DataVersion dataVersion;

	private final Clock clock;

	private final Duration shownWhileUpdating;

	DashboardCache(DataVersion dataVersion, Clock clock,
			@Value("${portal.dashboard.shown-while-updating:60s}") Duration shownWhileUpdating) {
		this.dataVersion = dataVersion;
		this.clock = clock;
		this.shownWhileUpdating = shownWhileUpdating;
	}

	/** The number of the latest change to the counted data, read before computing under it. */
	long dataVersion() {
		return this.dataVersion.current();
	}

	Figures get(Key key, Supplier<Dashboard> compute) {
		Key choices = key.choices();
		Latest known = this.latest.get(choices);
		long now = System.nanoTime();
		if (known != null && known.figures().key().dataVersion() == key.dataVersion()
				&& now - known.computedAt() < VersionedMemory.TIME_TO_LIVE.toNanos()) {
			return known.figures();
		}
		if (known != null && known.figures().key().dataVersion() < key.dataVersion()
				&& now - known.computedAt() < this.shownWhileUpdating.toNanos()) {
			if (this.updating.add(choices)) {
				this.background.execute(() -> update(key, compute));
			}
			return known.figures();
		}
		return remember(key, compute.get());
	}

	String body(BodyKey key, Supplier<String> render) {
		return this.bodies.get(key, render);
	}

	private void update(Key key, Supplier<Dashboard> compute) {
		try {
			remember(key, compute.get());
		}
		catch (RuntimeException ex) {
			// The figures shown stay the previous ones until they are too old; then a request computes them.
			logger.warn("Dashboard figures not updated: {}", ex.toString());
		}
		finally {
			this.updating.remove(key.choices());
		}
	}

	private Figures remember(Key key, Dashboard dashboard) {
		Figures figures = new Figures(key, dashboard, this.clock.instant());
		if (this.latest.size() >= MAX_ENTRIES) {
			this.latest.clear();
		}
		this.latest.keySet().removeIf(old -> !old.today().equals(key.today()));
		this.latest.merge(key.choices(), new Latest(figures, System.nanoTime()),
				(old, computed) -> old.figures().key().dataVersion() > key.dataVersion() ? old : computed);
		return figures;
	}

	@PreDestroy
	void stop() {
		this.background.shutdownNow();
	}

}
