package vn.hanoi.cooperation.system;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Values computed from the data, kept in memory under the {@link DataVersion} and the day they were computed for:
 * older versions and other days are dropped as new ones come, and nothing is kept longer than
 * {@link #TIME_TO_LIVE}, which bounds what a change committing in the instant its number was read can hide.
 */
public final class VersionedMemory<K, V> {

	public static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

	private record Entry<V>(V value, long computedAt) {
	}

	private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

	private final ToLongFunction<K> version;

	private final Function<K, LocalDate> day;

	private final int maxEntries;

	public VersionedMemory(ToLongFunction<K> version, Function<K, LocalDate> day, int maxEntries) {
		this.version = version;
		this.day = day;
		this.maxEntries = maxEntries;
	}

	public V get(K key, Supplier<V> compute) {
		long now = System.nanoTime();
		Entry<V> entry = this.entries.get(key);
		if (entry != null && now - entry.computedAt() < TIME_TO_LIVE.toNanos()) {
			return entry.value();
		}
		// Two users arriving together may both compute: cheaper than making one wait on the other's lock.
		V value = compute.get();
		if (this.entries.size() >= this.maxEntries) {
			this.entries.clear();
		}
		this.entries.keySet()
			.removeIf(old -> this.version.applyAsLong(old) < this.version.applyAsLong(key)
					|| !this.day.apply(old).equals(this.day.apply(key)));
		this.entries.put(key, new Entry<>(value, now));
		return value;
	}

}
