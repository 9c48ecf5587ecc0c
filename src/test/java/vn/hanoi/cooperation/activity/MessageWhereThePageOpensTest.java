package vn.hanoi.cooperation.activity;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.cooperation.Landing;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A note, a comment or a file saved from the activity's page opens the page at its section (#progress, #comments,
 * #evidence), below the fold on most screens: whether it was saved is said there, once, not at the top where the
 * user cannot see it.
 */
@PortalTest
class MessageWhereThePageOpensTest {

	private static final String NOTE_ADDED = "Đã thêm cập nhật tiến độ.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestActivities activities;

	Long activity;

	@BeforeEach
	void createActivity() {
		this.activities = new TestActivities(this.jdbc);
		// Led by the test staff officer's department, shared with Điện Biên (the test province officer's unit).
		this.activity = this.activities.create("SECTION Hội chợ nông sản Điện Biên", "SCT_2025",
				LocalDate.of(2022, 12, 31), true, "11");
	}

	@AfterEach
	void removeActivity() {
		this.activities.removeAll();
		this.jdbc.update("delete from form_submissions");
	}

	@Test
	void aSavedProgressNoteIsSaidInTheProgressSection() {
		Landing landing = opened(note(UUID.randomUUID(), "Đã họp với tỉnh"), Role.STAFF);
		assertThat(landing.section()).contains(NOTE_ADDED).contains("role=\"status\"");
		assertThat(landing.page()).containsOnlyOnce(NOTE_ADDED);
	}

	/** Back, then Save: nothing is written a second time, and the user is told so where the note is. */
	@Test
	void aNoteSentAgainIsToldSoInTheProgressSection() {
		note(UUID.randomUUID(), "Đã họp với tỉnh");
		Landing landing = opened(note(UUID.randomUUID(), "Đã họp với tỉnh"), Role.STAFF);
		String alreadySent = "Nội dung này đã được gửi và lưu trước đó";
		assertThat(landing.section()).contains(alreadySent);
		assertThat(landing.page()).containsOnlyOnce(alreadySent).doesNotContain(NOTE_ADDED);
	}

	@Test
	void aSentCommentIsSaidInTheCommentsSection() {
		MvcTestResult sent = this.mvc.post()
			.uri("/activities/{id}/comments", this.activity)
			.with(csrf())
			.with(this.accounts.as(Role.PROVINCE))
			.param("body", "Tỉnh đã nhận kế hoạch")
			.exchange();
		Landing landing = opened(sent, Role.PROVINCE);
		assertThat(landing.section()).contains("Đã gửi ý kiến.");
		assertThat(landing.page()).containsOnlyOnce("Đã gửi ý kiến.");
	}

	@Test
	void attachedAndAlreadyRemovedEvidenceIsSaidInTheEvidenceSection() {
		Landing attached = opened(this.mvc.post()
			.uri("/activities/{id}/evidence", this.activity)
			.multipart()
			.file(new MockMultipartFile("files", "bien-ban.pdf", "application/pdf",
					TestEvidence.pdfSaying("Minutes of the working group meeting")))
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.exchange(), Role.STAFF);
		assertThat(attached.section()).contains("Đã lưu tài liệu minh chứng.");
		assertThat(attached.page()).containsOnlyOnce("Đã lưu tài liệu minh chứng.");

		Long file = this.jdbc.queryForObject("select id from activity_evidence where activity_id = ?", Long.class,
				this.activity);
		removeEvidence(file);
		Landing again = opened(removeEvidence(file), Role.STAFF);
		String alreadyRemoved = "Tệp minh chứng này đã được xóa trước đó";
		assertThat(again.section()).contains(alreadyRemoved).contains("role=\"alert\"");
		assertThat(again.page()).containsOnlyOnce(alreadyRemoved);
	}

	/** A save that opens the page at its top says so at the top, as before. */
	@Test
	void aSaveThatOpensThePageAtItsTopSaysSoAtTheTop() {
		MvcTestResult completed = this.mvc.post()
			.uri("/activities/{id}/complete", this.activity)
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.param("actualCompletion", "2022-06-15")
			.param("resultSummary", "Kết nối 120 tấn nông sản")
			.param("version", "0")
			.exchange();
		assertThat(completed).hasRedirectedUrl("/activities/" + this.activity);
		String page = opened(completed, Role.STAFF).page();
		String done = "Đã ghi nhận hoạt động hoàn thành.";
		assertThat(page).containsOnlyOnce(done);
		assertThat(page.indexOf(done)).as("above the page's title")
			.isLessThan(page.indexOf("<h1"));
	}

	/** A progress note as the page sends it, known by its text, with its own one-time token. */
	private MvcTestResult note(UUID token, String text) {
		return this.mvc.post()
			.uri("/activities/{id}/progress", this.activity)
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.param("_formToken", token.toString())
			.param("_formOnce", "notedOn,note")
			.param("notedOn", "2022-05-02")
			.param("note", text)
			.exchange();
	}

	private MvcTestResult removeEvidence(Long file) {
		return this.mvc.post()
			.uri("/activities/{id}/evidence/{file}/delete", this.activity, file)
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.exchange();
	}

	private Landing opened(MvcTestResult posted, Role role) {
		RequestPostProcessor viewer = this.accounts.as(role);
		return Landing.after(this.mvc, posted, viewer);
	}

}
