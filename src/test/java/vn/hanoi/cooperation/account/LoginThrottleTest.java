package vn.hanoi.cooperation.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's limits on its PostgreSQL counters, with a clock the tests move. LoginThrottlingTest drives the
 * same limits through real logins.
 */
@PortalTest
class LoginThrottleTest {

	static class MovingClock extends Clock {

		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		void pass(Duration duration) {
			this.now = this.now.plus(duration);
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	LoginDevices devices;

	private final MovingClock clock = new MovingClock();

	/** Addresses of this test only, so that no other test's failures count against them. */
	private final String network = "10." + ThreadLocalRandom.current().nextInt(100, 250) + "."
			+ ThreadLocalRandom.current().nextInt(0, 250) + ".";

	private final String account = "canbo." + UUID.randomUUID().toString().substring(0, 8);

	private LoginThrottle throttle() {
		return new LoginThrottle(this.jdbc, this.transactions, this.devices, this.clock);
	}

	@Test
	void aClientIsLockedAfterFiveFailuresWhileTheOwnerFromAnotherAddressIsNot() {
		LoginThrottle throttle = throttle();
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
			assertThat(throttle.admit(this.account, this.network + 1, null).isRefused()).isFalse();
		}
		LoginAdmission attacker = throttle.admit(this.account.toUpperCase(), this.network + 1, null);
		assertThat(attacker.retryAfter()).isEqualTo(Duration.ofMinutes(1));
		assertThat(attacker.accountWide()).isFalse();

		LoginAdmission owner = throttle.admit(this.account, this.network + 2, null);
		assertThat(owner.isRefused()).isFalse();
		throttle.succeeded(owner);

		this.clock.pass(Duration.ofSeconds(61));
		assertThat(throttle.admit(this.account, this.network + 1, null).isRefused()).isFalse();
		assertThat(throttle.admit(this.account, this.network + 1, null).retryAfter()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void locksGrowButNeverPastFifteenMinutesAndNeverForever() {
		LoginThrottle throttle = throttle();
		Duration longest = Duration.ZERO;
		for (int admitted = 0; admitted < 12;) {
			LoginAdmission admission = throttle.admit(this.account, this.network + 1, null);
			if (admission.isRefused()) {
				longest = admission.retryAfter().compareTo(longest) > 0 ? admission.retryAfter() : longest;
				this.clock.pass(admission.retryAfter().plusSeconds(1));
			}
			else {
				admitted++;
			}
		}
		assertThat(longest).isEqualTo(LoginThrottle.LONGEST_LOCK);
	}

	@Test
	void anAddressGuessingManyAccountsIsLockedAndASuccessDoesNotFreeIt() {
		LoginThrottle throttle = throttle();
		LoginAdmission last = null;
		for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
			last = throttle.admit(this.account + i, this.network + 7, null);
			assertThat(last.isRefused()).isFalse();
		}
		throttle.succeeded(last);
		throttle.admit(this.account + "x", this.network + 7, null);
		assertThat(throttle.admit("someone.else", this.network + 7, null).isRefused()).isTrue();
		assertThat(throttle.admit("someone.else", this.network + 8, null).isRefused()).isFalse();
	}

	@Test
	void anAttackerRotatingAddressesGetsAHundredGuessesAnHourAtMost() {
		LoginThrottle throttle = throttle();
		int admitted = 0;
		for (int i = 0; i < 150; i++) {
			LoginAdmission admission = throttle.admit(this.account, "10.250." + (i / 200) + "." + i % 200, null);
			if (admission.isRefused()) {
				assertThat(admission.accountWide()).isTrue();
				assertThat(admission.retryAfter()).isLessThanOrEqualTo(LoginThrottle.WINDOW);
			}
			else {
				admitted++;
				this.clock.pass(Duration.ofSeconds(10));
			}
		}
		assertThat(admitted).isEqualTo(LoginThrottle.ACCOUNT_BUDGET);
		// The window slides: the first guesses leave it one by one.
		this.clock.now = this.clock.now.minus(Duration.ofSeconds(10L * LoginThrottle.ACCOUNT_BUDGET))
			.plus(LoginThrottle.WINDOW)
			.plusSeconds(1);
		assertThat(throttle.admit(this.account, "10.251.0.1", null).isRefused()).isFalse();
		assertThat(throttle.admit(this.account, "10.251.0.2", null).isRefused()).isTrue();
	}

	@Test
	void parallelGuessesCannotSlipPastTheBudgetWhileTheirHashesAreComputed() throws Exception {
		LoginThrottle throttle = throttle();
		for (int i = 0; i < LoginThrottle.ACCOUNT_BUDGET - 5; i++) {
			throttle.admit(this.account, "10.248." + (i / 200) + "." + i % 200, null);
		}
		List<Callable<LoginAdmission>> guesses = IntStream.range(0, 20)
			.mapToObj(i -> (Callable<LoginAdmission>) () -> throttle.admit(this.account, "10.247.0." + i, null))
			.toList();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			int admitted = 0;
			for (Future<LoginAdmission> guess : pool.invokeAll(guesses)) {
				admitted += guess.get().isRefused() ? 0 : 1;
			}
			assertThat(admitted).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aBrowserOrAnAddressThatLoggedInBeforePassesASpentBudgetWithinItsOwnLimit() {
		LoginThrottle throttle = throttle();
		LoginAdmission owner = throttle.admit(this.account, this.network + 1, null);
		throttle.succeeded(owner);
		String device = throttle.rememberDevice(owner);
		String otherAccountsDevice = throttle.rememberDevice(
				throttle.admit(this.account + ".other", this.network + 1, null));
		for (int i = 0; i < LoginThrottle.ACCOUNT_BUDGET; i++) {
			throttle.admit(this.account, "10.252." + (i / 200) + "." + i % 200, null);
		}
		assertThat(throttle.admit(this.account, this.network + 99, null).accountWide()).isTrue();
		assertThat(throttle.admit(this.account, this.network + 99, otherAccountsDevice).accountWide()).isTrue();
		assertThat(throttle.admit(this.account, this.network + 99, "forged-token").accountWide()).isTrue();

		// Any browser at the address the owner last logged in from, and the owner's browser from anywhere.
		assertThat(throttle.admit(this.account, this.network + 1, null).isRefused()).isFalse();
		LoginAdmission fromBrowser = throttle.admit(this.account, this.network + 98, device);
		assertThat(fromBrowser.isRefused()).isFalse();
		throttle.succeeded(fromBrowser);
		assertThat(throttle.rememberDevice(fromBrowser)).isEqualTo(device);

		// A stolen device cookie buys no more than five guesses before its lock.
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
			assertThat(throttle.admit(this.account, "10.253.0." + i, device).isRefused()).isFalse();
		}
		assertThat(throttle.admit(this.account, "10.253.0.99", device).retryAfter()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void countersAreSharedByInstancesAndSurviveARestart() {
		LoginThrottle first = throttle();
		for (int i = 0; i < LoginThrottle.CLIENT_FAILURES; i++) {
			first.admit(this.account, this.network + 1, null);
		}
		// Another instance: its own connection to the same database, its own throttle, nothing in common but rows.
		String database = this.jdbc.sql("select current_database()").query(String.class).single();
		TestDatabase.ServerAddress server = TestDatabase.server();
		SimpleDriverDataSource other = new SimpleDriverDataSource(new org.postgresql.Driver(),
				server.withDatabase(database), server.username(), server.password());
		JdbcClient otherJdbc = JdbcClient.create(other);
		LoginThrottle second = new LoginThrottle(otherJdbc, new DataSourceTransactionManager(other),
				new LoginDevices(otherJdbc), this.clock);
		assertThat(second.admit(this.account, this.network + 1, null).retryAfter()).isEqualTo(Duration.ofMinutes(1));
		assertThat(count("login_attempts", this.account)).isEqualTo(LoginThrottle.CLIENT_FAILURES);
	}

	@Test
	void rowsNoLimitLooksAtAnyMoreArePurged() {
		LoginThrottle throttle = throttle();
		throttle.admit(this.account, this.network + 1, null);
		LoginAdmission owner = throttle.admit(this.account + ".owner", this.network + 1, null);
		throttle.rememberDevice(owner);
		this.clock.pass(LoginThrottle.WINDOW.plusMinutes(1));
		throttle.admit(this.account + ".later", this.network + 1, null);
		assertThat(count("login_attempts", this.account)).isZero();
		assertThat(count("login_attempts", this.account + ".later")).isOne();
		assertThat(count("login_devices", this.account + ".owner")).isOne();

		this.clock.pass(LoginDevices.LIFETIME);
		assertThat(throttle.purge()).isGreaterThanOrEqualTo(2);
		assertThat(count("login_devices", this.account + ".owner")).isZero();
		assertThat(count("login_attempts", this.account + ".later")).isZero();
	}

	@Test
	void anAccountKeepsItsTwentyLatestBrowsers() {
		LoginThrottle throttle = throttle();
		for (int i = 0; i < LoginDevices.PER_ACCOUNT + 5; i++) {
			LoginAdmission login = throttle.admit(this.account, this.network + 1, null);
			throttle.succeeded(login);
			throttle.rememberDevice(login);
			this.clock.pass(Duration.ofSeconds(1));
		}
		assertThat(count("login_devices", this.account)).isEqualTo(LoginDevices.PER_ACCOUNT);
	}

	private int count(String table, String username) {
		return this.jdbc.sql("select count(*) from " + table + " where account_digest = ?")
			.param(LoginThrottle.accountKey(username))
			.query(Integer.class)
			.single();
	}

}
