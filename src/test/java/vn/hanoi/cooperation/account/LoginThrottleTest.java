package vn.hanoi.cooperation.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	static class MovingClock extends Clock {

		Instant now = Instant.parse("2025-07-01T08:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	private final MovingClock clock = new MovingClock();

	private final LoginThrottle throttle = new LoginThrottle(this.clock);

	@Test
	void anAccountIsLockedAfterFiveFailuresAndTheLockExpires() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("canbo", "10.0.0.1");
		}
		assertThat(this.throttle.lockFor("canbo", "10.0.0.2")).isEmpty();
		this.throttle.failed("CANBO", "10.0.0.1");
		assertThat(this.throttle.lockFor("canbo", "10.0.0.2")).contains(Duration.ofMinutes(1));
		this.clock.now = this.clock.now.plusSeconds(61);
		assertThat(this.throttle.lockFor("canbo", "10.0.0.2")).isEmpty();
		this.throttle.failed("canbo", "10.0.0.1");
		assertThat(this.throttle.lockFor("canbo", "10.0.0.2")).contains(Duration.ofMinutes(2));
	}

	@Test
	void locksGrowButNeverPastFifteenMinutesAndNeverForever() {
		for (int i = 0; i < 40; i++) {
			this.throttle.failed("canbo", "10.0.0." + i);
		}
		assertThat(this.throttle.lockFor("canbo", "10.0.0.99")).contains(LoginThrottle.LONGEST_LOCK);
		this.clock.now = this.clock.now.plus(LoginThrottle.LONGEST_LOCK).plusSeconds(1);
		assertThat(this.throttle.lockFor("canbo", "10.0.0.99")).isEmpty();
	}

	@Test
	void anAddressGuessingManyAccountsIsLockedAndASuccessDoesNotFreeIt() {
		for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
			this.throttle.failed("user" + i, "10.0.0.7");
		}
		this.throttle.succeeded("user1");
		assertThat(this.throttle.lockFor("someone.else", "10.0.0.7")).isPresent();
		assertThat(this.throttle.lockFor("someone.else", "10.0.0.8")).isEmpty();
	}

	@Test
	void theMapStaysBounded() {
		for (int i = 0; i < LoginThrottle.MAXIMUM_KEYS + 100; i++) {
			this.throttle.failed("x".repeat(5000) + i, "10.1." + i);
		}
		assertThat(this.throttle.size()).isLessThanOrEqualTo(LoginThrottle.MAXIMUM_KEYS);
	}

}
