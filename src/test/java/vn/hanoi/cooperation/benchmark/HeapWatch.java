package vn.hanoi.cooperation.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap of this JVM (the portal's, as the benchmark runs it in-process) while something runs: the most it held
 * just before a collection (what the collector let pile up, bounded by -Xmx), the most that survived a collection
 * (what was really still in use), the old generation's peak, and the collections that ran, full ones apart.
 */
final class HeapWatch {

	/** Bytes, except the counts. */
	record Peak(long usedBeforeCollection, long usedAfterCollection, long oldGeneration, int collections,
			int fullCollections, long max) {

		static double mb(long bytes) {
			return bytes / (1024.0 * 1024.0);
		}

	}

	private final Set<String> heapPools;

	private final List<MemoryPoolMXBean> oldPools;

	private final AtomicLong before = new AtomicLong();

	private final AtomicLong after = new AtomicLong();

	private final AtomicInteger collections = new AtomicInteger();

	private final AtomicInteger fullCollections = new AtomicInteger();

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private final NotificationListener listener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			collected(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
		}
	};

	private HeapWatch() {
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		this.heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
		// "G1 Old Gen", "PS Old Gen", "Tenured Gen": where what outlives a few collections ends up.
		this.oldPools = pools.stream().filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured")).toList();
	}

	/** Starts watching: peaks reset, every collection from now on counted. */
	static HeapWatch start() {
		HeapWatch watch = new HeapWatch();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		watch.before.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(watch.listener, null, null);
				watch.emitters.add(emitter);
			}
		}
		return watch;
	}

	/** Stops watching; what was seen since {@link #start()}. */
	Peak stop() {
		for (NotificationEmitter emitter : this.emitters) {
			try {
				emitter.removeNotificationListener(this.listener);
			}
			catch (ListenerNotFoundException ignored) {
				// Nothing to remove.
			}
		}
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long old = this.oldPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		return new Peak(Math.max(this.before.get(), used), this.after.get(), old, this.collections.get(),
				this.fullCollections.get(), Runtime.getRuntime().maxMemory());
	}

	private void collected(GarbageCollectionNotificationInfo info) {
		this.collections.incrementAndGet();
		// G1 and Parallel name a full collection "end of major GC" (G1's concurrent cycle is not one).
		if (info.getGcAction().contains("major")) {
			this.fullCollections.incrementAndGet();
		}
		this.before.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
		this.after.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
	}

	private long heapUsed(Map<String, MemoryUsage> pools) {
		return pools.entrySet()
			.stream()
			.filter(pool -> this.heapPools.contains(pool.getKey()))
			.mapToLong(pool -> pool.getValue().getUsed())
			.sum();
	}

}
