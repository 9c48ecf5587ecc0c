package vn.hanoi.cooperation.notification;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, one e-mail per person with the notifications they chose to receive daily. The rows are claimed
 * with SKIP LOCKED and a person gets at most one digest per day (unique key), so instances that run it together
 * write each digest once; the sending job then sends it like any other e-mail.
 */
@Component
class DailyDigest {

	private final JdbcClient jdbc;

	private final MailComposer composer;

	DailyDigest(JdbcClient jdbc, MailComposer composer) {
		this.jdbc = jdbc;
		this.composer = composer;
	}

	private record Pending(Long id, Recipient recipient, Notice notice) {
	}

	/** Writes the digests of {@code day}; returns how many. */
	@Transactional
	int prepare(LocalDate day) {
		Map<Long, List<Pending>> byAccount = new LinkedHashMap<>();
		this.jdbc.sql("""
				select n.id as notification_id, a.id as account_id, a.display_name, a.email, a.language, n.kind, n.link, n.label_vi, n.label_en, n.detail
				from notifications n join accounts a on a.id = n.account_id
				where n.digest_pending
				order by n.account_id, n.created_at, n.id
				for update of n skip locked""")
			.query((rs, n) -> new Pending(rs.getLong("notification_id"),
					new Recipient(rs.getLong("account_id"), rs.getString("display_name"), rs.getString("email"),
							rs.getString("language"), Delivery.DAILY),
					new Notice(NotificationKind.valueOf(rs.getString("kind")), rs.getString("link"),
							rs.getString("label_vi"), rs.getString("label_en"), rs.getString("detail"))))
			.list()
			.forEach(pending -> byAccount.computeIfAbsent(pending.recipient().accountId(), id -> new ArrayList<>())
				.add(pending));
		int written = 0;
		for (List<Pending> pending : byAccount.values()) {
			Recipient recipient = pending.get(0).recipient();
			boolean done = true;
			if (recipient.email() != null) {
				MailComposer.Mail mail = this.composer.digest(pending.stream().map(Pending::notice).toList(),
						recipient, day);
				done = this.jdbc.sql("""
						insert into outgoing_emails (account_id, recipient, language, subject, body, digest_day)
						values (:accountId, :recipient, :language, :subject, :body, :digestDay)
						on conflict (account_id, digest_day) do nothing""")
					.param("accountId", recipient.accountId())
					.param("recipient", recipient.email())
					.param("language", recipient.language())
					.param("subject", NotificationRecorder.clip(mail.subject(), 300))
					.param("body", mail.body())
					.param("digestDay", Date.valueOf(day))
					.update() > 0;
				written += done ? 1 : 0;
			}
			// Today's digest already went: what came since waits for tomorrow's.
			if (done) {
				this.jdbc.sql("update notifications set digest_pending = false, updated_at = now() where id in (:ids)")
					.param("ids", pending.stream().map(Pending::id).toList())
					.update();
			}
		}
		return written;
	}

}
