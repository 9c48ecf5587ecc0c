package vn.hanoi.cooperation.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * E-mails go through a real SMTP server running in the test (GreenMail): what arrived is read back (recipient,
 * subject, language, link). The portal's own sending job is used, with a mail sender pointed at that server.
 */
@PortalTest
class NotificationMailTest {

	/** Stands for the portal's 30 s transaction timeout (spring.transaction.default-timeout), kept short here. */
	static final Duration TRANSACTION_LIMIT = Duration.ofSeconds(2);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OutgoingEmails emails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	OutgoingMailSender portalSender;

	@Autowired
	DailyDigest digest;

	@Autowired
	Clock clock;

	TestNotifications fixture;

	PortalUser staff;

	PortalUser coordinator;

	@BeforeEach
	void setUp() {
		this.fixture = new TestNotifications(this.jdbc);
		this.staff = this.accounts.principal(Role.STAFF);
		this.coordinator = this.accounts.principal(Role.COORDINATOR);
	}

	@AfterEach
	void cleanUp() {
		this.fixture.clear();
	}

	@Test
	void aReturnIsMailedAtOnceInTheRecipientsLanguageWithAnAbsoluteLinkToTheResult() throws Exception {
		this.fixture.contact(this.staff.getUsername(), "canbo.sct@hanoi.gov.vn", "en");
		Long result = this.fixture.result("TM.TUAN_HANG", null, "SUBMITTED");
		assertThat(this.mvc.post()
			.uri("/results/{id}/return", result)
			.param("version", String.valueOf(this.fixture.version(result)))
			.param("reason", "Please add the fourth quarter.")
			.with(as(this.coordinator))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.fixture.emailStatuses()).containsExactly("PENDING");

		assertThat(sender(smtp.getSmtp().getPort()).sendDue()).isEqualTo(1);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("canbo.sct@hanoi.gov.vn");
		assertThat(mail.getSubject()).startsWith("[Hanoi cooperation portal] Result returned: ")
			.contains(TestNotifications.YEAR + "");
		assertThat(body(mail)).contains("Dear Cán bộ Sở Công Thương,", "Message: Please add the fourth quarter.",
				"Open: http://localhost:8080/results/" + result, "http://localhost:8080/account/notifications");
		assertThat(this.fixture.emailStatuses()).containsExactly("SENT");
	}

	@Test
	void aDisputeIsMailedInVietnameseToAVietnameseReader() throws Exception {
		this.fixture.contact(this.coordinator.getUsername(), "dieuphoi@hanoi.gov.vn", "vi");
		Long result = this.fixture.result("TM.TUAN_HANG", "11", "APPROVED");
		assertThat(this.mvc.post()
			.uri("/results/{id}/confirmation", result)
			.param("answer", "DISPUTED")
			.param("comment", "Tỉnh ghi nhận 9 tuần hàng.")
			.with(as(this.accounts.principal(Role.PROVINCE)))
			.with(csrf())).hasStatus3xxRedirection();

		sender(smtp.getSmtp().getPort()).sendDue();

		MimeMessage mail = single();
		assertThat(mail.getSubject()).startsWith("[Cổng hợp tác Hà Nội] Địa phương không thống nhất số liệu: ");
		assertThat(body(mail)).contains("Kính gửi Điều phối,", "Nội dung: Tỉnh ghi nhận 9 tuần hàng.",
				"Xem tại: http://localhost:8080/results/" + result);
	}

	@Test
	void twoSendersRunningAtOnceSendEveryEmailExactlyOnce() throws Exception {
		int count = 40;
		for (int i = 0; i < count; i++) {
			this.jdbc.update("insert into outgoing_emails (recipient, language, subject, body) values (?, 'vi', ?, ?)",
					"nguoi" + i + "@hanoi.gov.vn", "Thư số " + i, "Nội dung " + i);
		}
		// Each exchange is slow enough that one sender claims while the other talks to the server.
		OutgoingMailSender first = sender(mail(new SlowMailServer(Duration.ofMillis(30), false), smtp.getSmtp().getPort()),
				limitedTransactions(), Duration.ofMinutes(1));
		OutgoingMailSender second = sender(mail(new SlowMailServer(Duration.ofMillis(30), false), smtp.getSmtp().getPort()),
				limitedTransactions(), Duration.ofMinutes(1));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (OutgoingMailSender sender : List.of(first, second)) {
				runs.add(pool.submit(() -> {
					start.await();
					return sender.sendDue();
				}));
			}
			start.countDown();
			int handled = 0;
			for (Future<Integer> run : runs) {
				handled += run.get(2, TimeUnit.MINUTES);
			}
			assertThat(handled).isEqualTo(count);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(receivedSubjects()).hasSize(count).doesNotHaveDuplicates();
		assertThat(this.fixture.emailStatuses()).hasSize(count).containsOnly("SENT");
		assertThat(this.jdbc.queryForObject("select max(attempts) from outgoing_emails", Integer.class)).isEqualTo(1);
	}

	@Test
	void anExchangeSlowerThanTheTransactionLimitIsRecordedSentOnceAndNotSentAgain() throws Exception {
		insertEmail("Thư chậm");
		Duration slower = TRANSACTION_LIMIT.plusSeconds(1);
		OutgoingMailSender slowSender = sender(mail(new SlowMailServer(slower, false), smtp.getSmtp().getPort()),
				limitedTransactions(), Duration.ofMinutes(1));

		assertThat(slowSender.sendDue()).isEqualTo(1);

		assertThat(this.jdbc.queryForMap("select status, attempts, claimed_until, claim_token from outgoing_emails"))
			.containsEntry("status", "SENT")
			.containsEntry("attempts", 1)
			.containsEntry("claimed_until", null)
			.containsEntry("claim_token", null);
		assertThat(sender(smtp.getSmtp().getPort()).sendDue()).as("the next run finds nothing due").isZero();
		assertThat(receivedSubjects()).containsExactly("Thư chậm");
	}

	@Test
	void anEmailWhoseSenderStoppedMidSendCountsAFailedAttemptAndIsSentAgainLater() throws Exception {
		// Two e-mails claimed by senders that are gone: one lease ran out, the other still runs.
		this.jdbc.update("""
				insert into outgoing_emails (recipient, language, subject, body, status, claimed_until, claim_token)
				values ('a@hanoi.gov.vn', 'vi', 'Người gửi đã dừng', 'Nội dung', 'SENDING', now() - interval '1 minute',
				        gen_random_uuid()),
				       ('b@hanoi.gov.vn', 'vi', 'Người gửi đang gửi', 'Nội dung', 'SENDING', now() + interval '10 minutes',
				        gen_random_uuid())""");
		assertThat(adminPage()).contains("Đang gửi",
				"Lượt gửi bị gián đoạn trước khi ghi kết quả: được tính là một lần gửi không thành công",
				"Đang trao đổi với máy chủ thư (giữ lượt gửi đến ");

		assertThat(sender(smtp.getSmtp().getPort()).sendDue()).as("not due yet: it waits as after any failure").isZero();

		assertThat(this.jdbc.queryForList("""
				select status || ' ' || attempts || ' ' || coalesce(last_error, '') from outgoing_emails order by subject""",
				String.class)).containsExactly("SENDING 0 ", "PENDING 1 " + OutgoingMailSender.SENDER_STOPPED);
		this.jdbc.update("update outgoing_emails set next_attempt_at = now() where status = 'PENDING'");
		assertThat(sender(smtp.getSmtp().getPort()).sendDue()).isEqualTo(1);
		assertThat(receivedSubjects()).containsExactly("Người gửi đã dừng");
		assertThat(this.jdbc.queryForList("select status || ' ' || attempts from outgoing_emails order by subject",
				String.class)).containsExactly("SENDING 0", "SENT 2");
	}

	@Test
	void anEmailThatKillsItsSenderEveryTimeIsTriedTheUsualNumberOfTimesThenGivenUp() throws Exception {
		insertEmail("Thư làm dừng người gửi");
		DyingMailServer dying = mail(new DyingMailServer(), smtp.getSmtp().getPort());
		// Runs enough for every attempt to be tried twice over; each later than the longest wait after a failure (6 h),
		// so that an e-mail whose claim one run ended is due at the next.
		for (int run = 1; run <= 2 * OutgoingEmails.MAX_ATTEMPTS + 2; run++) {
			Clock later = Clock.offset(this.clock, Duration.ofHours(7L * run));
			OutgoingMailSender sender = new OutgoingMailSender(this.emails, this.transactions, dying,
					"cong-hop-tac@hanoi.gov.vn", Duration.ofMillis(1), later);
			try {
				sender.sendDue();
			}
			catch (IllegalStateException died) {
				// The sender is gone; its claim stays until its lease runs out.
			}
			Thread.sleep(10);
		}
		assertThat(dying.tries).hasValue(OutgoingEmails.MAX_ATTEMPTS);
		assertThat(this.jdbc.queryForMap("select status, attempts, last_error from outgoing_emails"))
			.containsEntry("status", "FAILED")
			.containsEntry("attempts", OutgoingEmails.MAX_ATTEMPTS)
			.containsEntry("last_error", OutgoingMailSender.SENDER_STOPPED);
		assertThat(adminPage()).contains("Thư làm dừng người gửi", "Gửi không thành công");
	}

	@Test
	void aSenderWhoseLeaseRanOutCannotOverwriteTheOutcomeOfTheSenderThatEndedItsClaim() throws Exception {
		insertEmail("Thư bị tiếp quản");
		Duration lease = Duration.ofSeconds(1);
		OutgoingMailSender stale = sender(mail(new SlowMailServer(lease.multipliedBy(3), true), smtp.getSmtp().getPort()),
				this.transactions, lease);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> staleRun = pool.submit(stale::sendDue);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!Boolean.TRUE.equals(this.jdbc.queryForObject(
					"select bool_or(claimed_until < clock_timestamp()) from outgoing_emails", Boolean.class))) {
				assertThat(System.nanoTime()).as("the stale sender's lease runs out").isLessThan(deadline);
				Thread.sleep(50);
			}
			assertThat(sender(smtp.getSmtp().getPort()).sendDue()).isZero();
			this.jdbc.update("update outgoing_emails set next_attempt_at = now()");
			assertThat(sender(smtp.getSmtp().getPort()).sendDue()).isEqualTo(1);
			assertThat(staleRun.get(1, TimeUnit.MINUTES)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(receivedSubjects()).containsExactly("Thư bị tiếp quản");
		assertThat(this.jdbc.queryForMap("select status, attempts, last_error, claim_token from outgoing_emails"))
			.containsEntry("status", "SENT")
			.containsEntry("attempts", 2)
			.containsEntry("last_error", null)
			.containsEntry("claim_token", null);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void anEmailTheServerAcceptedIsSentOnceEvenWhenClosingTheConnectionFails(CapturedOutput output) throws Exception {
		insertEmail("Thư đã được nhận");
		try (ResetAtQuit server = new ResetAtQuit()) {
			assertThat(sender(server.port()).sendDue()).isEqualTo(1);
			assertThat(server.accepted()).isEqualTo(1);
		}
		assertThat(this.jdbc.queryForMap("select status, attempts, last_error from outgoing_emails"))
			.containsEntry("status", "SENT")
			.containsEntry("attempts", 1)
			.containsEntry("last_error", null);
		assertThat(output.getOut()).contains("was accepted by the mail server, then closing the connection failed");
		this.jdbc.update("update outgoing_emails set next_attempt_at = now()");
		assertThat(sender(smtp.getSmtp().getPort()).sendDue()).as("not sent again").isZero();
		assertThat(receivedSubjects()).isEmpty();
	}

	@Test
	void aServerThatDoesNotAnswerIsTriedAgainLaterAndAdministratorsSeeWhy() throws Exception {
		this.jdbc.update("insert into outgoing_emails (recipient, language, subject, body) values (?, 'vi', ?, ?)",
				"canbo@hanoi.gov.vn", "Thư thử lại", "Nội dung");
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThat(sender(closedPort).sendDue()).isEqualTo(1);
		var failed = this.jdbc.queryForMap(
				"select status, attempts, last_error, next_attempt_at > now() + interval '50 seconds' as later from outgoing_emails");
		assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1).containsEntry("later", true);
		assertThat((String) failed.get("last_error")).contains("Connect");
		// Not due yet: a run now leaves it alone.
		assertThat(sender(smtp.getSmtp().getPort()).sendDue()).isZero();
		assertThat(adminPage()).contains("Thư thử lại", "Chờ gửi", "Gửi lại lúc", (String) failed.get("last_error"));

		this.jdbc.update("update outgoing_emails set next_attempt_at = now()");
		assertThat(sender(smtp.getSmtp().getPort()).sendDue()).isEqualTo(1);
		assertThat(single().getSubject()).isEqualTo("Thư thử lại");
		assertThat(this.jdbc.queryForMap("select status, attempts from outgoing_emails")).containsEntry("status", "SENT")
			.containsEntry("attempts", 2);
	}

	@Test
	void afterTheLastAttemptAnEmailIsGivenUpAsFailed() {
		this.jdbc.update("""
				insert into outgoing_emails (recipient, language, subject, body, attempts)
				values ('canbo@hanoi.gov.vn', 'vi', 'Thư cuối', 'Nội dung', ?)""", OutgoingEmails.MAX_ATTEMPTS - 1);
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		sender(closedPort).sendDue();
		assertThat(this.fixture.emailStatuses()).containsExactly("FAILED");
		assertThat(adminPage()).contains("Thư cuối", "Gửi không thành công");
	}

	@Test
	void withoutAMailServerNothingIsSentAndAdministratorsReadWhatWouldHaveGone() {
		this.fixture.contact(this.staff.getUsername(), "canbo.sct@hanoi.gov.vn", "vi");
		Long result = this.fixture.result("TM.TUAN_HANG", null, "SUBMITTED");
		this.mvc.post()
			.uri("/results/{id}/return", result)
			.param("version", String.valueOf(this.fixture.version(result)))
			.param("reason", "Bổ sung quý IV.")
			.with(as(this.coordinator))
			.with(csrf())
			.exchange();

		assertThat(this.portalSender.configured()).as("the test portal has no spring.mail.host").isFalse();
		assertThat(this.portalSender.sendDue()).isEqualTo(1);

		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.fixture.emailStatuses()).containsExactly("HELD");
		assertThat(adminPage()).contains("Chưa cấu hình máy chủ thư", "canbo.sct@hanoi.gov.vn",
				"[Cổng hợp tác Hà Nội] Số liệu bị trả lại:", "Bổ sung quý IV.",
				"http://localhost:8080/results/" + result, "Không gửi (chưa có máy chủ thư)");
	}

	@Test
	void whatAPersonChoseDailyArrivesInOneDigestAMorningAndNoneMeansNoEmail() throws Exception {
		this.fixture.contact(this.staff.getUsername(), "canbo.sct@hanoi.gov.vn", "vi");
		this.fixture.choose(this.staff.getUsername(), NotificationKind.RESULT_RETURNED, Delivery.NONE);
		Long first = this.fixture.result("TM.TUAN_HANG", null, "SUBMITTED");
		Long second = this.fixture.result("TM.DOANH_NGHIEP", null, "SUBMITTED");
		Long returned = this.fixture.result("TM.SAN_LUONG_KET_NOI", null, "SUBMITTED");
		for (Long result : List.of(first, second)) {
			assertThat(this.mvc.post()
				.uri("/results/{id}/approve", result)
				.param("version", String.valueOf(this.fixture.version(result)))
				.with(as(this.coordinator))
				.with(csrf())).hasStatus3xxRedirection();
		}
		this.mvc.post()
			.uri("/results/{id}/return", returned)
			.param("version", String.valueOf(this.fixture.version(returned)))
			.param("reason", "Bổ sung.")
			.with(as(this.coordinator))
			.with(csrf())
			.exchange();
		assertThat(this.fixture.kindsOf(this.staff.getUsername())).as("all three show in the portal")
			.containsExactly("RESULT_APPROVED", "RESULT_APPROVED", "RESULT_RETURNED");
		assertThat(this.fixture.emailStatuses()).as("approvals wait for the digest; returns were turned off").isEmpty();

		LocalDate today = LocalDate.now(this.clock);
		assertThat(this.digest.prepare(today)).isEqualTo(1);
		assertThat(this.digest.prepare(today)).as("a second run the same day writes nothing").isZero();
		sender(smtp.getSmtp().getPort()).sendDue();

		MimeMessage mail = single();
		assertThat(mail.getSubject()).isEqualTo("[Cổng hợp tác Hà Nội] Tóm tắt thông báo ngày "
				+ today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " (2)");
		assertThat(body(mail)).contains("Có 2 thông báo mới", "Số liệu đã được duyệt:",
				"http://localhost:8080/results/" + first, "http://localhost:8080/results/" + second)
			.doesNotContain("/results/" + returned);
	}

	private OutgoingMailSender sender(int port) {
		return sender(mail(port), this.transactions, Duration.ofMinutes(1));
	}

	private OutgoingMailSender sender(JavaMailSenderImpl mail, TransactionTemplate transactions, Duration lease) {
		return new OutgoingMailSender(this.emails, transactions, mail, "cong-hop-tac@hanoi.gov.vn", lease, this.clock);
	}

	private static <T extends JavaMailSenderImpl> T mail(T mail, int port) {
		mail.setHost("127.0.0.1");
		mail.setPort(port);
		mail.setDefaultEncoding("UTF-8");
		mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		mail.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		mail.getJavaMailProperties().put("mail.smtp.writetimeout", "5000");
		return mail;
	}

	private static JavaMailSenderImpl mail(int port) {
		return mail(new JavaMailSenderImpl(), port);
	}

	/** Transactions that end after {@link #TRANSACTION_LIMIT}, as the portal's end after 30 s. */
	private TransactionTemplate limitedTransactions() {
		TransactionTemplate limited = new TransactionTemplate(this.transactionManager);
		limited.setTimeout((int) TRANSACTION_LIMIT.toSeconds());
		return limited;
	}

	private void insertEmail(String subject) {
		this.jdbc.update("insert into outgoing_emails (recipient, language, subject, body) values (?, 'vi', ?, ?)",
				"canbo@hanoi.gov.vn", subject, "Nội dung");
	}

	private List<String> receivedSubjects() throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			subjects.add(message.getSubject());
		}
		return subjects;
	}

	/** A sender that dies mid-send, as a killed process does: the run stops and leaves the e-mail claimed. */
	static final class DyingMailServer extends JavaMailSenderImpl {

		final AtomicInteger tries = new AtomicInteger();

		@Override
		protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
			this.tries.incrementAndGet();
			throw new IllegalStateException("the sender died mid-send");
		}

	}

	/**
	 * An SMTP server that accepts every e-mail, then resets the connection when the client says QUIT, as a server
	 * or a network that drops the connection at the end can: JavaMail's close then fails after the acceptance.
	 */
	static final class ResetAtQuit implements AutoCloseable {

		private final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());

		private final AtomicInteger accepted = new AtomicInteger();

		ResetAtQuit() throws IOException {
			Thread serving = new Thread(this::serve, "reset-at-quit");
			serving.setDaemon(true);
			serving.start();
		}

		int port() {
			return this.socket.getLocalPort();
		}

		int accepted() {
			return this.accepted.get();
		}

		private void serve() {
			try (Socket client = this.socket.accept()) {
				BufferedReader in = new BufferedReader(
						new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
				OutputStream out = client.getOutputStream();
				answer(out, "220 localhost ESMTP");
				boolean text = false;
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					String command = line.toUpperCase(Locale.ROOT);
					if (text) {
						if (line.equals(".")) {
							text = false;
							this.accepted.incrementAndGet();
							answer(out, "250 2.0.0 queued");
						}
					}
					else if (command.startsWith("DATA")) {
						text = true;
						answer(out, "354 end with a dot");
					}
					else if (command.startsWith("QUIT")) {
						// Closed at once, with no answer: a reset, which the client reads as an error.
						client.setSoLinger(true, 0);
						return;
					}
					else {
						answer(out, "250 ok");
					}
				}
			}
			catch (IOException ex) {
				// The test reads what was accepted; a broken exchange shows there.
			}
		}

		private static void answer(OutputStream out, String line) throws IOException {
			out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
		}

		@Override
		public void close() throws IOException {
			this.socket.close();
		}

	}

	/**
	 * A mail server that takes its time: the exchange lasts {@code delay} longer after the server accepted the
	 * e-mail (a slow QUIT, a slow network), or it drops the connection after {@code delay} without accepting it.
	 */
	static final class SlowMailServer extends JavaMailSenderImpl {

		private final Duration delay;

		private final boolean drops;

		SlowMailServer(Duration delay, boolean drops) {
			this.delay = delay;
			this.drops = drops;
		}

		@Override
		protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
			if (!this.drops) {
				super.doSend(mimeMessages, originalMessages);
			}
			try {
				Thread.sleep(this.delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (this.drops) {
				throw new MailSendException("connection dropped by the server");
			}
		}

	}

	private MimeMessage single() {
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	private static String body(MimeMessage mail) throws Exception {
		return ((String) mail.getContent()).replace("\r\n", "\n");
	}

	private String adminPage() {
		var response = this.mvc.get().uri("/admin/emails").with(this.accounts.as(Role.ADMIN)).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return HtmlUtils.htmlUnescape(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
