package vn.hanoi.cooperation.notification;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a notice for each recipient, in the caller's transaction: the notification shown in the portal, and
 * either the e-mail to send at once (the outbox row) or a mark for the person's daily digest.
 */
@Component
class NotificationRecorder {

	private final JdbcClient jdbc;

	private final MailComposer composer;

	NotificationRecorder(JdbcClient jdbc, MailComposer composer) {
		this.jdbc = jdbc;
		this.composer = composer;
	}

	/** Records the notice for each recipient; mandatory: it must commit or roll back with the change itself. */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(Notice notice, List<Recipient> recipients) {
		recipients.forEach(recipient -> record(notice, recipient, null));
	}

	/**
	 * Records the notice once per recipient and {@code onceKey} (time-based notices, which several runs and
	 * instances may find); false when it was recorded before.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean recordOnce(Notice notice, Recipient recipient, String onceKey) {
		return record(notice, recipient, onceKey);
	}

	private boolean record(Notice notice, Recipient recipient, String onceKey) {
		List<Long> inserted = this.jdbc.sql("""
				insert into notifications (account_id, kind, link, label_vi, label_en, detail, once_key, digest_pending)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (account_id, once_key) do nothing
				returning id""")
			.params(recipient.accountId(), notice.kind().name(), notice.link(), clip(notice.labelVi(), 600),
					clip(notice.labelEn(), 600), clip(notice.detail(), 2000), onceKey,
					recipient.wantsMail(Delivery.DAILY))
			.query(Long.class)
			.list();
		if (inserted.isEmpty()) {
			return false;
		}
		if (recipient.wantsMail(Delivery.IMMEDIATE)) {
			MailComposer.Mail mail = this.composer.immediate(notice, recipient);
			this.jdbc.sql("""
					insert into outgoing_emails (account_id, recipient, language, subject, body, notification_id)
					values (?, ?, ?, ?, ?, ?)""")
				.params(recipient.accountId(), recipient.email(), recipient.language(), clip(mail.subject(), 300),
						mail.body(), inserted.get(0))
				.update();
		}
		return true;
	}

	static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
