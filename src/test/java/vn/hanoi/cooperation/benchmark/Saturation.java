package vn.hanoi.cooperation.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Scenario (a), as {@code wrk -c8} measures one page: a few clients request the same page back to back, without
 * think time, first unmeasured (warm-up), then measured for a fixed time. Its throughput is what one page costs the
 * machine, comparable with another application's page measured the same way in the same run. The size of what the
 * page answered (bytes, HTML elements) is printed beside it: rendering costs by the element.
 */
final class Saturation {

	/** One client's request of the page. */
	interface Client {

		Answer get() throws Exception;

	}

	/** A page's answer: its status and its body. */
	record Answer(int statusCode, byte[] body) {
	}

	/** What one answer of the page held: its bytes, and its HTML elements (start tags; none for JSON or CSS). */
	record Size(int bytes, long elements) {

		private static final Pattern START_TAG = Pattern.compile("<[a-zA-Z]");

		static Size of(byte[] body) {
			return new Size(body.length, START_TAG.matcher(new String(body, StandardCharsets.UTF_8)).results().count());
		}

	}

	/** A page's measurement; {@code lastAnswer} is the body of its last answer. */
	record Result(String page, long[] sortedNanos, double seconds, long errors, Size size, byte[] lastAnswer) {

		double perSecond() {
			return this.sortedNanos.length / this.seconds;
		}

		double p(double percent) {
			return PortalBenchmark.percentile(this.sortedNanos, percent);
		}

	}

	private Saturation() {
	}

	/** The clients' requests back to back for {@code duration}, as one measurement; any answer other than 200 fails it. */
	static void warm(List<? extends Client> clients, Duration duration) throws Exception {
		Result warmup = measure("warm-up, every page in turn", clients, Duration.ZERO, duration);
		if (warmup.errors() > 0) {
			throw new IllegalStateException(warmup.errors() + " warm-up requests did not answer 200");
		}
	}

	static Result measure(String page, List<? extends Client> clients, Duration warmup, Duration measure)
			throws Exception {
		long measureFrom = System.nanoTime() + warmup.toNanos();
		long measureUntil = measureFrom + measure.toNanos();
		AtomicLong errors = new AtomicLong();
		AtomicReference<byte[]> answer = new AtomicReference<>(new byte[0]);
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
						Answer response = client.get();
						latencies.add(System.nanoTime() - start);
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
						}
						answer.set(response.body());
					}
					return latencies;
				}));
			}
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> future : running) {
				all.addAll(future.get(warmup.toSeconds() + measure.toSeconds() + 60, TimeUnit.SECONDS));
			}
			long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
			Result result = new Result(page, sorted, measure.toNanos() / 1e9, errors.get(), Size.of(answer.get()),
					answer.get());
			System.out.printf("  %-45s %7.0f req/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  (%d errors; %,d bytes, %d elements)%n",
					page, result.perSecond(), result.p(50), result.p(95), result.p(99), result.errors(),
					result.size().bytes(), result.size().elements());
			return result;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
