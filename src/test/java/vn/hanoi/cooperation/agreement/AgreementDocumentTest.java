package vn.hanoi.cooperation.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.document.DocumentType;
import vn.hanoi.cooperation.document.KeptFileResponse;
import vn.hanoi.cooperation.system.HttpLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Documents are recognised by their bytes and stored only when acceptable; every refusal says why and stores
 * nothing; downloads are attachments, to those who may see the agreement, and recorded.
 */
@PortalTest
class AgreementDocumentTest {

	static final int LIMIT = 20 * 1024 * 1024;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	TestAgreements agreements;

	Long agreement;

	@BeforeEach
	void createAgreement() {
		this.agreements = new TestAgreements(this.jdbc);
		this.agreement = this.agreements.create("DOCS Thỏa thuận Hà Nội – Điện Biên", true, "11");
	}

	@AfterEach
	void removeAgreement() {
		this.agreements.removeAll();
	}

	@Test
	void theCoordinatorAttachesAPdfThatIsKeptInTheDatabase() {
		MvcTestResult result = upload("Thỏa thuận đã ký.pdf", TestAgreements.PDF);
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/agreements/" + this.agreement + "#documents");
		Map<String, Object> stored = this.jdbc.queryForMap("""
				select d.file_name, d.content_type, d.size_bytes, c.content
				from agreement_documents d join agreement_document_contents c on c.document_id = d.id
				where d.agreement_id = ?""", this.agreement);
		assertThat(stored.get("file_name")).isEqualTo("Thỏa thuận đã ký.pdf");
		assertThat(stored.get("content_type")).isEqualTo("application/pdf");
		assertThat(((Number) stored.get("size_bytes")).intValue()).isEqualTo(TestAgreements.PDF.length);
		assertThat((byte[]) stored.get("content")).isEqualTo(TestAgreements.PDF);
	}

	@Test
	void wordAndExcelFilesAreRecognisedByTheirEntries() throws IOException {
		assertThat(upload("Phu luc.docx", zip("[Content_Types].xml", "word/document.xml")))
			.hasStatus3xxRedirection();
		assertThat(upload("Ke hoach.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"))).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForList("select content_type from agreement_documents where agreement_id = ?",
				String.class, this.agreement))
			.containsExactlyInAnyOrder(DocumentType.DOCX.contentType(), DocumentType.XLSX.contentType());
	}

	@Test
	void aFileOverTheLimitIsRefusedWithAClearMessage() {
		byte[] large = Arrays.copyOf(TestAgreements.PDF, LIMIT + 1);
		assertRefused(upload("ban-chup.pdf", large), "vượt quá giới hạn 20 MB");
	}

	@Test
	void anImageBehindAPdfExtensionIsRefused() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertRefused(upload("ban-chup.pdf", png), "không phải PDF");
	}

	@Test
	void aZipWithoutTheEntriesOfAWordFileIsRefused() throws IOException {
		assertRefused(upload("tai-lieu.docx", zip("readme.txt", "payload.exe")), "không phải PDF");
	}

	/** 300 MB of nothing packed into a few hundred kilobytes: Word would hang on it, the portal stops early. */
	@Test
	void aWordFileThatUnpacksToAZipBombIsRefused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(CONTENT_TYPES.formatted(WORD_MAIN).getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] nothing = new byte[1024 * 1024];
			Arrays.fill(nothing, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				zip.write(nothing);
			}
			zip.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(LIMIT);
		long started = System.nanoTime();
		assertRefused(upload("phu-luc.docx", bytes.toByteArray()), "giải nén ra lớn bất thường");
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("stopped early, not unpacked in full")
			.isLessThan(java.time.Duration.ofSeconds(20));
	}

	@Test
	void aWordFileWithAVbaProjectIsRefused() throws IOException {
		byte[] macros = office(CONTENT_TYPES.formatted(WORD_MAIN), "word/document.xml", "word/vbaProject.bin");
		assertRefused(upload("bien-ban.docx", macros), "có chứa macro");
	}

	@Test
	void aMacroEnabledWordFileIsRefusedEvenWithoutItsVbaPart() throws IOException {
		byte[] macroEnabled = office(
				CONTENT_TYPES.formatted("application/vnd.ms-word.document.macroEnabled.main+xml"), "word/document.xml");
		assertRefused(upload("bien-ban.docx", macroEnabled), "có chứa macro");
		byte[] excelMacroSheet = office(CONTENT_TYPES.formatted(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"), "xl/workbook.xml",
				"xl/macrosheets/sheet1.xml");
		assertRefused(upload("ke-hoach.xlsx", excelMacroSheet), "có chứa macro");
	}

	@Test
	void aDeclaredTypeThatDoesNotMatchTheContentIsRefused() {
		assertRefused(upload("ban-chup.pdf", "text/html", TestAgreements.PDF), "Loại tệp trình duyệt khai báo");
		assertRefused(upload("ban-chup.pdf", "image/svg+xml", TestAgreements.PDF), "Loại tệp trình duyệt khai báo");
	}

	@Test
	void aBrowserThatDoesNotKnowTheTypeMayDeclareNone() throws IOException {
		assertThat(upload("ban-chup.pdf", "application/octet-stream", TestAgreements.PDF)).hasStatus3xxRedirection();
		assertThat(upload("phu-luc.docx", "application/x-zip-compressed",
				zip("[Content_Types].xml", "word/document.xml"))).hasStatus3xxRedirection();
	}

	@Test
	void aPdfNamedAsAWordFileIsRefused() {
		assertRefused(upload("ban-chup.docx", TestAgreements.PDF), "không khớp với nội dung");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertRefused(upload("ban-chup.pdf", new byte[0]), "Tệp rỗng");
	}

	@Test
	void aPathInTheFileNameIsStrippedToTheNameItself() {
		assertThat(upload("../../../etc/cron.d/ban-chup.pdf", TestAgreements.PDF)).hasStatus3xxRedirection();
		assertThat(upload("..\\..\\Windows\\System32\\scan <2023>.pdf", TestAgreements.PDF)).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForList("select file_name from agreement_documents where agreement_id = ? order by id",
				String.class, this.agreement))
			.containsExactly("ban-chup.pdf", "scan _2023_.pdf");
	}

	@Test
	void aNameThatIsOnlyAPathIsRefused() {
		assertRefused(upload("../../", TestAgreements.PDF), "Tên tệp không hợp lệ");
	}

	/** curl -OJ and other clients that read only the plain name saved it as "Th_a thu_n H?_N_i _ _i_n Bi?n.pdf". */
	@Test
	void aDownloadIsNamedInPlainAsciiAndAsUploadedForBrowsersThatReadIt() {
		Long document = this.agreements.attach(this.agreement, "Thỏa thuận Hà Nội – Điện Biên.pdf", TestAgreements.PDF);
		assertThat(download(document, Role.COORDINATOR).getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"Thoa thuan Ha Noi - Dien Bien.pdf\"; filename*=UTF-8''"
					+ "Th%E1%BB%8Fa%20thu%E1%BA%ADn%20H%C3%A0%20N%E1%BB%99i%20%E2%80%93%20"
					+ "%C4%90i%E1%BB%87n%20Bi%C3%AAn.pdf");
		assertThat(KeptFileResponse.attachment("合作.pdf", "application/pdf", TestAgreements.PDF)
			.getHeaders()
			.getFirst("Content-Disposition")).as("a name without a Latin letter")
			.startsWith("attachment; filename=\"tep.pdf\"; filename*=UTF-8''");
	}

	@Test
	void aDownloadIsAnAttachmentThatIsNeverSniffedAndIsRecorded() {
		Long document = this.agreements.attach(this.agreement, "Thỏa thuận đã ký.pdf", TestAgreements.PDF);
		MvcTestResult result = download(document, Role.PROVINCE);
		assertThat(result).hasStatusOk()
			.hasContentType("application/pdf")
			.hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''Th%E1%BB%8Fa%20thu%E1%BA%ADn%20%C4%91%C3%A3%20k%C3%BD.pdf");
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(TestAgreements.PDF);
		assertThat(this.jdbc.queryForMap(
				"select username, role from agreement_document_downloads where document_id = ?", document))
			.containsEntry("username", this.accounts.username(Role.PROVINCE))
			.containsEntry("role", "PROVINCE");
	}

	/** Far over the limit the upload is turned away before anything parses it: still a clear message. */
	@Test
	void anUploadOverTheContainersLimitGetsAClearPageNotAnError() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String session = login(http);
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/agreements/" + this.agreement))
			.header("Cookie", session)
			.build(), HttpResponse.BodyHandlers.ofString());
		String action = page.body()
			.replaceAll("(?s).*<form[^>]*enctype=\"multipart/form-data\"[^>]*action=\"([^\"]+)\".*", "$1")
			.replace("&amp;", "&");
		assertThat(action).isEqualTo("/agreements/" + this.agreement + "/documents");
		String boundary = "----portal-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"scan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(Arrays.copyOf(TestAgreements.PDF, 23 * 1024 * 1024));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(action))
			.header("Cookie", session)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(303);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("/agreements/" + this.agreement);
		HttpResponse<String> back = http.send(HttpRequest.newBuilder(uri(location)).header("Cookie", session).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(back.statusCode()).isEqualTo(200);
		assertThat(back.body()).contains("vượt quá giới hạn 20 MB").doesNotContain("Exception");
		assertThat(this.agreements.documentCount(this.agreement)).isZero();
	}

	/** Declares the type a browser derives from the name. */
	private MvcTestResult download(Long document, Role role) {
		return this.mvc.get()
			.uri("/agreements/{id}/documents/{doc}", this.agreement, document)
			.with(this.accounts.as(role))
			.exchange();
	}

	private MvcTestResult upload(String fileName, byte[] bytes) {
		String declared = java.util.Arrays.stream(DocumentType.values())
			.filter(type -> fileName.endsWith("." + type.extension()))
			.map(DocumentType::contentType)
			.findFirst()
			.orElse("application/octet-stream");
		return upload(fileName, declared, bytes);
	}

	private MvcTestResult upload(String fileName, String declaredType, byte[] bytes) {
		return this.mvc.post()
			.uri("/agreements/{id}/documents", this.agreement)
			.multipart()
			.file(new MockMultipartFile("file", fileName, declaredType, bytes))
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.exchange();
	}

	private void assertRefused(MvcTestResult result, String message) {
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains(message);
		assertThat(this.agreements.documentCount(this.agreement)).as("nothing stored").isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from agreement_document_contents c "
				+ "join agreement_documents d on d.id = c.document_id where d.agreement_id = ?", Integer.class,
				this.agreement)).isZero();
	}

	static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	static final String CONTENT_TYPES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
			<Default Extension="xml" ContentType="application/xml"/>
			<Override PartName="/main.xml" ContentType="%s"/></Types>""";

	/** A package with the given [Content_Types].xml and the named parts. */
	private static byte[] office(String contentTypes, String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(contentTypes.getBytes(StandardCharsets.UTF_8));
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private String login(HttpClient http) throws Exception {
		return HttpLogin.sessionCookie(http, "http://localhost:" + this.port, this.accounts.username(Role.COORDINATOR), TestAccounts.PASSWORD);
	}

}
