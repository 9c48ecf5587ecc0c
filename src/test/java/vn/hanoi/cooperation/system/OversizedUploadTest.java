package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.activity.TestActivities;
import vn.hanoi.cooperation.agreement.TestAgreements;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over the container's limit, through a real server and a real HTTP client (MockMvc has no container
 * limits): the user gets the portal's own answer in their language, never Tomcat's bare 413 page, and a body
 * without a length is not read without end.
 */
@PortalTest
class OversizedUploadTest {

	private static final int MEGABYTE = 1024 * 1024;

	private static final String BOUNDARY = "----portal-oversized-upload";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private TestAgreements agreements;

	private Long agreement;

	@BeforeEach
	void createAgreement() {
		this.agreements = new TestAgreements(this.jdbc);
		this.agreement = this.agreements.create("OVERSIZED Thỏa thuận Hà Nội – Điện Biên", true, "11");
	}

	@AfterEach
	void removeAgreement() {
		this.agreements.removeAll();
	}

	@Test
	void a50MegabyteImportGoesBackToTheUploadPageWithItsMessageInTheUsersLanguage() throws Exception {
		String session = login(Role.STAFF);
		HttpResponse<String> response = this.http.send(upload("/activities/import", session,
				HttpRequest.BodyPublishers.ofByteArray(body("hoat-dong.xlsx", 50 * MEGABYTE).readAllBytes())),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(303);
		String back = response.headers().firstValue("Location").orElseThrow();
		assertThat(back).isEqualTo("/activities/import?rejected=tooLarge");
		assertThat(get(back, session).body()).contains("Tệp lớn quá 5 MB.").doesNotContain("Exception");
		assertThat(get(back, session + "; portal-lang=en").body()).contains("The file is larger than 5 MB.");
		assertThat(this.jdbc.queryForObject("select count(*) from pending_imports", Integer.class)).isZero();
	}

	@Test
	void aChunkedDocumentUploadOf40MegabytesGetsTheAgreementsMessage() throws Exception {
		String session = login(Role.COORDINATOR);
		String path = "/agreements/" + this.agreement + "/documents";
		HttpResponse<String> response = this.http.send(upload(path, session,
				HttpRequest.BodyPublishers.ofInputStream(() -> body("ban-chup.pdf", 40 * MEGABYTE))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(303);
		String back = response.headers().firstValue("Location").orElseThrow();
		assertThat(back).startsWith("/agreements/" + this.agreement + "?documentError=tooLarge");
		assertThat(get(back, session).body()).contains("vượt quá giới hạn 20 MB");
		assertThat(get(back, session + "; portal-lang=en").body()).contains("over the 20 MB limit");
		assertThat(this.agreements.documentCount(this.agreement)).isZero();
	}

	/** 21.5 MB: over the 21 MB a file may have, under the 22 MB a request may have. */
	@Test
	void aFileOverItsOwnLimitInARequestWithinItsLimitGetsTheAgreementsMessage() throws Exception {
		String session = login(Role.COORDINATOR);
		HttpResponse<String> response = this.http.send(upload("/agreements/" + this.agreement + "/documents", session,
				HttpRequest.BodyPublishers.ofByteArray(body("ban-chup.pdf", 21 * MEGABYTE + MEGABYTE / 2).readAllBytes())),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(303);
		assertThat(response.headers().firstValue("Location").orElseThrow())
			.startsWith("/agreements/" + this.agreement + "?documentError=tooLarge");
		assertThat(this.agreements.documentCount(this.agreement)).isZero();
	}

	/**
	 * A note sent with files over the limit is not read either: its own form says that the note was not kept and
	 * must be typed again, where the evidence section used to say only that no file was kept.
	 */
	@Test
	void aProgressNoteWithFilesOverTheLimitSaysTheNoteWasNotKeptEither() throws Exception {
		TestActivities activities = new TestActivities(this.jdbc);
		Long activity = activities.create("OVERSIZED Hội chợ nông sản", "SCT_2025", LocalDate.of(2022, 12, 31), true,
				"11");
		try {
			String session = login(Role.STAFF);
			HttpResponse<String> response = this.http.send(upload("/activities/" + activity + "/progress", session,
					HttpRequest.BodyPublishers.ofByteArray(body("bien-ban.pdf", 30 * MEGABYTE).readAllBytes())),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(303);
			String back = response.headers().firstValue("Location").orElseThrow();
			assertThat(back).isEqualTo("/activities/" + activity + "?progressError=tooLarge#progress");
			String page = back.substring(0, back.indexOf('#'));
			assertThat(get(page, session).body()).containsPattern(
					"(?s)id=\"progress-title\".*vượt quá 22 MB\\) nên cả ghi chú lẫn tệp đều chưa được lưu.*id=\"evidence-title\"");
			assertThat(get(page, session + "; portal-lang=en").body())
				.contains("neither the note nor its files were kept");
			assertThat(this.jdbc.queryForObject("select count(*) from activity_progress_updates where activity_id = ?",
					Integer.class, activity)).isZero();
		}
		finally {
			activities.removeAll();
		}
	}

	@Test
	void anOversizedUploadToAFormWithoutUploadsGetsAShortPageInTheUsersLanguage() throws Exception {
		String session = login(Role.STAFF);
		HttpResponse<String> vi = this.http.send(upload("/activities/new", session,
				HttpRequest.BodyPublishers.ofInputStream(() -> body("x.pdf", 30 * MEGABYTE))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(vi.statusCode()).isEqualTo(413);
		assertThat(vi.body()).contains("Dữ liệu gửi lên quá lớn", "giới hạn 22 MB").doesNotContain("Apache Tomcat");
		HttpResponse<String> en = this.http.send(upload("/activities/new", session + "; portal-lang=en",
				HttpRequest.BodyPublishers.ofByteArray(body("x.pdf", 30 * MEGABYTE).readAllBytes())),
				HttpResponse.BodyHandlers.ofString());
		assertThat(en.statusCode()).isEqualTo(413);
		assertThat(en.body()).contains("Request too large", "22 MB limit").doesNotContain("Apache Tomcat");
	}

	/** A plain form is not an upload: over Tomcat's 2 MB form limit, with or without a length. */
	@Test
	void anOversizedPlainFormGetsTheShortPageToo() throws Exception {
		String session = login(Role.STAFF);
		byte[] form = ("title=" + "x".repeat(3 * MEGABYTE)).getBytes(StandardCharsets.US_ASCII);
		for (HttpRequest.BodyPublisher body : java.util.List.of(HttpRequest.BodyPublishers.ofByteArray(form),
				HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form)))) {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/activities/new"))
				.header("Cookie", session)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.body()).contains("Dữ liệu gửi lên quá lớn", "giới hạn 2 MB").doesNotContain("Apache Tomcat");
		}
	}

	/** 300 MB without a length: the server stops reading long before the end, whatever the client does. */
	@Test
	void aChunkedBodyFarOverTheLimitIsNotReadToItsEnd() throws Exception {
		String session = login(Role.COORDINATOR);
		AtomicLong sent = new AtomicLong();
		HttpRequest request = upload("/agreements/" + this.agreement + "/documents", session,
				HttpRequest.BodyPublishers.ofInputStream(() -> counted(body("ban-chup.pdf", 300 * MEGABYTE), sent)));
		int status;
		try {
			status = this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
				.get(Duration.ofSeconds(120).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
				.statusCode();
		}
		catch (java.util.concurrent.ExecutionException closed) {
			// The server closed the connection after its bound: the client could not even send the rest.
			status = -1;
		}
		assertThat(status).isIn(303, -1);
		assertThat(sent.get()).as("bytes the client managed to send").isLessThan(200L * MEGABYTE);
		assertThat(this.agreements.documentCount(this.agreement)).isZero();
	}

	private HttpRequest upload(String path, String cookies, HttpRequest.BodyPublisher body) {
		return HttpRequest.newBuilder(uri(path))
			.header("Cookie", cookies)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(body)
			.build();
	}

	/** A multipart body with one file of about {@code size} bytes, streamed rather than held in memory. */
	private static InputStream body(String fileName, long size) {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		InputStream content = new InputStream() {

			private long left = size;

			@Override
			public int read() {
				return this.left-- > 0 ? 'x' : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.left <= 0) {
					return -1;
				}
				int n = (int) Math.min(length, this.left);
				java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
				this.left -= n;
				return n;
			}

		};
		return new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
				new java.io.ByteArrayInputStream(head), content, new java.io.ByteArrayInputStream(tail))));
	}

	private static InputStream counted(InputStream in, AtomicLong count) {
		return new java.io.FilterInputStream(in) {

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					count.addAndGet(n);
				}
				return n;
			}

		};
	}

	private HttpResponse<String> get(String path, String cookies) throws Exception {
		HttpResponse<String> page = this.http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookies).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		return page;
	}

	private String login(Role role) throws Exception {
		return HttpLogin.sessionCookie(this.http, "http://localhost:" + this.port, this.accounts.username(role),
				TestAccounts.PASSWORD);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
