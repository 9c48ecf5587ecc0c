package vn.hanoi.cooperation.account;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Browsers that have logged in to an account (OWASP's "device cookies"). The cookie holds a random token; the
 * database keeps only its SHA-256, the account's key ({@link LoginThrottle#accountKey}: a digest too) and the
 * address of the last login. A browser recognised here, or an address the account logged in from lately, has
 * proven itself: the account's hourly budget does not stop it.
 */
@Component
class LoginDevices {

	/** A browser that has not logged in for this long has to prove itself again. */
	static final Duration LIFETIME = Duration.ofDays(180);

	/** An address the account logged in from within this time counts as proven too (a new browser at the office). */
	static final Duration KNOWN_ADDRESS = Duration.ofDays(30);

	/** Older devices of an account give way, so that logging in again and again cannot grow the table. */
	static final int PER_ACCOUNT = 20;

	private static final int LONGEST_TOKEN = 100;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	LoginDevices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the device this token stands for, if it logged in to this account and has not expired. */
	Optional<Long> recognise(String account, String token, Instant now) {
		if (token == null || token.isEmpty() || token.length() > LONGEST_TOKEN) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select id from login_devices
				where token_hash = :hash and account_digest = :account and last_login_at > :since""")
			.param("hash", Sha256.of(token))
			.param("account", account)
			.param("since", Timestamp.from(now.minus(LIFETIME)))
			.query(Long.class)
			.optional();
	}

	boolean knownAddress(String account, String address, Instant now) {
		return this.jdbc.sql("""
				select exists (select 1 from login_devices
				where account_digest = :account and last_address = :address and last_login_at > :since)""")
			.param("account", account)
			.param("address", address)
			.param("since", Timestamp.from(now.minus(KNOWN_ADDRESS)))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Records a successful login and answers the token the browser keeps: its own when it already stands for this
	 * account, otherwise a fresh one (a token the server did not issue for this account is never adopted).
	 */
	String remember(String account, String token, String address, Instant now) {
		Optional<Long> known = recognise(account, token, now);
		if (known.isPresent()) {
			this.jdbc.sql("update login_devices set last_address = :address, last_login_at = :now, updated_at = :now"
					+ " where id = :id")
				.param("address", address)
				.param("now", Timestamp.from(now))
				.param("id", known.get())
				.update();
			return token;
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into login_devices (account_digest, token_hash, last_address, last_login_at)
				values (:account, :hash, :address, :now)""")
			.param("account", account)
			.param("hash", Sha256.of(fresh))
			.param("address", address)
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql("""
				delete from login_devices where account_digest = :account and id not in
				(select id from login_devices where account_digest = :account order by last_login_at desc, id desc limit :keep)""")
			.param("account", account)
			.param("keep", PER_ACCOUNT)
			.update();
		return fresh;
	}

	int purge(Instant now) {
		return this.jdbc.sql("delete from login_devices where last_login_at < :before")
			.param("before", Timestamp.from(now.minus(LIFETIME)))
			.update();
	}

}
