package vn.hanoi.cooperation.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A form that creates something, posted twenty times at once with its one-time token (a double click, an
 * impatient user), writes once; every post is sent where the first one went.
 */
@PortalTest
class FormTokenTest {

	private static final String MARK = "FORMTOKEN ";

	private static final Pattern TOKEN = Pattern.compile("name=\"_formToken\" value=\"([0-9a-f-]{36})\"");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	Long activity;

	@BeforeEach
	void anActivityOfTheStaffMember() {
		this.activity = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline,
				                        shared_with_provinces)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', date '2022-12-31', true
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025'
				where p.year = 2022 returning id""", Long.class, MARK + "Hội chợ");
		this.jdbc.update("""
				insert into activity_partner_provinces (activity_id, province_id)
				select ?, id from provinces where code = '11' and valid_from = date '2008-08-01'""", this.activity);
	}

	@AfterEach
	void clean() {
		this.jdbc.update("delete from activity_changes where activity_id in (select id from activities where title like ?)",
				MARK + "%");
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
		vn.hanoi.cooperation.agreement.TestAgreements agreements = new vn.hanoi.cooperation.agreement.TestAgreements(
				this.jdbc);
		this.jdbc.queryForList("select id from agreements where title like ?", Long.class, MARK + "%")
			.forEach(agreements::forget);
		agreements.removeAll();
		this.jdbc.update("delete from form_submissions");
	}

	@Test
	void twentyClicksOnSaveCreateOneActivity() throws Exception {
		String token = token(page(Role.STAFF, "/activities/new"), 0);
		String group = this.jdbc.queryForObject("select id from cooperation_groups where number = 2", String.class);
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
			.uri("/activities/new")
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.param("_formToken", token)
			.param("planYear", "2022")
			.param("groupId", group)
			.param("title", MARK + "Bấm đúp")
			.param("status", "PLANNED")
			.param("deadline", "2022-09-30")
			.param("pastDeadlineConfirmed", "true")
			.exchange());
		List<Long> created = this.jdbc.queryForList("select id from activities where title = ?", Long.class,
				MARK + "Bấm đúp");
		assertThat(created).hasSize(1);
		assertThat(answers).allSatisfy(answer -> assertThat(answer).hasRedirectedUrl("/activities/" + created.get(0)));
	}

	@Test
	void twentyClicksOnAddProgressNoteAddOneNote() throws Exception {
		String token = token(page(Role.STAFF, "/activities/" + this.activity), progressForm());
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> progressNote(token, "Đã họp"));
		assertThat(notes()).isOne();
		assertThat(answers)
			.allSatisfy(answer -> assertThat(answer).hasRedirectedUrl("/activities/" + this.activity + "#progress"));
	}

	@Test
	void twentyClicksOnSendCommentSendOneComment() throws Exception {
		String token = token(page(Role.PROVINCE, "/activities/" + this.activity), 0);
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
			.uri("/activities/{id}/comments", this.activity)
			.with(csrf())
			.with(this.accounts.as(Role.PROVINCE))
			.param("_formToken", token)
			.param("body", "Tỉnh đã nhận")
			.exchange());
		assertThat(this.jdbc.queryForObject("select count(*) from activity_comments where activity_id = ?",
				Integer.class, this.activity)).isOne();
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getResponse().getStatus()).isEqualTo(302));
		assertThat(answers.stream().map(answer -> answer.getResponse().getRedirectedUrl()).distinct()).hasSize(1);
	}

	/** A double click on "delete": the second click is sent where the first was, not told the deletion failed. */
	@Test
	void twentyClicksOnDeleteDeleteOnceAndAllLandWhereTheFirstDid() throws Exception {
		String token = token(page(Role.STAFF, "/activities/" + this.activity + "/delete"), 0);
		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS, () -> this.mvc.post()
			.uri("/activities/{id}/delete", this.activity)
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.param("_formToken", token)
			.exchange());
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getResponse().getStatus()).isEqualTo(302));
		assertThat(answers.stream().map(answer -> answer.getResponse().getRedirectedUrl()).distinct()).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from activities where id = ?", Integer.class,
				this.activity)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from record_changes where record_kind = 'ACTIVITY' and record_id = ? and action = 'DELETED'",
				Integer.class, this.activity)).isOne();
	}

	@Test
	void aFormShownAgainWithItsErrorsKeepsItsTokenUntilItIsSaved() throws Exception {
		String token = token(page(Role.STAFF, "/activities/" + this.activity), progressForm());
		assertThat(progressNote(token, " ")).hasStatusOk();
		assertThat(notes()).isZero();
		assertThat(progressNote(token, "Đã sửa")).hasRedirectedUrl("/activities/" + this.activity + "#progress");
		assertThat(progressNote(token, "Đã sửa")).hasRedirectedUrl("/activities/" + this.activity + "#progress");
		assertThat(notes()).isOne();
	}

	@Test
	void aTokenIsOneUsersOnly() throws Exception {
		String token = token(page(Role.STAFF, "/activities/" + this.activity), progressForm());
		assertThat(progressNote(token, "Cán bộ ghi")).hasStatus3xxRedirection();
		assertThat(this.mvc.post()
			.uri("/activities/{id}/progress", this.activity)
			.with(csrf())
			.with(this.accounts.as(Role.COORDINATOR))
			.param("_formToken", token)
			.param("notedOn", "2022-05-02")
			.param("note", "Điều phối ghi")).hasStatus3xxRedirection();
		assertThat(notes()).isEqualTo(2);
	}

	/**
	 * Back after adding a note shows the activity again with the note still typed, under a new token: Save added the
	 * same note twice. Sent again unchanged it lands where the first did, and is told so; the same words on another
	 * day, or with files chosen (Back never chooses them again), are a new note; after ten minutes too.
	 */
	@Test
	void aNoteSentAgainAfterBackIsAddedOnceAndTheUserIsTold() {
		String page = page(Role.STAFF, "/activities/" + this.activity);
		assertThat(page).contains("name=\"_formOnce\" value=\"notedOn,note\"");
		MvcTestResult first = progressNote(token(page, progressForm()), "Đã họp với tỉnh", true);
		assertThat(first).hasRedirectedUrl("/activities/" + this.activity + "#progress");
		assertThat(first).flash().containsEntry("message", "progressAdded");

		// Back: the page is loaded again (a new token), the note is typed in it again by the browser.
		String back = token(page(Role.STAFF, "/activities/" + this.activity), progressForm());
		MvcTestResult again = progressNote(back, "Đã họp với tỉnh", true);
		assertThat(again).hasRedirectedUrl("/activities/" + this.activity + "#progress");
		assertThat(again).flash().containsEntry("warning", "formAlreadySent").doesNotContainKey("message");
		assertThat(notes()).isOne();

		assertThat(progressNote(back, "Đã họp với tỉnh lần hai", true)).flash().containsEntry("message", "progressAdded");
		assertThat(progressNote(back, "2022-05-09", "Đã họp với tỉnh", true)).flash()
			.containsEntry("message", "progressAdded");
		assertThat(this.mvc.post()
			.uri("/activities/{id}/progress", this.activity)
			.multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("files", "bien-ban.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.param("_formToken", back)
			.param("_formOnce", "notedOn,note")
			.param("notedOn", "2022-05-02")
			.param("note", "Đã họp với tỉnh")).flash().containsEntry("message", "progressAdded");
		assertThat(notes()).isEqualTo(4);

		this.jdbc.update("update form_submissions set created_at = created_at - interval '11 minutes'");
		assertThat(progressNote(token(page(Role.STAFF, "/activities/" + this.activity), progressForm()),
				"Đã họp với tỉnh lần hai", true)).flash().containsEntry("message", "progressAdded");
		assertThat(notes()).isEqualTo(5);
	}

	/** The same for a province's comment and a new agreement: Back, then send, writes nothing more. */
	@Test
	void aCommentAndANewAgreementSentAgainAfterBackAreWrittenOnce() {
		for (int time = 0; time < 2; time++) {
			assertThat(this.mvc.post()
				.uri("/activities/{id}/comments", this.activity)
				.with(csrf())
				.with(this.accounts.as(Role.PROVINCE))
				.param("_formToken", token(page(Role.PROVINCE, "/activities/" + this.activity), 0))
				.param("_formOnce", "provinceId,body")
				.param("body", "Tỉnh đã nhận kế hoạch")
				.exchange()).hasStatus3xxRedirection();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from activity_comments where activity_id = ?",
				Integer.class, this.activity)).isOne();

		String dienBien = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2008-08-01'", String.class);
		String page = page(Role.COORDINATOR, "/agreements/new");
		assertThat(page).contains("name=\"_formOnce\" value=\"kind,documentNumber,title,provinceIds,version\"");
		List<MvcTestResult> answers = new java.util.ArrayList<>();
		for (int time = 0; time < 2; time++) {
			answers.add(this.mvc.post()
				.uri("/agreements/new")
				.with(csrf())
				.with(this.accounts.as(Role.COORDINATOR))
				.param("_formToken", token(page(Role.COORDINATOR, "/agreements/new"), 0))
				.param("_formOnce", "kind,documentNumber,title,provinceIds,version")
				.param("kind", "COOPERATION_AGREEMENT")
				.param("title", MARK + "Thỏa thuận quay lại rồi lưu")
				.param("provinceIds", dienBien)
				// The first had its signing day; Back brings the date field back empty.
				.param("signedOn", time == 0 ? "20/11/2021" : "")
				.exchange());
		}
		List<Long> created = this.jdbc.queryForList("select id from agreements where title = ?", Long.class,
				MARK + "Thỏa thuận quay lại rồi lưu");
		assertThat(created).hasSize(1);
		assertThat(answers.get(1)).hasRedirectedUrl("/agreements/" + created.get(0));
		assertThat(answers.get(1)).flash().containsEntry("warning", "formAlreadySent");
	}

	@Test
	void everyFormThatCreatesSomethingCarriesAToken() {
		String detail = "/activities/" + this.activity;
		assertThat(TOKEN.matcher(page(Role.STAFF, detail)).results().count()).as("completion, progress note, evidence, comment")
			.isEqualTo(4);
		assertThat(TOKEN.matcher(page(Role.PROVINCE, detail)).results().count()).as("comment").isOne();
		for (String form : List.of("/activities/new", "/activities/import", "/agreements/new", "/results/new?year=2022",
				"/indicators/new")) {
			assertThat(page(Role.COORDINATOR, form)).as(form).containsPattern(TOKEN);
		}
		assertThat(page(Role.ADMIN, "/admin/accounts/new")).containsPattern(TOKEN);
	}

	private MvcTestResult progressNote(String token, String note) {
		return progressNote(token, note, false);
	}

	private MvcTestResult progressNote(String token, String note, boolean byContent) {
		return progressNote(token, "2022-05-02", note, byContent);
	}

	/** A note as the form sends it, known by its text ({@code _formOnce}, as the page names it) or by its token. */
	private MvcTestResult progressNote(String token, String day, String note, boolean byContent) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.post()
			.uri("/activities/{id}/progress", this.activity)
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.param("_formToken", token)
			.param("notedOn", day)
			.param("note", note);
		return (byContent ? request.param("_formOnce", "notedOn,note") : request).exchange();
	}

	private String page(Role role, String url) {
		MvcTestResult result = this.mvc.get().uri(url).with(this.accounts.as(role)).exchange();
		assertThat(result).as(url).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The detail page's forms come in this order: completion, then the progress note. */
	private static int progressForm() {
		return 1;
	}

	private static String token(String page, int index) {
		Matcher matcher = TOKEN.matcher(page);
		for (int i = 0; i <= index; i++) {
			assertThat(matcher.find()).as("form token %d", i).isTrue();
		}
		return matcher.group(1);
	}

	private int notes() {
		return this.jdbc.queryForObject("select count(*) from activity_progress_updates where activity_id = ?",
				Integer.class, this.activity);
	}

}
