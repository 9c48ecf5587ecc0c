package vn.hanoi.cooperation.notification;

import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static vn.hanoi.cooperation.system.SqlValues.instant;

/** The outbox: e-mails recorded with the change that caused them, claimed one at a time by the sending job. */
@Repository
class OutgoingEmails {

	/** After this many failed attempts an e-mail is given up (FAILED) and stays on the administrators' page. */
	static final int MAX_ATTEMPTS = 8;

	record Email(Long id, String recipient, String subject, String body, int attempts) {
	}

	record Row(Long id, String recipient, String language, String subject, String body, boolean digest,
			String status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt, Instant createdAt) {

		public java.time.LocalDateTime createdAtLocal() {
			return java.time.LocalDateTime.ofInstant(this.createdAt, NotificationSettings.HANOI);
		}

		public java.time.LocalDateTime sentAtLocal() {
			return this.sentAt == null ? null : java.time.LocalDateTime.ofInstant(this.sentAt, NotificationSettings.HANOI);
		}

		public java.time.LocalDateTime nextAttemptAtLocal() {
			return java.time.LocalDateTime.ofInstant(this.nextAttemptAt, NotificationSettings.HANOI);
		}

	}

	record Count(String status, long count) {
	}

	private final JdbcClient jdbc;

	OutgoingEmails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next e-mail due, locked for the caller's transaction; rows other senders hold are skipped, so each
	 * e-mail is in the hands of one sender at a time, on any number of instances.
	 */
	Optional<Email> claimNextDue(Instant now) {
		return this.jdbc.sql("""
				select id, recipient, subject, body, attempts from outgoing_emails
				where status = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, id
				limit 1
				for update skip locked""")
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Email(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.optional();
	}

	void markSent(Long id, Instant now) {
		this.jdbc.sql("""
				update outgoing_emails set status = 'SENT', attempts = attempts + 1, sent_at = :sentAt, last_error = null,
				       updated_at = now() where id = :id""")
			.param("sentAt", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** Tries again later, waiting twice as long after each failure (1 min, 2, 4 … at most 6 h), then gives up. */
	void markFailed(Email email, String error, Instant now) {
		int attempts = email.attempts() + 1;
		long minutes = Math.min(Duration.ofHours(6).toMinutes(), 1L << Math.min(attempts - 1, 20));
		this.jdbc.sql("""
				update outgoing_emails set status = :status, attempts = :attempts, next_attempt_at = :nextAttemptAt,
				       last_error = :lastError, updated_at = now() where id = :id""")
			.param("status", attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
			.param("attempts", attempts)
			.param("nextAttemptAt", Timestamp.from(now.plus(Duration.ofMinutes(minutes))))
			.param("lastError", NotificationRecorder.clip(error, 1000))
			.param("id", email.id())
			.update();
	}

	/** Without a mail server nothing is sent: the e-mail stays for administrators to read. */
	void hold(Long id) {
		this.jdbc.sql("""
				update outgoing_emails set status = 'HELD', last_error = 'no mail server configured (spring.mail.host)',
				       updated_at = now() where id = :id""").param("id", id).update();
	}

	List<Row> latest(String status, int limit) {
		return this.jdbc.sql("""
				select id, recipient, language, subject, body, digest_day is not null as digest, status, attempts,
				       next_attempt_at, last_error, sent_at, created_at
				from outgoing_emails where status = coalesce(cast(:status as varchar), status)
				order by created_at desc, id desc limit :limit""")
			.param("status", status)
			.param("limit", limit)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("recipient"), rs.getString("language"),
					rs.getString("subject"), rs.getString("body"), rs.getBoolean("digest"), rs.getString("status"),
					rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
					instant(rs, "sent_at"), instant(rs, "created_at")))
			.list();
	}

	List<Count> counts() {
		return this.jdbc.sql("select status, count(*) as emails from outgoing_emails group by status order by status")
			.query((rs, n) -> new Count(rs.getString("status"), rs.getLong("emails")))
			.list();
	}

}
