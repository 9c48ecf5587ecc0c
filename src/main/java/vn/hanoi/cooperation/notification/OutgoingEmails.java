package vn.hanoi.cooperation.notification;

import java.time.Duration;
import java.time.Instant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.hanoi.cooperation.system.SqlValues.instant;

/**
 * The outbox: e-mails recorded with the change that caused them, claimed one at a time by the sending job for a
 * lease, and marked sent or failed by that claim alone.
 */
@Repository
class OutgoingEmails {

	/** After this many failed attempts an e-mail is given up (FAILED) and stays on the administrators' page. */
	static final int MAX_ATTEMPTS = 8;

	/** An e-mail claimed for sending: the outcome is written only with this claim's token. */
	record Claim(Long id, UUID token, String recipient, String subject, String body, int attempts) {
	}

	record Row(Long id, String recipient, String language, String subject, String body, boolean digest,
			String status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt, Instant createdAt,
			Instant claimedUntil, boolean leaseExpired) {

		public java.time.LocalDateTime createdAtLocal() {
			return java.time.LocalDateTime.ofInstant(this.createdAt, NotificationSettings.HANOI);
		}

		public java.time.LocalDateTime sentAtLocal() {
			return this.sentAt == null ? null : java.time.LocalDateTime.ofInstant(this.sentAt, NotificationSettings.HANOI);
		}

		public java.time.LocalDateTime nextAttemptAtLocal() {
			return java.time.LocalDateTime.ofInstant(this.nextAttemptAt, NotificationSettings.HANOI);
		}

		public java.time.LocalDateTime claimedUntilLocal() {
			return this.claimedUntil == null ? null
					: java.time.LocalDateTime.ofInstant(this.claimedUntil, NotificationSettings.HANOI);
		}

	}

	record Count(String status, long count) {
	}

	private final JdbcClient jdbc;

	OutgoingEmails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the next e-mail due for {@code lease}, in the caller's short transaction: it becomes SENDING until
	 * then, under a new token. Rows another claim is taking are skipped (skip locked); a SENDING row whose lease
	 * ran out is not taken here but ended first ({@link #lapsedClaims}). The lease runs on the database's clock, the
	 * same for every instance.
	 */
	Optional<Claim> claimNextDue(Instant now, Duration lease) {
		return this.jdbc.sql("""
				update outgoing_emails set status = 'SENDING', claim_token = gen_random_uuid(),
				       claimed_until = clock_timestamp() + :leaseMillis * interval '1 millisecond', updated_at = now()
				where id = (select id from outgoing_emails
				            where status = 'PENDING' and next_attempt_at <= :now
				            order by next_attempt_at, id
				            limit 1
				            for update skip locked)
				returning id, claim_token, recipient, subject, body, attempts""")
			.param("now", Timestamp.from(now))
			.param("leaseMillis", lease.toMillis())
			.query(OutgoingEmails::claim)
			.optional();
	}

	/**
	 * The claims whose lease ran out, locked for the caller's transaction (skip locked: one sender ends each): their
	 * sender died or hung mid-send. The caller records each as a failed attempt ({@link #markFailed}), so an e-mail
	 * that stops its sender every time is given up after {@link #MAX_ATTEMPTS} like any other failing one; until
	 * then it is sent again, and reaches its recipient twice if the server had accepted it before the sender stopped.
	 */
	List<Claim> lapsedClaims() {
		return this.jdbc.sql("""
				select id, claim_token, recipient, subject, body, attempts from outgoing_emails
				where status = 'SENDING' and claimed_until < clock_timestamp()
				order by id
				for update skip locked""")
			.query(OutgoingEmails::claim)
			.list();
	}

	private static Claim claim(ResultSet rs, int row) throws SQLException {
		return new Claim(rs.getLong("id"), rs.getObject("claim_token", UUID.class), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("body"), rs.getInt("attempts"));
	}

	/** False when this claim is no longer current (its lease ran out and another sender took the e-mail). */
	boolean markSent(Claim claim, Instant now) {
		return this.jdbc.sql("""
				update outgoing_emails set status = 'SENT', attempts = attempts + 1, sent_at = :sentAt, last_error = null,
				       claimed_until = null, claim_token = null, updated_at = now()
				where id = :id and claim_token = :token""")
			.param("sentAt", Timestamp.from(now))
			.param("id", claim.id())
			.param("token", claim.token())
			.update() == 1;
	}

	/**
	 * Tries again later, waiting twice as long after each failure (1 min, 2, 4 … at most 6 h), then gives up;
	 * false when this claim is no longer current.
	 */
	boolean markFailed(Claim claim, String error, Instant now) {
		int attempts = claim.attempts() + 1;
		long minutes = Math.min(Duration.ofHours(6).toMinutes(), 1L << Math.min(attempts - 1, 20));
		return this.jdbc.sql("""
				update outgoing_emails set status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt,
				       last_error = :lastError, claimed_until = null, claim_token = null, updated_at = now()
				where id = :id and claim_token = :token""")
			.param("status", attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
			.param("attempts", attempts)
			.param("nextAttemptAt", Timestamp.from(now.plus(Duration.ofMinutes(minutes))))
			.param("lastError", NotificationRecorder.clip(error, 1000))
			.param("id", claim.id())
			.param("token", claim.token())
			.update() == 1;
	}

	/** Without a mail server nothing is sent: the e-mail stays for administrators to read. */
	boolean hold(Claim claim) {
		return this.jdbc.sql("""
				update outgoing_emails set status = 'HELD', last_error = 'no mail server configured (spring.mail.host)',
				       claimed_until = null, claim_token = null, updated_at = now()
				where id = :id and claim_token = :token""")
			.param("id", claim.id())
			.param("token", claim.token())
			.update() == 1;
	}

	List<Row> latest(String status, int limit) {
		return this.jdbc.sql("""
				select id, recipient, language, subject, body, digest_day is not null as digest, status, attempts,
				       next_attempt_at, last_error, sent_at, created_at, claimed_until,
				       coalesce(claimed_until < clock_timestamp(), false) as lease_expired
				from outgoing_emails where status = coalesce(cast(:status as varchar), status)
				order by created_at desc, id desc limit :limit""")
			.param("status", status)
			.param("limit", limit)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("recipient"), rs.getString("language"),
					rs.getString("subject"), rs.getString("body"), rs.getBoolean("digest"), rs.getString("status"),
					rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
					instant(rs, "sent_at"), instant(rs, "created_at"), instant(rs, "claimed_until"),
					rs.getBoolean("lease_expired")))
			.list();
	}

	List<Count> counts() {
		return this.jdbc.sql("select status, count(*) as emails from outgoing_emails group by status order by status")
			.query((rs, n) -> new Count(rs.getString("status"), rs.getLong("emails")))
			.list();
	}

}
