package vn.hanoi.cooperation.notification;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What becomes due with time rather than with a change: an activity overdue, an agreement expiring within 90 and
 * within 30 days. Each is recorded once per person (the once key), however often and on however many instances
 * the job runs.
 */
@Component
class TimeBasedNotifications {

	/** An activity whose deadline passed longer ago than this was overdue before; it is not news any more. */
	static final int OVERDUE_LOOKBACK_DAYS = 7;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final NotificationRecipients recipients;

	private final NotificationRecorder recorder;

	private final MessageSource messages;

	TimeBasedNotifications(JdbcClient jdbc, NotificationRecipients recipients, NotificationRecorder recorder,
			MessageSource messages) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.recorder = recorder;
		this.messages = messages;
	}

	private record Overdue(Long id, Long leadDepartmentId, String title, LocalDate deadline) {
	}

	private record Expiring(Long id, String title, LocalDate validTo) {
	}

	/** Records what is due on {@code today} (Hanoi's day); returns how many notifications were new. */
	@Transactional
	int record(LocalDate today) {
		int recorded = 0;
		for (Overdue activity : this.jdbc.sql("""
				select id, lead_department_id, title, deadline from activities
				where status not in ('COMPLETED', 'CANCELLED') and deadline < :today and deadline >= :lookbackFrom
				order by id""")
			.param("today", Date.valueOf(today))
			.param("lookbackFrom", Date.valueOf(today.minusDays(OVERDUE_LOOKBACK_DAYS)))
			.query((rs, n) -> new Overdue(rs.getLong("id"), rs.getLong("lead_department_id"),
					rs.getString("title"), rs.getDate("deadline").toLocalDate()))
			.list()) {
			Notice notice = notice(NotificationKind.ACTIVITY_OVERDUE, "/activities/" + activity.id(),
					"notification.label.overdue", activity.title(), activity.deadline());
			for (Recipient recipient : this.recipients.forOverdueActivity(activity.leadDepartmentId())) {
				// Once per deadline: a deadline moved and missed again is told again.
				recorded += this.recorder.recordOnce(notice, recipient,
						"ACTIVITY_OVERDUE:" + activity.id() + ":" + activity.deadline()) ? 1 : 0;
			}
		}
		for (Expiring agreement : this.jdbc.sql("""
				select id, title, valid_to from agreements
				where terminated_on is null and valid_to >= :today and valid_to <= :windowEnd
				order by id""")
			.param("today", Date.valueOf(today))
			.param("windowEnd", Date.valueOf(today.plusDays(90)))
			.query((rs, n) -> new Expiring(rs.getLong("id"), rs.getString("title"),
					rs.getDate("valid_to").toLocalDate()))
			.list()) {
			int window = agreement.validTo().isAfter(today.plusDays(30)) ? 90 : 30;
			Notice notice = notice(NotificationKind.AGREEMENT_EXPIRING, "/agreements/" + agreement.id(),
					"notification.label.expiring", agreement.title(), agreement.validTo());
			for (Recipient recipient : this.recipients.forExpiringAgreement()) {
				recorded += this.recorder.recordOnce(notice, recipient,
						"AGREEMENT_EXPIRING_" + window + ":" + agreement.id() + ":" + agreement.validTo()) ? 1 : 0;
			}
		}
		return recorded;
	}

	/** The item's name with its date, in both languages. */
	private Notice notice(NotificationKind kind, String link, String key, String title, LocalDate day) {
		Object[] args = { title, DAY.format(day) };
		return new Notice(kind, link, this.messages.getMessage(key, args, Locale.forLanguageTag("vi")),
				this.messages.getMessage(key, args, Locale.ENGLISH), null);
	}

}
