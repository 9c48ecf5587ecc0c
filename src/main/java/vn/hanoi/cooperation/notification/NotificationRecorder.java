package vn.hanoi.cooperation.notification;

import java.util.List;
import java.util.Map;

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

	/** A notice and one person to tell of it. */
	record Addressed(Notice notice, Recipient recipient) {
	}

	/**
	 * Records many notices at once (a bulk approval), exactly as {@link #record(Notice, List)} would one by one,
	 * in two statements whatever their number: the notifications, then the e-mails to send at once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void recordAll(List<Addressed> addressed) {
		if (addressed.isEmpty()) {
			return;
		}
		Map<String, Long> ids = this.jdbc.sql("""
				insert into notifications (account_id, kind, link, label_vi, label_en, detail, digest_pending)
				select * from unnest(cast(? as bigint[]), cast(? as varchar[]), cast(? as varchar[]),
				                     cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]),
				                     cast(? as boolean[]))
				returning id, account_id, link""")
			.params(column(addressed, a -> a.recipient().accountId(), Long[]::new),
					column(addressed, a -> a.notice().kind().name(), String[]::new),
					column(addressed, a -> a.notice().link(), String[]::new),
					column(addressed, a -> clip(a.notice().labelVi(), 600), String[]::new),
					column(addressed, a -> clip(a.notice().labelEn(), 600), String[]::new),
					column(addressed, a -> clip(a.notice().detail(), 2000), String[]::new),
					column(addressed, a -> a.recipient().wantsMail(Delivery.DAILY), Boolean[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("account_id") + " " + rs.getString("link"), rs.getLong("id")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		// One notice per person and item in a batch: the person and the link find the notification's id.
		List<Addressed> mailed = addressed.stream().filter(a -> a.recipient().wantsMail(Delivery.IMMEDIATE)).toList();
		Long[] notificationIds = mailed.stream()
			.map(a -> ids.get(a.recipient().accountId() + " " + a.notice().link()))
			.toArray(Long[]::new);
		if (mailed.isEmpty()) {
			return;
		}
		List<MailComposer.Mail> mails = mailed.stream().map(a -> this.composer.immediate(a.notice(), a.recipient())).toList();
		this.jdbc.sql("""
				insert into outgoing_emails (account_id, recipient, language, subject, body, notification_id)
				select * from unnest(cast(? as bigint[]), cast(? as varchar[]), cast(? as varchar[]),
				                     cast(? as varchar[]), cast(? as text[]), cast(? as bigint[]))""")
			.params(column(mailed, a -> a.recipient().accountId(), Long[]::new),
					column(mailed, a -> a.recipient().email(), String[]::new),
					column(mailed, a -> a.recipient().language(), String[]::new),
					mails.stream().map(m -> clip(m.subject(), 300)).toArray(String[]::new),
					mails.stream().map(MailComposer.Mail::body).toArray(String[]::new),
					notificationIds)
			.update();
	}

	private static <T> T[] column(List<Addressed> addressed, java.util.function.Function<Addressed, T> value,
			java.util.function.IntFunction<T[]> array) {
		return addressed.stream().map(value).toArray(array);
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
