package vn.hanoi.cooperation.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario (a), as {@code wrk -c8} measures one page: a few clients request the same page back to back, without
 * think time, first unmeasured (warm-up), then measured for a fixed time. Its throughput is what one page costs the
 * machine, comparable with another application's page measured the same way in the same run.
 */
final class Saturation {

	/** One client's request of the page; answers the HTTP status. */
	interface Client {

		int get() throws Exception;

	}

	record Result(String page, long[] sortedNanos, double seconds, long errors) {

		double perSecond() {
			return this.sortedNanos.length / this.seconds;
		}

		double p(double percent) {
			return PortalBenchmark.percentile(this.sortedNanos, percent);
		}

	}

	private Saturation() {
	}

	static Result measure(String page, List<? extends Client> clients, Duration warmup, Duration measure)
			throws Exception {
		long measureFrom = System.nanoTime() + warmup.toNanos();
		long measureUntil = measureFrom + measure.toNanos();
		AtomicLong errors = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		try {
			List<Future<List<Long>>> running = new ArrayList<>();
			for (Client client : clients) {
				running.add(pool.submit(() -> {
					List<Long> latencies = new ArrayList<>();
					while (System.nanoTime() < measureFrom) {
						client.get();
					}
					while (System.nanoTime() < measureUntil) {
						long start = System.nanoTime();
						int status = client.get();
						latencies.add(System.nanoTime() - start);
						if (status != 200) {
							errors.incrementAndGet();
						}
					}
					return latencies;
				}));
			}
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> future : running) {
				all.addAll(future.get(warmup.toSeconds() + measure.toSeconds() + 60, TimeUnit.SECONDS));
			}
			long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
			Result result = new Result(page, sorted, measure.toNanos() / 1e9, errors.get());
			System.out.printf("  %-45s %7.0f req/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  (%d errors)%n", page,
					result.perSecond(), result.p(50), result.p(95), result.p(99), result.errors());
			return result;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
