package vn.hanoi.cooperation.notification;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The send lease outlives any exchange the mail timeouts allow, or the portal does not start: otherwise a sender
 * still talking to a slow server would lose its e-mail to another sender and the e-mail would go out twice.
 */
class OutgoingMailLeaseTest {

	@Test
	void theShippedLeaseOutlivesTheLongestExchangeOfTheShippedTimeouts() throws Exception {
		Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		String prefix = "spring.mail.properties.";
		shipped.stringPropertyNames()
			.stream()
			.filter(name -> name.startsWith(prefix))
			.forEach(name -> mail.getJavaMailProperties().put(name.substring(prefix.length()), shipped.get(name)));
		Duration lease = DurationStyle.detectAndParse(shipped.getProperty("portal.notifications.send-lease"));

		assertThatNoException().isThrownBy(() -> OutgoingMailSender.requireLeaseOutlivesExchange(mail, lease));
	}

	@Test
	void aLeaseTheTimeoutsCouldOutlastIsRefused() {
		JavaMailSenderImpl mail = timeouts("10000", "10000", "10000");
		assertThatIllegalStateException()
			.isThrownBy(() -> OutgoingMailSender.requireLeaseOutlivesExchange(mail, Duration.ofSeconds(30)))
			.withMessageContaining("portal.notifications.send-lease (PT30S) must be longer than")
			.withMessageContaining("(PT6M50S)");
	}

	@Test
	void aMailServerWithoutAReadTimeoutIsRefusedForJavaMailWouldWaitForEver() {
		JavaMailSenderImpl mail = timeouts("10000", null, "10000");
		assertThatIllegalStateException()
			.isThrownBy(() -> OutgoingMailSender.requireLeaseOutlivesExchange(mail, Duration.ofHours(1)))
			.withMessageContaining("spring.mail.properties.mail.smtp.timeout must be set");
	}

	private static JavaMailSenderImpl timeouts(String connect, String read, String write) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		Properties properties = mail.getJavaMailProperties();
		properties.put("mail.smtp.connectiontimeout", connect);
		if (read != null) {
			properties.put("mail.smtp.timeout", read);
		}
		properties.put("mail.smtp.writetimeout", write);
		return mail;
	}

}
