package vn.hanoi.cooperation.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.cooperation.system.SqlValues;

/**
 * Decides, before any password is hashed, whether a login attempt may go on; the counts live in PostgreSQL
 * ({@code login_attempts}), so every instance sees the same ones and a restart forgets nothing. Three limits,
 * each over the last hour:
 * <ul>
 * <li>per account and client (the address, or a browser that logged in to the account before): 5 failures,
 * then a lock of 1 minute that doubles with each further failure up to 15 minutes;</li>
 * <li>per address, whatever the accounts: 30 failures, then the same growing lock (a recognised browser is not
 * held up by its address: it may only try its own account);</li>
 * <li>per account: a budget of 100 failures. Once spent, only a browser or an address that has logged in to the
 * account before may try ({@link LoginDevices}): an attacker with many addresses cannot go past 100 guesses an
 * hour, nor keep the owner out.</li>
 * </ul>
 * An attempt is counted when it is admitted and uncounted when it succeeds, so that parallel requests cannot
 * slip past a limit while their hashes are computed; per-account and per-address advisory locks order the check
 * and the count. Rows older than the hour are purged at most once a minute per instance.
 */
@Component
class LoginThrottle {

	static final int CLIENT_FAILURES = 5;

	static final int ADDRESS_FAILURES = 30;

	static final int ACCOUNT_BUDGET = 100;

	static final Duration WINDOW = Duration.ofHours(1);

	static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	static final Duration PURGE_EVERY = Duration.ofMinutes(1);

	/** Advisory lock classes: account before address, always, so that two attempts never wait for each other. */
	private static final int ACCOUNT_LOCK = 14_001;

	private static final int ADDRESS_LOCK = 14_002;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final LoginDevices devices;

	private final Clock clock;

	private final AtomicReference<Instant> nextPurge = new AtomicReference<>(Instant.MIN);

	LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, LoginDevices devices, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		// Counted even when the caller's own transaction rolls back, and the advisory locks held only briefly.
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.devices = devices;
		this.clock = clock;
	}

	LoginAdmission admit(String username, String address, String deviceToken) {
		Instant now = this.clock.instant();
		purgeIfDue(now);
		String account = accountKey(username);
		String from = addressKey(address);
		return this.transactions.execute(status -> {
			lock(ACCOUNT_LOCK, account);
			lock(ADDRESS_LOCK, from);
			Optional<Long> device = this.devices.recognise(account, deviceToken, now);
			String client = device.map(id -> "device:" + id).orElse("address:" + from);
			Duration wait = backOff(failures("account_digest = :account and client = :client and not forgiven",
					account, client, from, now), CLIENT_FAILURES, now);
			Duration budget = Duration.ZERO;
			if (device.isEmpty()) {
				wait = longer(wait, backOff(failures("address = :address", account, client, from, now),
						ADDRESS_FAILURES, now));
				if (!this.devices.knownAddress(account, from, now)) {
					budget = budgetSpent(account, now);
				}
			}
			wait = longer(wait, budget);
			if (!wait.isZero()) {
				return LoginAdmission.refused(wait, !budget.isZero());
			}
			long id = this.jdbc.sql("""
					insert into login_attempts (account_digest, client, address, attempted_at)
					values (:account, :client, :address, :now) returning id""")
				.param("account", account)
				.param("client", client)
				.param("address", from)
				.param("now", Timestamp.from(now))
				.query(Long.class)
				.single();
			return LoginAdmission.admitted(id, account, client, from, deviceToken);
		});
	}

	/**
	 * The attempt was no failure: it stops counting, and the client's earlier failures no longer hold it back.
	 * The account's budget and the address keep them: one good login must not buy another hundred guesses.
	 */
	void succeeded(LoginAdmission admission) {
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("delete from login_attempts where id = :id").param("id", admission.attemptId()).update();
			this.jdbc.sql("""
					update login_attempts set forgiven = true
					where account_digest = :account and client = :client and not forgiven""")
				.param("account", admission.account())
				.param("client", admission.client())
				.update();
		});
	}

	/** After a successful login: answers the device token the browser keeps from now on. */
	String rememberDevice(LoginAdmission admission) {
		return this.transactions.execute(status -> this.devices.remember(admission.account(),
				admission.deviceToken(), admission.address(), this.clock.instant()));
	}

	/** Deletes what no limit looks at any more: attempts past the hour, devices past their lifetime. */
	int purge() {
		Instant now = this.clock.instant();
		return this.transactions.execute(status -> this.jdbc
			.sql("delete from login_attempts where attempted_at < :before")
			.param("before", Timestamp.from(now.minus(WINDOW)))
			.update() + this.devices.purge(now));
	}

	private void purgeIfDue(Instant now) {
		Instant due = this.nextPurge.get();
		if (!now.isBefore(due) && this.nextPurge.compareAndSet(due, now.plus(PURGE_EVERY))) {
			purge();
		}
	}

	private void lock(int kind, String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(:kind, hashtext(:key))")
			.param("kind", kind)
			.param("key", key)
			.query((RowCallbackHandler) row -> {
			});
	}

	private Failures failures(String condition, String account, String client, String address, Instant now) {
		return this.jdbc.sql("select count(*) as attempts, max(attempted_at) as last_at from login_attempts where " + condition
				+ " and attempted_at > :since")
			.param("account", account)
			.param("client", client)
			.param("address", address)
			.param("since", Timestamp.from(now.minus(WINDOW)))
			.query((row, number) -> new Failures(row.getInt("attempts"), SqlValues.instant(row, "last_at")))
			.single();
	}

	/** Until the oldest failures leave the hour, so few that the budget has room for one more. */
	private Duration budgetSpent(String account, Instant now) {
		Failures failures = failures("account_digest = :account", account, null, null, now);
		if (failures.count() < ACCOUNT_BUDGET) {
			return Duration.ZERO;
		}
		Instant leaving = this.jdbc.sql("""
				select attempted_at from login_attempts where account_digest = :account and attempted_at > :since
				order by attempted_at offset :skip limit 1""")
			.param("account", account)
			.param("since", Timestamp.from(now.minus(WINDOW)))
			.param("skip", failures.count() - ACCOUNT_BUDGET)
			.query(Timestamp.class)
			.single()
			.toInstant();
		return positive(Duration.between(now, leaving.plus(WINDOW)));
	}

	private static Duration backOff(Failures failures, int allowed, Instant now) {
		if (failures.count() < allowed) {
			return Duration.ZERO;
		}
		Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures.count() - allowed, 10));
		lock = lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
		return positive(Duration.between(now, failures.last().plus(lock)));
	}

	private static Duration positive(Duration wait) {
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	private static Duration longer(Duration one, Duration other) {
		return one.compareTo(other) >= 0 ? one : other;
	}

	/**
	 * What the rows of a typed name are filed under, here and in {@link LoginDevices}: the SHA-256 (hex) of the name
	 * stripped and lower-cased, never the name. People type their password in the username field, and the rows
	 * (and every backup taken while they last) must not show it. A one-way digest is enough: nothing readable is
	 * kept, yet each typed name counts as before, whether it names an account or not; and without a key, V97 could
	 * compute the same one in SQL. The name stays bounded and free of control characters as when it was stored
	 * itself, so that V97's digest of the rows then is the same key.
	 */
	static String accountKey(String username) {
		String name = username == null ? ""
				: username.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
		return Sha256.hex(name.length() > 100 ? name.substring(0, 100) : name);
	}

	private static String addressKey(String address) {
		String from = address == null ? "unknown" : address;
		return from.length() > 64 ? from.substring(0, 64) : from;
	}

	private record Failures(int count, Instant last) {
	}

}
