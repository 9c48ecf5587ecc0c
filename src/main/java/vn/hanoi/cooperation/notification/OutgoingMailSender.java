package vn.hanoi.cooperation.notification;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * Sends the outbox's due e-mails one at a time: a short transaction claims the e-mail for a lease, the SMTP
 * exchange runs outside any transaction (however slow it is, nothing rolls back after the server accepted the
 * e-mail), and another short transaction records sent or failed, only if the claim is still this one's. Another
 * sender (another instance, or a run that overlaps) does not take an e-mail whose lease runs, so an e-mail goes
 * out once; a failure is retried later with a growing wait. The lease outlives any exchange that JavaMail's
 * timeouts allow ({@link #requireLeaseOutlivesExchange}); when the sender dies (or hangs beyond that) mid-send,
 * the lapsed lease counts as a failed attempt and the e-mail is sent again later: if the server had accepted it
 * before the sender stopped, it arrives twice (at least once, not exactly once). Without a mail server ({@code mailSender} null) nothing is sent and each e-mail is held
 * for administrators to read.
 */
class OutgoingMailSender {

	private static final Logger log = LoggerFactory.getLogger(OutgoingMailSender.class);

	/** E-mails one run sends at most; the next run takes the rest. */
	static final int BATCH = 100;

	/**
	 * Waits in one exchange, each ended by a JavaMail timeout: the connection, then each command written and its
	 * answer read (greeting, EHLO, STARTTLS and EHLO again, AUTH, MAIL, RCPT, DATA, the text, its end, QUIT are
	 * about a dozen); counted with room to spare.
	 */
	static final int EXCHANGE_STEPS = 20;

	/** Why an attempt whose sender stopped mid-send failed, as administrators read it on the outbox page. */
	static final String SENDER_STOPPED = "the sender stopped before recording the outcome (its send lease ran out); "
			+ "the server may have accepted the e-mail";

	private final OutgoingEmails emails;

	private final TransactionTemplate transactions;

	private final JavaMailSender mailSender;

	private final String from;

	private final Duration lease;

	private final Clock clock;

	OutgoingMailSender(OutgoingEmails emails, TransactionTemplate transactions, JavaMailSender mailSender,
			String from, Duration lease, Clock clock) {
		this.emails = emails;
		this.transactions = transactions;
		this.mailSender = mailSender;
		this.from = from;
		this.lease = lease;
		this.clock = clock;
	}

	/**
	 * Refuses a lease that an ordinary exchange could outlast: longer than the connection timeout plus
	 * {@link #EXCHANGE_STEPS} reads and writes, each at its timeout. Those timeouts must be set, or JavaMail waits
	 * for ever. (A server that trickles its answers a byte per timeout could still outlast it: then the late mark
	 * is refused and logged, see {@link #sendOne}.)
	 */
	static void requireLeaseOutlivesExchange(JavaMailSenderImpl mail, Duration lease) {
		String prefix = "mail." + (mail.getProtocol() == null ? "smtp" : mail.getProtocol()) + ".";
		long connect = timeoutMillis(mail, prefix + "connectiontimeout");
		long read = timeoutMillis(mail, prefix + "timeout");
		long write = timeoutMillis(mail, prefix + "writetimeout");
		Duration longest = Duration.ofMillis(connect + EXCHANGE_STEPS * (read + write));
		if (lease.compareTo(longest) <= 0) {
			throw new IllegalStateException("portal.notifications.send-lease (" + lease + ") must be longer than "
					+ "the longest exchange the mail timeouts allow (" + longest + "): a sender still talking to the "
					+ "server would lose its e-mail to another and it would go out twice");
		}
	}

	private static long timeoutMillis(JavaMailSenderImpl mail, String property) {
		String value = mail.getJavaMailProperties().getProperty(property);
		long millis = value == null || value.isBlank() ? 0 : Long.parseLong(value.trim());
		if (millis <= 0) {
			throw new IllegalStateException("spring.mail.properties." + property + " must be set (milliseconds): "
					+ "without it JavaMail waits for ever and no send lease outlives the exchange");
		}
		return millis;
	}

	boolean configured() {
		return this.mailSender != null;
	}

	/** Sends what is due now; returns how many e-mails it handled (sent, failed or held). */
	int sendDue() {
		// Inside a caller's transaction the claim would hold its row lock through the exchange again.
		Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(),
				"the outbox is sent outside any transaction");
		endLapsedClaims();
		int handled = 0;
		while (handled < BATCH && sendOne()) {
			handled++;
		}
		return handled;
	}

	/**
	 * Ends the claims of senders that stopped mid-send (died, or hung past the lease), each as a failed attempt: an
	 * e-mail whose sending kills or hangs the sender every time is given up after the usual number of attempts,
	 * instead of being taken over every lease without end. It is sent again later, as after any failure.
	 */
	private void endLapsedClaims() {
		this.transactions.executeWithoutResult(status -> this.emails.lapsedClaims().forEach(lapsed -> {
			this.emails.markFailed(lapsed, SENDER_STOPPED, this.clock.instant());
			log.warn("E-mail {}: its sender stopped mid-send (the send lease ran out); counted as failed attempt {} "
					+ "of {}", lapsed.id(), lapsed.attempts() + 1, OutgoingEmails.MAX_ATTEMPTS);
		}));
	}

	private boolean sendOne() {
		Optional<OutgoingEmails.Claim> claimed = this.transactions
			.execute(status -> this.emails.claimNextDue(this.clock.instant(), this.lease));
		if (claimed == null || claimed.isEmpty()) {
			return false;
		}
		OutgoingEmails.Claim email = claimed.get();
		if (this.mailSender == null) {
			this.transactions.executeWithoutResult(status -> this.emails.hold(email));
			return true;
		}
		String error = send(email);
		boolean recorded = Boolean.TRUE.equals(this.transactions.execute(status -> error == null
				? this.emails.markSent(email, this.clock.instant())
				: this.emails.markFailed(email, error, this.clock.instant())));
		if (!recorded) {
			// The lease ran out during the exchange and another sender ended the claim: its outcome stands.
			if (error == null) {
				log.warn("E-mail {} was sent after its send lease ({}) ran out and another sender had ended the claim: "
						+ "it may go out twice", email.id(), this.lease);
			}
			else {
				log.warn("E-mail {} failed after its send lease ({}) ran out; another sender had ended the claim: {}",
						email.id(), this.lease, error);
			}
		}
		return true;
	}

	/** The exchange with the mail server, outside any transaction; the error, or null when the server took it. */
	private String send(OutgoingEmails.Claim email) {
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
			return null;
		}
		catch (MailException | MessagingException ex) {
			if (acceptedBeforeClosing(ex)) {
				// Counted as failed, it would go out again, to someone who already has it.
				log.warn("E-mail {} was accepted by the mail server, then closing the connection failed: recorded as "
						+ "sent: {}", email.id(), rootCause(ex));
				return null;
			}
			return rootCause(ex);
		}
	}

	/**
	 * How JavaMailSenderImpl reports that the server accepted every message and only closing the connection (QUIT)
	 * failed: a send exception with a cause that names no failed message. Any refusal or broken exchange names the
	 * message.
	 */
	private static boolean acceptedBeforeClosing(Exception ex) {
		return ex instanceof MailSendException send && send.getFailedMessages().isEmpty() && send.getCause() != null;
	}

	private static String rootCause(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause == ex ? ex.toString() : ex.getClass().getSimpleName() + ": " + cause;
	}

}
