package vn.hanoi.cooperation.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.activity.TestEvidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 18: a staff officer attaches a photo and a PDF to a progress note, then finds the activity in the list by
 * a word that is only inside the PDF; the partner province's officer sees the shared activity's evidence.
 */
@PortalTest
class EvidenceJourneyTest extends BrowserTestSupport {

	static final String TITLE = "BROWSER Hội nghị kết nối cung cầu Điện Biên";

	/** In the PDF only: not in the title, the note or a file name. */
	static final String WORD_IN_PDF = "Quadrilateralis";

	@TempDir
	Path files;

	@AfterEach
	void removeWhatTheJourneyWrote() {
		BrowserFixtures.removeActivitiesTitled(this.jdbc, TITLE);
	}

	/** A file over the limit never leaves the browser: the note typed with it stays, and the field says why. */
	@Test
	void aFileTooLargeIsRefusedBeforeSendingAndTheNoteStays() throws IOException {
		Long activity = BrowserFixtures.activity(this.jdbc, TITLE, "SCT_2025", true, "11");
		Path large = part("bien-ban-rat-lon.pdf", 21);
		try (Journey journey = loggedIn(Role.STAFF, "evidence-too-large")) {
			Page page = journey.open("/activities/" + activity).page();
			String url = page.url();
			page.locator("#note").fill("Đã họp với tỉnh, biên bản kèm theo.");
			page.locator("#progress-files").setInputFiles(large);
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.progress.submit")))
				.click();
			assertThat(page.locator("#progress-files-error"))
				.hasText(journey.text("evidence.error.tooLargeBeforeSending", 20, 22));
			assertThat(page.locator("#progress-files")).isFocused();
			assertThat(page.locator("#note")).hasValue("Đã họp với tỉnh, biên bản kèm theo.");
			org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(url);
			journey.shoot("refused-before-sending");

			// Each under the file's limit, together over the request's: the server would refuse the post unread.
			page.locator("#progress-files")
				.setInputFiles(new Path[] { part("phan-1.pdf", 12), part("phan-2.pdf", 11) });
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.progress.submit")))
				.click();
			assertThat(page.locator("#progress-files-error"))
				.hasText(journey.text("evidence.error.tooLargeBeforeSending", 20, 22));
			org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(url);
		}
		org.assertj.core.api.Assertions.assertThat(this.jdbc.queryForObject(
				"select count(*) from activity_progress_updates where activity_id = ?", Integer.class, activity))
			.isZero();
	}

	/**
	 * The page says each file up to 20 MB and all files of one sending up to 22 MB: two files of 10 MB go, where the
	 * browser used to hold all files together to one file's 20 MB.
	 */
	@Test
	void filesOverOneFilesLimitInAllButWithinTheRequestsAreSent() throws IOException {
		Long activity = BrowserFixtures.activity(this.jdbc, TITLE, "SCT_2025", true, "11");
		try (Journey journey = loggedIn(Role.STAFF, "evidence-within-the-request")) {
			Page page = journey.open("/activities/" + activity).page();
			page.locator("#note").fill("Đã họp, kèm hai biên bản.");
			page.locator("#progress-files")
				.setInputFiles(new Path[] { part("bien-ban-1.pdf", 10), part("bien-ban-2.pdf", 10) });
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.progress.submit")))
				.click();
			assertThat(page.locator(".alert[role=status]").first()).hasText(journey.text("flash.progressAdded"));
			assertThat(page.locator("#progress .timeline")).containsText("bien-ban-2.pdf");
		}
		org.assertj.core.api.Assertions.assertThat(this.jdbc.queryForObject(
				"select count(*) from activity_evidence where activity_id = ? and progress_update_id is not null",
				Integer.class, activity))
			.isEqualTo(2);
	}

	/** A PDF of about {@code megabytes} MB. */
	private Path part(String name, int megabytes) throws IOException {
		Path file = this.files.resolve(name);
		try (var out = Files.newOutputStream(file)) {
			out.write(TestEvidence.pdfSaying("Part"));
			out.write(new byte[megabytes * 1024 * 1024]);
		}
		return file;
	}

	/**
	 * Upload pressed without a file, on a phone: the page comes back at the files section with the refusal in view,
	 * not at its top with the refusal two screens down, as if nothing had happened.
	 */
	@Test
	void anUploadWithoutAFileIsRefusedWhereTheUserIs() {
		Long activity = BrowserFixtures.activity(this.jdbc, TITLE, "SCT_2025", true, "11");
		try (Journey journey = loggedIn(Role.STAFF, "evidence-no-file")) {
			Page page = journey.open("/activities/" + activity).page();
			page.setViewportSize(375, 800);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(journey.text("evidence.upload")))
				.click();
			assertThat(page.locator("#evidence .alert-danger")).containsText("Chưa chọn tệp nào");
			assertThat(page.locator("#evidence .alert-danger")).isInViewport();
			journey.shoot("upload-without-a-file");
		}
	}

	@Test
	void staffAttachEvidenceToANoteAndFindTheActivityByAWordInsideThePdf() throws IOException {
		Long activity = BrowserFixtures.activity(this.jdbc, TITLE, "SCT_2025", true, "11");
		Path photo = Files.write(this.files.resolve("hien-truong.jpg"), TestEvidence.photoWithGps());
		Path pdf = Files.write(this.files.resolve("bien-ban-hop.pdf"),
				TestEvidence.pdfSaying("Minutes " + WORD_IN_PDF + " meeting"));

		try (Journey journey = loggedIn(Role.STAFF, "evidence-staff")) {
			Page page = journey.open("/activities/" + activity).page();
			page.locator("#note").fill("Đã tổ chức hội nghị, kèm biên bản và ảnh hiện trường.");
			page.locator("#progress-files").setInputFiles(new Path[] { photo, pdf });
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.progress.submit")))
				.click();
			assertThat(page.locator(".alert[role=status]").first()).hasText(journey.text("flash.progressAdded"));
			assertThat(page.locator("#progress .timeline")).containsText("bien-ban-hop.pdf");
			assertThat(page.locator("#progress .evidence-thumbnail")).isVisible();
			journey.shoot("note-with-evidence");

			journey.open("/activities?q=" + WORD_IN_PDF.toLowerCase());
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE))).isVisible();
			journey.shoot("found-by-a-word-in-the-pdf");
		}

		try (Journey journey = loggedIn(Role.PROVINCE, "evidence-province")) {
			Page page = journey.open("/activities/" + activity).page();
			assertThat(page.locator("#progress .timeline")).containsText("bien-ban-hop.pdf");
			assertThat(page.locator("#progress .evidence-thumbnail")).isVisible();
			journey.shoot("province-sees-evidence");

			// No longer shared: the photo the browser has just shown is not shown from its cache either.
			String thumbnail = page.locator("#progress .evidence-thumbnail").getAttribute("src");
			this.jdbc.update("update activities set shared_with_provinces = false where id = ?", activity);
			Object status = page.evaluate("url => fetch(url).then(r => r.status)", thumbnail);
			org.assertj.core.api.Assertions.assertThat(status).as("the thumbnail once the activity is not shared")
				.isEqualTo(404);
		}
	}

}
