package vn.hanoi.cooperation.activity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Account;
import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.document.CheckedDocument;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.system.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Evidence on activities and progress notes: checked like agreement documents, photos without their GPS position
 * and with a thumbnail, all or nothing per post, the note's text kept on a refusal, visible to whoever may see the
 * activity (a partner province of a shared one), changed only by whoever may change it, removed by its uploader,
 * the coordinator, or the lead department's staff once the uploader is gone.
 */
@PortalTest
class EvidenceTest {

	static final byte[] PDF = TestEvidence.pdfSaying("Minutes of the working group meeting");

	/** A staff officer of the activity's department who moves, is disabled, then deleted. */
	static final String LEAVER = "test.evidence.leaver";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActivityService service;

	@Autowired
	EvidenceService evidence;

	@Autowired
	Viewers viewers;

	@Autowired
	Accounts accountRepository;

	@Autowired
	Departments departments;

	TestActivities activities;

	Long activity;

	@BeforeEach
	void createActivity() {
		this.activities = new TestActivities(this.jdbc);
		// Led by the test staff officer's department, shared with Điện Biên (the test province officer's unit).
		this.activity = this.activities.create("EVIDENCE Hội chợ nông sản Điện Biên", "SCT_2025",
				LocalDate.of(2022, 12, 31), true, "11");
	}

	@AfterEach
	void removeActivity() {
		this.activities.removeAll();
		this.jdbc.update("delete from accounts where username = ?", LEAVER);
	}

	@Test
	void staffAttachSeveralFilesThatThePartnerProvinceDownloadsAndNoOtherProvinceSees() {
		MvcTestResult posted = attach(this.accounts.as(Role.STAFF), file("bien-ban.pdf", "application/pdf", PDF),
				file("hien-truong.jpg", "image/jpeg", TestEvidence.photoWithGps()));
		assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl("/activities/" + this.activity + "#evidence");
		assertThat(evidenceCount()).isEqualTo(2);
		Long pdf = evidenceId("bien-ban.pdf");

		MvcTestResult download = this.mvc.get()
			.uri("/activities/{id}/evidence/{file}", this.activity, pdf)
			.with(this.accounts.as(Role.PROVINCE))
			.exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf").hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);

		RequestPostProcessor laiChau = TestAccounts.as(this.accounts.provinceOf("12"));
		assertThat(this.mvc.get().uri("/activities/{id}/evidence/{file}", this.activity, pdf).with(laiChau).exchange())
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/activities/{id}", this.activity).with(this.accounts.as(Role.PROVINCE)).exchange())
			.bodyText()
			.contains("bien-ban.pdf", "hien-truong.jpg");
	}

	/** Some Android apps declare a photo "image/jpg": it is the photo the officer took, and is kept. */
	@Test
	void aPhotoAPhoneDeclaresAsImageJpgIsKept() {
		assertThat(attach(this.accounts.as(Role.STAFF), file("hien-truong.jpg", "image/jpg", TestEvidence.photoWithGps())))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/activities/" + this.activity + "#evidence");
		assertThat(evidenceCount()).isEqualTo(1);
	}

	@Test
	void evidenceOfAnActivityNoLongerSharedIsNotFoundForTheProvince() {
		attach(this.accounts.as(Role.STAFF), file("bien-ban.pdf", "application/pdf", PDF));
		this.jdbc.update("update activities set shared_with_provinces = false where id = ?", this.activity);
		assertThat(this.mvc.get()
			.uri("/activities/{id}/evidence/{file}", this.activity, evidenceId("bien-ban.pdf"))
			.with(this.accounts.as(Role.PROVINCE))
			.exchange()).hasStatus(404);
	}

	/**
	 * A thumbnail was kept by the browser for an hour: after the activity stopped being shared, the province's officer
	 * still saw the photo. The browser now asks on every view, and an unchanged photo answers 304 without its bytes.
	 */
	@Test
	void aThumbnailIsCheckedOnEveryViewAndGoneOnceTheActivityIsNoLongerShared() {
		attach(this.accounts.as(Role.STAFF), file("hien-truong.jpg", "image/jpeg", TestEvidence.photoWithGps()));
		Long photo = evidenceId("hien-truong.jpg");
		MvcTestResult first = thumbnail(photo, null);
		assertThat(first).hasStatusOk().hasContentType("image/jpeg");
		assertThat(first.getResponse().getHeader("Cache-Control")).contains("no-cache", "private")
			.doesNotContain("max-age=3600");
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();

		MvcTestResult again = thumbnail(photo, etag);
		assertThat(again).hasStatus(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(again.getResponse().getHeader("Cache-Control")).contains("no-cache");

		this.jdbc.update("update activities set shared_with_provinces = false where id = ?", this.activity);
		assertThat(thumbnail(photo, etag)).hasStatus(404);
	}

	private MvcTestResult thumbnail(Long evidence, String etag) {
		var request = this.mvc.get()
			.uri("/activities/{id}/evidence/{file}/thumbnail", this.activity, evidence)
			.with(this.accounts.as(Role.PROVINCE));
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return request.exchange();
	}

	@Test
	void aPhotoIsKeptWithoutItsGpsPositionAndGetsABoundedThumbnail() throws IOException {
		byte[] photo = TestEvidence.photoWithGps();
		assertThat(TestEvidence.contains(photo, TestEvidence.GPS_MARK)).as("the test photo carries GPS EXIF").isTrue();
		attach(this.accounts.as(Role.STAFF), file("hien-truong.jpg", "image/jpeg", photo));

		Map<String, Object> stored = this.jdbc.queryForMap("""
				select e.id, e.has_thumbnail, c.content, c.thumbnail from activity_evidence e
				join activity_evidence_contents c on c.evidence_id = e.id where e.activity_id = ?""", this.activity);
		byte[] content = (byte[]) stored.get("content");
		assertThat(TestEvidence.contains(content, TestEvidence.GPS_MARK)).as("GPS data left").isFalse();
		assertThat(TestEvidence.contains(content, "Exif\0\0".getBytes())).as("EXIF segment left").isFalse();
		BufferedImage original = ImageIO.read(new ByteArrayInputStream(content));
		assertThat(original.getWidth()).isEqualTo(1200);
		assertThat(original.getHeight()).isEqualTo(800);

		MvcTestResult thumbnail = this.mvc.get()
			.uri("/activities/{id}/evidence/{file}/thumbnail", this.activity, stored.get("id"))
			.with(this.accounts.as(Role.PROVINCE))
			.exchange();
		assertThat(thumbnail).hasStatusOk().hasContentType("image/jpeg");
		BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumbnail.getResponse().getContentAsByteArray()));
		assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(320);
		assertThat(this.mvc.get().uri("/activities/{id}", this.activity).with(this.accounts.as(Role.STAFF)).exchange())
			.bodyText()
			.contains("/activities/" + this.activity + "/evidence/" + stored.get("id") + "/thumbnail");
	}

	@Test
	void aNoteCarriesItsFilesAndTheirTextIsKeptForSearch() {
		MvcTestResult posted = this.mvc.post()
			.uri("/activities/{id}/progress", this.activity)
			.multipart()
			.file(file("bien-ban.pdf", "application/pdf", PDF))
			.file(file("anh.png", "image/png", TestEvidence.image("png", 400, 300)))
			.param("notedOn", "01/12/2022")
			.param("note", "Đã họp tổ công tác")
			.with(this.accounts.as(Role.STAFF))
			.with(csrf())
			.exchange();
		assertThat(posted).hasStatus3xxRedirection();
		Long note = this.jdbc.queryForObject("select id from activity_progress_updates where activity_id = ?", Long.class,
				this.activity);
		assertThat(this.jdbc.queryForList("select progress_update_id from activity_evidence where activity_id = ?",
				Long.class, this.activity)).containsOnly(note).hasSize(2);
		assertThat(this.jdbc.queryForObject("select document_text from activity_evidence where file_name = 'bien-ban.pdf'"
				+ " and activity_id = ?", String.class, this.activity)).contains("working group meeting");
	}

	/** Item 2 of issue 18: a word only inside an attached file finds the activity, whatever its diacritics. */
	@Test
	void theListFindsTheActivityByAWordOnlyInsideItsFilesIgnoringDiacritics() {
		attach(this.accounts.as(Role.STAFF), file("bien-ban.pdf", "application/pdf",
				TestEvidence.pdfSaying("Inspection report Xylophonique")),
				file("nghiem-thu.docx", "", TestEvidence.wordSaying("Biên bản nghiệm thu cầu Quỳnh Nhai")));
		for (String word : new String[] { "xylophonique", "QUYNH NHAI", "nghiệm thu cầu" }) {
			assertThat(this.mvc.get().uri("/activities?q={q}", word).with(this.accounts.as(Role.STAFF)).exchange())
				.as(word)
				.bodyText()
				.contains("/activities/" + this.activity + "\"");
		}
		assertThat(this.mvc.get().uri("/activities?q=xylophoniquez").with(this.accounts.as(Role.STAFF)).exchange())
			.bodyText()
			.doesNotContain("/activities/" + this.activity + "\"");
	}

	@Test
	void aRefusedFileKeepsNothingOfTheNoteAndTheTypedTextStaysInTheForm() throws Exception {
		MvcTestResult posted = this.mvc.post()
			.uri("/activities/{id}/progress", this.activity)
			.multipart()
			.file(file("bien-ban.pdf", "application/pdf", PDF))
			.file(file("anh.jpg", "image/jpeg", "không phải ảnh".getBytes()))
			.param("notedOn", "01/12/2022")
			.param("note", "Đã họp tổ công tác lần thứ hai")
			.with(this.accounts.as(Role.STAFF))
			.with(csrf())
			.exchange();
		assertThat(posted).hasStatusOk();
		assertThat(HtmlUtils.htmlUnescape(posted.getResponse().getContentAsString()))
			.contains("Đã họp tổ công tác lần thứ hai", "Tệp \"anh.jpg\":",
					"không phải PDF, Word (.docx), Excel (.xlsx) hay ảnh JPG, PNG");
		assertThat(this.jdbc.queryForObject("select count(*) from activity_progress_updates where activity_id = ?",
				Integer.class, this.activity)).isZero();
		assertThat(evidenceCount()).isZero();
	}

	/** A file sent without a name is refused for what it is, without an empty file name in front of the reason. */
	@Test
	void aFileWithoutANameIsRefusedWithoutAnEmptyName() throws Exception {
		MvcTestResult posted = attach(this.accounts.as(Role.STAFF), file("", "application/pdf", PDF));
		assertThat(HtmlUtils.htmlUnescape(posted.getResponse().getContentAsString())).doesNotContain("Tệp \"\"");
		assertThat(evidenceCount()).isZero();
	}

	/**
	 * A PDF named "📄.pdf" or ".pdf" was refused as "the extension does not match the content": the name lost its
	 * emoji and its leading dot, leaving "pdf" without an extension. The user is told to rename the file instead.
	 */
	@Test
	void aFileWithNothingBeforeItsExtensionIsRefusedForItsName() throws Exception {
		for (String name : new String[] { "\uD83D\uDCC4.pdf", ".pdf", "___.pdf" }) {
			MvcTestResult posted = attach(this.accounts.as(Role.STAFF), file(name, "application/pdf", PDF));
			assertThat(posted).as(name).hasStatusOk();
			assertThat(HtmlUtils.htmlUnescape(posted.getResponse().getContentAsString())).as(name)
				.contains("Tên tệp không hợp lệ. Hãy đổi tên tệp")
				.doesNotContain("Đuôi tên tệp không khớp");
		}
		assertThat(evidenceCount()).isZero();
		assertThat(attach(this.accounts.as(Role.STAFF), file("..biên bản.pdf", "application/pdf", PDF)))
			.hasStatus3xxRedirection();
		assertThat(evidenceId("biên bản.pdf")).isNotNull();
	}

	@Test
	void aFileOverTheLimitIsRefusedWithItsLimitInVietnamese() {
		byte[] large = java.util.Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
		MvcTestResult posted = attach(this.accounts.as(Role.STAFF), file("lon.pdf", "application/pdf", large));
		assertThat(posted).hasStatusOk();
		assertThat(posted).bodyText().contains("vượt quá giới hạn 20 MB");
		assertThat(evidenceCount()).isZero();
	}

	/**
	 * The hint said "each file up to 20 MB, up to 10 files", as if 200 MB could go at once: one sending is refused
	 * above the request's 22 MB. The page now gives both figures from the server's settings, in both languages,
	 * and the browser's check before sending holds each file and all of them to the same.
	 */
	@Test
	void theFormSaysEachFileAndAllFilesOfOneSendingHaveTheServersLimits() throws Exception {
		String vi = page(this.accounts.as(Role.STAFF), "");
		assertThat(vi).contains("mỗi tệp tối đa 20 MB, mỗi lần gửi tối đa 10 tệp và tổng các tệp tối đa 22 MB.")
			.doesNotContain("tối đa 10 tệp một lần")
			.contains("data-max-bytes=\"20971520\"", "data-max-total-bytes=\"" + (22 * 1024 * 1024 - 64 * 1024) + "\"",
					"mỗi tệp tối đa 20 MB, tổng các tệp gửi cùng lúc tối đa 22 MB. Chưa gửi gì");
		String en = page(this.accounts.as(Role.STAFF), "?lang=en");
		assertThat(en).contains("up to 20 MB per file; at most 10 files and 22 MB in all at a time.")
			.contains("each file may be at most 20 MB, and all the files sent together at most 22 MB.");
	}

	@Test
	void aMacroWordFileIsRefusedAsForAgreements() {
		byte[] docm = office("word/document.xml", "word/vbaProject.bin");
		MvcTestResult posted = attach(this.accounts.as(Role.STAFF), file("ke-hoach.docx", "", docm));
		assertThat(posted).hasStatusOk();
		assertThat(posted).bodyText().contains("có chứa macro");
		assertThat(evidenceCount()).isZero();
	}

	@Test
	void onlyThoseWhoMayChangeTheActivityAttachAndTheUploaderDeletesTheirOwnFile() {
		RequestPostProcessor otherDepartment = TestAccounts.as(this.accounts.staffOf("SYT_2025"));
		assertThat(attach(otherDepartment, file("a.pdf", "application/pdf", PDF))).hasStatus(404);
		assertThat(attach(this.accounts.as(Role.LEADER), file("a.pdf", "application/pdf", PDF))).hasStatus(404);
		assertThat(attach(this.accounts.as(Role.PROVINCE), file("a.pdf", "application/pdf", PDF))).hasStatus(404);
		assertThat(evidenceCount()).isZero();

		attach(this.accounts.as(Role.STAFF), file("bien-ban.pdf", "application/pdf", PDF));
		Long pdf = evidenceId("bien-ban.pdf");
		// The uploader can still remove it: a colleague may not, nor anyone who may not change the activity.
		assertThat(delete(TestAccounts.as(this.accounts.staffOf("SCT_2025")), pdf)).hasStatus(404);
		assertThat(delete(otherDepartment, pdf)).hasStatus(404);
		assertThat(delete(this.accounts.as(Role.LEADER), pdf)).hasStatus(404);
		assertThat(delete(this.accounts.as(Role.PROVINCE), pdf)).hasStatus(404);
		assertThat(evidenceCount()).isEqualTo(1);
		assertThat(delete(this.accounts.as(Role.STAFF), pdf)).hasStatus3xxRedirection();
		assertThat(evidenceCount()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from activity_evidence_contents where evidence_id = ?",
				Integer.class, pdf)).isZero();
		// Both are lines of the activity's history, with the file's name: a file is never removed without a trace.
		assertThat(evidenceHistory()).containsExactly("DOCUMENT_ADDED bien-ban.pdf Cán bộ Sở Công Thương",
				"DOCUMENT_REMOVED bien-ban.pdf Cán bộ Sở Công Thương");
		assertThat(this.mvc.get().uri("/activities/{id}", this.activity).with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.containsPattern("(?s)Tệp minh chứng</span>:\\s*<span[^>]*>bien-ban.pdf</span>\\s*→ <span>\\(chưa có\\)")
			.containsPattern("(?s)Tệp minh chứng</span>:\\s*<span[^>]*>\\(chưa có\\)</span>\\s*→ <span>bien-ban.pdf");
	}

	/**
	 * A file removed in one tab and then again in another showed a 404 page; removed from several tabs at once, the
	 * late ones met a row already gone and answered 500. Each is now told the file was already removed, once.
	 */
	@Test
	void aFileRemovedAgainOrFromSeveralTabsAtOnceIsRemovedOnceAndTheOthersAreToldSo() throws Exception {
		attach(this.accounts.as(Role.STAFF), file("hai-lan.pdf", "application/pdf", PDF),
				file("cung-luc.pdf", "application/pdf", PDF));
		Long twice = evidenceId("hai-lan.pdf");
		assertThat(delete(this.accounts.as(Role.STAFF), twice)).flash().containsEntry("message", "evidenceDeleted");
		assertThat(delete(this.accounts.as(Role.STAFF), twice)).hasStatus3xxRedirection()
			.flash().containsEntry("warning", "evidenceAlreadyRemoved");
		assertThat(this.mvc.get().uri("/activities/{id}", this.activity).with(this.accounts.as(Role.STAFF))
			.flashAttr("warning", "evidenceAlreadyRemoved")).bodyText()
			.contains("Tệp minh chứng này đã được xóa trước đó (ở một thẻ khác hoặc bởi người khác)");

		Long atOnce = evidenceId("cung-luc.pdf");
		List<String> answers = Concurrently.run(8, () -> {
			MvcTestResult result = delete(this.accounts.as(Role.STAFF), atOnce);
			return result.getResponse().getStatus() + " " + result.getMvcResult().getFlashMap();
		});
		assertThat(answers).allMatch(a -> a.startsWith("302 "));
		assertThat(answers).filteredOn(a -> a.contains("evidenceDeleted")).hasSize(1);
		assertThat(answers).filteredOn(a -> a.contains("evidenceAlreadyRemoved")).hasSize(7);
		assertThat(evidenceCount()).isZero();
		assertThat(evidenceHistory()).containsExactly("DOCUMENT_ADDED hai-lan.pdf Cán bộ Sở Công Thương",
				"DOCUMENT_ADDED cung-luc.pdf Cán bộ Sở Công Thương", "DOCUMENT_REMOVED hai-lan.pdf Cán bộ Sở Công Thương",
				"DOCUMENT_REMOVED cung-luc.pdf Cán bộ Sở Công Thương");
	}

	/** The coordinator (and an administrator) removes a wrong file whoever sent it; the history says who did. */
	@Test
	void theCoordinatorRemovesAnyFileAndTheHistoryNamesThem() throws Exception {
		attach(this.accounts.as(Role.STAFF), file("nham.pdf", "application/pdf", PDF),
				file("nham-nua.pdf", "application/pdf", PDF));
		assertThat(page(this.accounts.as(Role.COORDINATOR), "")).contains("aria-label=\"Xóa tệp nham.pdf\"");
		assertThat(delete(this.accounts.as(Role.COORDINATOR), evidenceId("nham.pdf"))).hasStatus3xxRedirection();
		assertThat(delete(this.accounts.as(Role.ADMIN), evidenceId("nham-nua.pdf"))).hasStatus3xxRedirection();
		assertThat(evidenceCount()).isZero();
		assertThat(evidenceHistory()).contains("DOCUMENT_REMOVED nham.pdf Điều phối", "DOCUMENT_REMOVED nham-nua.pdf Admin");
	}

	/**
	 * Only the uploader could remove a file: once they moved to another department, were disabled or deleted, a
	 * wrong file stayed for good. The lead department's staff now remove such a file; no other department can.
	 */
	@Test
	void aFileWhoseUploaderIsGoneIsRemovedByTheLeadDepartmentsStaffAndByNoOtherDepartment() throws Exception {
		Account leaver = this.accountRepository.save(Account.staff(LEAVER, "Cán bộ đã chuyển công tác", null,
				this.departments.findByCode("SCT_2025").orElseThrow()));
		attach(TestAccounts.as(new PortalUser(leaver)), file("chuyen.pdf", "application/pdf", PDF),
				file("khoa.pdf", "application/pdf", PDF), file("xoa.pdf", "application/pdf", PDF));
		RequestPostProcessor colleague = TestAccounts.as(this.accounts.staffOf("SCT_2025"));
		RequestPostProcessor otherDepartment = TestAccounts.as(this.accounts.staffOf("SYT_2025"));
		assertThat(delete(colleague, evidenceId("chuyen.pdf"))).as("while the uploader is still here").hasStatus(404);
		assertThat(page(colleague, "")).doesNotContain("Xóa tệp chuyen.pdf");

		// Moved to Sở Y tế: neither they nor their new department may remove it; their former colleagues may.
		this.jdbc.update("update accounts set department_id = (select id from departments where code = 'SYT_2025')"
				+ " where username = ?", LEAVER);
		PortalUser moved = new PortalUser(this.accountRepository.findByUsername(LEAVER).orElseThrow());
		assertThat(delete(TestAccounts.as(moved), evidenceId("chuyen.pdf"))).hasStatus(404);
		assertThat(delete(otherDepartment, evidenceId("chuyen.pdf"))).hasStatus(404);
		assertThat(delete(this.accounts.as(Role.LEADER), evidenceId("chuyen.pdf"))).hasStatus(404);
		assertThat(page(colleague, "")).contains("aria-label=\"Xóa tệp chuyen.pdf\"");
		assertThat(delete(colleague, evidenceId("chuyen.pdf"))).hasStatus3xxRedirection();

		// Back in the department but disabled, then deleted (uploaded_by becomes null).
		this.jdbc.update("update accounts set department_id = (select id from departments where code = 'SCT_2025'),"
				+ " enabled = false where username = ?", LEAVER);
		assertThat(delete(otherDepartment, evidenceId("khoa.pdf"))).hasStatus(404);
		assertThat(delete(colleague, evidenceId("khoa.pdf"))).hasStatus3xxRedirection();
		this.jdbc.update("delete from accounts where username = ?", LEAVER);
		assertThat(this.jdbc.queryForObject("select uploaded_by from activity_evidence where id = ?", Long.class,
				evidenceId("xoa.pdf"))).isNull();
		assertThat(delete(otherDepartment, evidenceId("xoa.pdf"))).hasStatus(404);
		assertThat(delete(colleague, evidenceId("xoa.pdf"))).hasStatus3xxRedirection();

		assertThat(evidenceCount()).isZero();
		assertThat(evidenceHistory()).contains("DOCUMENT_REMOVED chuyen.pdf Cán bộ SCT_2025",
				"DOCUMENT_REMOVED khoa.pdf Cán bộ SCT_2025", "DOCUMENT_REMOVED xoa.pdf Cán bộ SCT_2025");
	}

	/**
	 * Someone deletes the activity while a note, a file or a comment is on its way: the sender is told it is gone
	 * (404) instead of an error 500 from the foreign key, and nothing is kept.
	 */
	@Test
	void aNoteFileOrCommentForAnActivityDeletedMeanwhileIsNotFound() {
		Viewer staff = this.viewers.of(this.accounts.principal(Role.STAFF));
		Activity opened = this.service.findEditable(this.activity, staff);
		List<CheckedDocument> files = this.evidence.check(List.of(file("bien-ban.pdf", "application/pdf", PDF)));
		Province dienBien = opened.getPartnerProvinces().get(0);
		this.jdbc.update("delete from activities where id = ?", this.activity);

		assertThatThrownBy(() -> this.service.addProgress(opened, LocalDate.of(2022, 12, 1), "Đã họp", files, staff))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.evidence.attach(opened, null, files, staff)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.service.addComment(opened, dienBien, "Đề nghị bổ sung", staff))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from activity_progress_updates where activity_id = ?",
				Integer.class, this.activity)).isZero();
	}

	/** The activity's page as {@code who} reads it, unescaped. */
	private String page(RequestPostProcessor who, String query) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.get()
			.uri("/activities/" + this.activity + query)
			.with(who)
			.exchange()
			.getResponse()
			.getContentAsString());
	}

	private MvcTestResult attach(RequestPostProcessor who, MockMultipartFile... files) {
		var request = this.mvc.post().uri("/activities/{id}/evidence", this.activity).multipart();
		for (MockMultipartFile file : files) {
			request = request.file(file);
		}
		return request.with(who).with(csrf()).exchange();
	}

	private MvcTestResult delete(RequestPostProcessor who, Long evidence) {
		return this.mvc.post()
			.uri("/activities/{id}/evidence/{file}/delete", this.activity, evidence)
			.with(who)
			.with(csrf())
			.exchange();
	}

	private static MockMultipartFile file(String name, String type, byte[] bytes) {
		return new MockMultipartFile("files", name, type, bytes);
	}

	/** The activity's history lines about its files: what, which file, who. */
	private List<String> evidenceHistory() {
		return this.jdbc.queryForList("""
				select action || ' ' || coalesce(old_value, new_value) || ' ' || author_name from record_changes
				 where record_kind = 'ACTIVITY' and record_id = ? and field = 'evidence' order by id""", String.class,
				this.activity);
	}

	private int evidenceCount() {
		return this.jdbc.queryForObject("select count(*) from activity_evidence where activity_id = ?", Integer.class,
				this.activity);
	}

	private Long evidenceId(String fileName) {
		return this.jdbc.queryForObject("select id from activity_evidence where activity_id = ? and file_name = ?",
				Long.class, this.activity, fileName);
	}

	private static byte[] office(String... entries) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes());
			for (String entry : entries) {
				zip.putNextEntry(new java.util.zip.ZipEntry(entry));
				zip.write("<x/>".getBytes());
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

}
