package vn.hanoi.cooperation.notification;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's due e-mails, each in its own transaction that holds the e-mail's row lock until its status
 * is written: another sender (another instance, or a run that overlaps) skips the row, so an e-mail goes out
 * once; a failure is retried later with a growing wait. Without a mail server ({@code mailSender} null) nothing
 * is sent and each e-mail is held for administrators to read.
 */
class OutgoingMailSender {

	/** E-mails one run sends at most; the next run takes the rest. */
	static final int BATCH = 100;

	private final OutgoingEmails emails;

	private final TransactionTemplate transactions;

	private final JavaMailSender mailSender;

	private final String from;

	private final Clock clock;

	OutgoingMailSender(OutgoingEmails emails, TransactionTemplate transactions, JavaMailSender mailSender,
			@Value("${portal.notifications.from:}") String from, Clock clock) {
		this.emails = emails;
		this.transactions = transactions;
		this.mailSender = mailSender;
		this.from = from;
		this.clock = clock;
	}

	boolean configured() {
		return this.mailSender != null;
	}

	/** Sends what is due now; returns how many e-mails it handled (sent, failed or held). */
	int sendDue() {
		int handled = 0;
		while (handled < BATCH && Boolean.TRUE.equals(this.transactions.execute(status -> sendOne()))) {
			handled++;
		}
		return handled;
	}

	private boolean sendOne() {
		var claimed = this.emails.claimNextDue(this.clock.instant());
		if (claimed.isEmpty()) {
			return false;
		}
		OutgoingEmails.Email email = claimed.get();
		if (this.mailSender == null) {
			this.emails.hold(email.id());
			return true;
		}
		try {
			MimeMessage message = this.mailSender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			if (!this.from.isBlank()) {
				helper.setFrom(this.from);
			}
			helper.setTo(email.recipient());
			helper.setSubject(email.subject());
			helper.setText(email.body());
			this.mailSender.send(message);
			this.emails.markSent(email.id(), this.clock.instant());
		}
		catch (MailException | MessagingException ex) {
			this.emails.markFailed(email, rootCause(ex), this.clock.instant());
		}
		return true;
	}

	private static String rootCause(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause == ex ? ex.toString() : ex.getClass().getSimpleName() + ": " + cause;
	}

}
