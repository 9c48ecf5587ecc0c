package vn.hanoi.cooperation.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.hanoi.cooperation.province.ProvincePeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * After a change, a leader gets the figures of the moment before at once while the new ones are computed once,
 * in the background (the database's part is DashboardTest's). Which computation an answer came from is told by
 * the data version it was computed under.
 */
class DashboardCacheTest {

	private static final LocalDate TODAY = LocalDate.of(2022, 10, 1);

	@Test
	void afterAChangeThePreviousFiguresAnswerWhileTheNewOnesAreComputedOnce() throws Exception {
		DashboardCache cache = new DashboardCache(null, Clock.systemUTC(), Duration.ofSeconds(60));
		AtomicInteger computations = new AtomicInteger();
		assertThat(cache.get(key(1), () -> counted(computations)).key().dataVersion()).isEqualTo(1);

		CountDownLatch release = new CountDownLatch(1);
		DashboardCache.Figures meanwhile = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> cache.get(key(2), () -> {
					await(release);
					return counted(computations);
				}));
		assertThat(meanwhile.key().dataVersion()).as("answered at once with the previous figures").isEqualTo(1);
		assertThat(cache.get(key(2), () -> counted(computations)).key().dataVersion())
			.as("a second request while computing starts no second computation")
			.isEqualTo(1);
		release.countDown();
		long giveUpAt = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (cache.get(key(2), () -> counted(computations)).key().dataVersion() != 2
				&& System.nanoTime() < giveUpAt) {
			Thread.sleep(20);
		}
		assertThat(cache.get(key(2), () -> counted(computations)).key().dataVersion()).isEqualTo(2);
		assertThat(computations).as("one computation per data version").hasValue(2);
		cache.stop();
	}

	@Test
	void withoutTheSettingEveryChangeIsComputedWhileTheRequestWaits() {
		DashboardCache cache = new DashboardCache(null, Clock.systemUTC(), Duration.ZERO);
		assertThat(cache.get(key(1), () -> null).key().dataVersion()).isEqualTo(1);
		assertThat(cache.get(key(2), () -> null).key().dataVersion()).isEqualTo(2);
		cache.stop();
	}

	private static DashboardCache.Key key(long dataVersion) {
		return new DashboardCache.Key(dataVersion, TODAY, 2022, ProvincePeriod.UNITS_2025, null, Set.of());
	}

	private static Dashboard counted(AtomicInteger computations) {
		computations.incrementAndGet();
		return null;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
