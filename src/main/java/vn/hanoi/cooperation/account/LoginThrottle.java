package vn.hanoi.cooperation.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address and locks either for a while once it has failed too
 * often: 5 failures for an account, 30 for an address, then a lock that doubles from 1 minute up to 15 minutes.
 * Locks always expire; a success clears the account's count. State lives in memory, in a bounded map, so it
 * is per instance and forgotten on restart: enough for one server.
 */
@Component
public class LoginThrottle {

	static final int ACCOUNT_FAILURES = 5;

	static final int ADDRESS_FAILURES = 30;

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	/** A key without failures for this long starts afresh. */
	static final Duration FORGET_AFTER = Duration.ofHours(1);

	static final int MAXIMUM_KEYS = 20_000;

	private final Map<String, Failures> keys = new LinkedHashMap<>(256, 0.75f, true);

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** A lock that holds for the username or the address, with the longer remaining time. */
	public synchronized Optional<Duration> lockFor(String username, String address) {
		Instant now = this.clock.instant();
		Duration wait = Duration.ZERO;
		for (String key : new String[] { accountKey(username), addressKey(address) }) {
			Failures failures = this.keys.get(key);
			if (failures != null && failures.lockedUntil != null && failures.lockedUntil.isAfter(now)) {
				Duration left = Duration.between(now, failures.lockedUntil);
				wait = left.compareTo(wait) > 0 ? left : wait;
			}
		}
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	public synchronized void failed(String username, String address) {
		Instant now = this.clock.instant();
		count(accountKey(username), ACCOUNT_FAILURES, now);
		count(addressKey(address), ADDRESS_FAILURES, now);
	}

	/** The address keeps its count: one good login must not let an address go on guessing other accounts. */
	public synchronized void succeeded(String username) {
		this.keys.remove(accountKey(username));
	}

	/** For tests that must not inherit another test's failures. */
	synchronized void forget(String username, String address) {
		this.keys.remove(accountKey(username));
		this.keys.remove(addressKey(address));
	}

	synchronized int size() {
		return this.keys.size();
	}

	private void count(String key, int allowed, Instant now) {
		Failures failures = this.keys.get(key);
		if (failures == null || failures.last.plus(FORGET_AFTER).isBefore(now)) {
			evictIfFull(now);
			failures = new Failures();
			this.keys.put(key, failures);
		}
		failures.count++;
		failures.last = now;
		if (failures.count >= allowed) {
			long doublings = Math.min(failures.count - allowed, 10);
			Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
			failures.lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
		}
	}

	/** Drops forgotten keys, then the least recently used ones: an attacker cannot grow the map without bound. */
	private void evictIfFull(Instant now) {
		if (this.keys.size() < MAXIMUM_KEYS) {
			return;
		}
		this.keys.values().removeIf(f -> f.last.plus(FORGET_AFTER).isBefore(now)
				&& (f.lockedUntil == null || f.lockedUntil.isBefore(now)));
		Iterator<String> oldest = this.keys.keySet().iterator();
		while (this.keys.size() >= MAXIMUM_KEYS && oldest.hasNext()) {
			oldest.next();
			oldest.remove();
		}
	}

	/** Bounded, so that a megabyte-long username cannot make a megabyte-long key. */
	private static String accountKey(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return "u:" + (name.length() > 100 ? name.substring(0, 100) : name);
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}

	private static final class Failures {

		int count;

		Instant last;

		Instant lockedUntil;

	}

}
