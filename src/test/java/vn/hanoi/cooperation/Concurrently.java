package vn.hanoi.cooperation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fires the same request from many threads released at one instant, as a double click or a crowd would; or waits
 * until requests sent meanwhile wait for a row that another transaction holds.
 */
public final class Concurrently {

	/** As many requests as the issue fired at each write. */
	public static final int REQUESTS = 20;

	private Concurrently() {
	}

	/** Every thread's answer, in no particular order; a thread that throws fails the test. */
	public static <T> List<T> run(int threads, Callable<T> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch ready = new CountDownLatch(threads);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return request.call();
				}));
			}
			ready.await();
			go.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> future : futures) {
				answers.add(future.get(2, TimeUnit.MINUTES));
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Until that many database sessions wait for a lock (or 30 s, after which the test's own checks fail). */
	public static void awaitWaitingForLocks(JdbcTemplate jdbc, int sessions) throws InterruptedException {
		long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (jdbc.queryForObject("select count(distinct pid) from pg_locks where not granted", Integer.class) < sessions
				&& System.nanoTime() < giveUpAt) {
			Thread.sleep(20);
		}
	}

}
