package vn.hanoi.cooperation.notification;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender is there whether or not a mail server is configured (Boot makes a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set); the schedules run unless {@code portal.notifications.jobs.enabled=false}
 * (the tests run each job themselves).
 */
@Configuration(proxyBeanMethods = false)
class NotificationJobsConfiguration {

	/** A lease the configured mail timeouts could outlast is refused at start (see the sender). */
	@Bean
	OutgoingMailSender outgoingMailSender(OutgoingEmails emails, TransactionTemplate transactions,
			ObjectProvider<JavaMailSender> mailSender, @Value("${portal.notifications.from:}") String from,
			@Value("${portal.notifications.send-lease:10m}") Duration lease, Clock clock) {
		JavaMailSender mail = mailSender.getIfAvailable();
		if (mail instanceof JavaMailSenderImpl configured) {
			OutgoingMailSender.requireLeaseOutlivesExchange(configured, lease);
		}
		return new OutgoingMailSender(emails, transactions, mail, from, lease, clock);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnBooleanProperty(name = "portal.notifications.jobs.enabled", matchIfMissing = true)
	static class Schedules {

		private final OutgoingMailSender sender;

		private final TimeBasedNotifications timeBased;

		private final DailyDigest digest;

		private final Clock clock;

		Schedules(OutgoingMailSender sender, TimeBasedNotifications timeBased, DailyDigest digest, Clock clock) {
			this.sender = sender;
			this.timeBased = timeBased;
			this.digest = digest;
			this.clock = clock;
		}

		@Scheduled(initialDelayString = "${portal.notifications.send-every:30s}",
				fixedDelayString = "${portal.notifications.send-every:30s}")
		void sendDueEmails() {
			this.sender.sendDue();
		}

		/** Hourly, so that a portal started late in the day still finds what became overdue or due to expire. */
		@Scheduled(initialDelay = 60_000, fixedDelay = 3_600_000)
		void recordTimeBasedNotifications() {
			this.timeBased.record(this.clock.instant().atZone(this.clock.getZone()).toLocalDate());
		}

		@Scheduled(cron = "${portal.notifications.digest-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
		void sendDailyDigests() {
			this.digest.prepare(this.clock.instant().atZone(this.clock.getZone()).toLocalDate());
		}

	}

}
