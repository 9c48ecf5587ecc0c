package vn.hanoi.cooperation.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.province.ProvincePeriod;

/**
 * The dashboard's figures, kept in memory until the data they count changes: many leaders open the same page,
 * and each computation reads every activity of the year. The database numbers each change as it commits (V61,
 * V62); figures computed under an older number, on another day, or longer ago than {@link #TIME_TO_LIVE} are
 * computed again. The time limit bounds what a change committing in the instant its number was read can hide.
 */
@Component
class DashboardCache {

	static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

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

	private final Memory<Key, Dashboard> figures = new Memory<>(Key::dataVersion, Key::today);

	private final Memory<BodyKey, String> bodies = new Memory<>(key -> key.figures().dataVersion(),
			key -> key.figures().today());

	private final JdbcClient jdbc;

	DashboardCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The number of the latest change to the counted data, read before computing under it. */
	long dataVersion() {
		return this.jdbc.sql("select last_value from dashboard_data_version").query(Long.class).single();
	}

	Dashboard get(Key key, Supplier<Dashboard> compute) {
		return this.figures.get(key, compute);
	}

	String body(BodyKey key, Supplier<String> render) {
		return this.bodies.get(key, render);
	}

	/** Values kept under a data version and a day; older versions and other days are dropped as new ones come. */
	private static final class Memory<K, V> {

		private record Entry<V>(V value, long computedAt) {
		}

		private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

		private final ToLongFunction<K> version;

		private final Function<K, LocalDate> day;

		Memory(ToLongFunction<K> version, Function<K, LocalDate> day) {
			this.version = version;
			this.day = day;
		}

		V get(K key, Supplier<V> compute) {
			long now = System.nanoTime();
			Entry<V> entry = this.entries.get(key);
			if (entry != null && now - entry.computedAt() < TIME_TO_LIVE.toNanos()) {
				return entry.value();
			}
			// Two leaders arriving together may both compute: cheaper than making one wait on the other's lock.
			V value = compute.get();
			if (this.entries.size() >= MAX_ENTRIES) {
				this.entries.clear();
			}
			this.entries.keySet()
				.removeIf(old -> this.version.applyAsLong(old) < this.version.applyAsLong(key)
						|| !this.day.apply(old).equals(this.day.apply(key)));
			this.entries.put(key, new Entry<>(value, now));
			return value;
		}

	}

}
