package vn.hanoi.cooperation.system;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What pages read from the data, kept in memory (Caffeine) under keys that hold the {@link DataVersion} of what was
 * read, the viewer's {@code ReadScope} and the page's choices. Each key is computed once however many requests ask
 * for it together; entries of older versions are never asked for again and leave one by one as the size bound
 * evicts them. Values are immutable records, shared across threads.
 */
public final class ReadCache<K, V> {

	/**
	 * Bounds what a change committing in the instant its version was read can hide (the reader computed without it
	 * under the new number).
	 */
	public static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

	private final Cache<K, V> entries;

	public ReadCache(long maximumEntries) {
		this.entries = Caffeine.newBuilder()
			.maximumSize(maximumEntries)
			.expireAfterWrite(TIME_TO_LIVE)
			.recordStats()
			.build();
	}

	/** The kept value, or the one {@code load} computes while other requests for the same key wait for it. */
	public V get(K key, Function<? super K, ? extends V> load) {
		return this.entries.get(key, load);
	}

	/** How many values were computed (not served from memory) since the start. */
	public long loads() {
		return this.entries.stats().loadCount();
	}

}
