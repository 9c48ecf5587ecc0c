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
				select * from unnest(cast(:accountIds as bigint[]), cast(:kinds as varchar[]), cast(:links as varchar[]),
				                     cast(:labelsVi as varchar[]), cast(:labelsEn as varchar[]), cast(:details as varchar[]),
				                     cast(:digestPending as boolean[]))
				returning id, account_id, link""")
			.param("accountIds", column(addressed, a -> a.recipient().accountId(), Long[]::new))
			.param("kinds", column(addressed, a -> a.notice().kind().name(), String[]::new))
			.param("links", column(addressed, a -> a.notice().link(), String[]::new))
			.param("labelsVi", column(addressed, a -> clip(a.notice().labelVi(), 600), String[]::new))
			.param("labelsEn", column(addressed, a -> clip(a.notice().labelEn(), 600), String[]::new))
			.param("details", column(addressed, a -> clip(a.notice().detail(), 2000), String[]::new))
			.param("digestPending", column(addressed, a -> a.recipient().wantsMail(Delivery.DAILY), Boolean[]::new))
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
				select * from unnest(cast(:accountIds as bigint[]), cast(:recipients as varchar[]),
				                     cast(:languages as varchar[]), cast(:subjects as varchar[]),
				                     cast(:bodies as text[]), cast(:notificationIds as bigint[]))""")
			.param("accountIds", column(mailed, a -> a.recipient().accountId(), Long[]::new))
			.param("recipients", column(mailed, a -> a.recipient().email(), String[]::new))
			.param("languages", column(mailed, a -> a.recipient().language(), String[]::new))
			.param("subjects", mails.stream().map(m -> clip(m.subject(), 300)).toArray(String[]::new))
			.param("bodies", mails.stream().map(MailComposer.Mail::body).toArray(String[]::new))
			.param("notificationIds", notificationIds)
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
				values (:accountId, :kind, :link, :labelVi, :labelEn, :detail, :onceKey, :digestPending)
				on conflict (account_id, once_key) do nothing
				returning id""")
			.param("accountId", recipient.accountId())
			.param("kind", notice.kind().name())
			.param("link", notice.link())
			.param("labelVi", clip(notice.labelVi(), 600))
			.param("labelEn", clip(notice.labelEn(), 600))
			.param("detail", clip(notice.detail(), 2000))
			.param("onceKey", onceKey)
			.param("digestPending", recipient.wantsMail(Delivery.DAILY))
			.query(Long.class)
			.list();
		if (inserted.isEmpty()) {
			return false;
		}
		if (recipient.wantsMail(Delivery.IMMEDIATE)) {
			MailComposer.Mail mail = this.composer.immediate(notice, recipient);
			this.jdbc.sql("""
					insert into outgoing_emails (account_id, recipient, language, subject, body, notification_id)
					values (:accountId, :recipient, :language, :subject, :body, :notificationId)""")
				.param("accountId", recipient.accountId())
				.param("recipient", recipient.email())
				.param("language", recipient.language())
				.param("subject", clip(mail.subject(), 300))
				.param("body", mail.body())
				.param("notificationId", inserted.get(0))
				.update();
		}
		return true;
	}

	static String clip(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
