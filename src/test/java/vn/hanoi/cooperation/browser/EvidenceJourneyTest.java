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
		Path large = this.files.resolve("bien-ban-rat-lon.pdf");
		try (var out = Files.newOutputStream(large)) {
			out.write(TestEvidence.pdfSaying("Large"));
			out.write(new byte[21 * 1024 * 1024]);
		}
		try (Journey journey = loggedIn(Role.STAFF, "evidence-too-large")) {
			Page page = journey.open("/activities/" + activity).page();
			String url = page.url();
			page.locator("#note").fill("Đã họp với tỉnh, biên bản kèm theo.");
			page.locator("#progress-files").setInputFiles(large);
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(journey.text("activity.progress.submit")))
				.click();
			assertThat(page.locator("#progress-files-error"))
				.hasText(journey.text("evidence.error.tooLargeBeforeSending", 20));
			assertThat(page.locator("#progress-files")).isFocused();
			assertThat(page.locator("#note")).hasValue("Đã họp với tỉnh, biên bản kèm theo.");
			org.assertj.core.api.Assertions.assertThat(page.url()).isEqualTo(url);
			journey.shoot("refused-before-sending");
		}
		org.assertj.core.api.Assertions.assertThat(this.jdbc.queryForObject(
				"select count(*) from activity_progress_updates where activity_id = ?", Integer.class, activity))
			.isZero();
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
