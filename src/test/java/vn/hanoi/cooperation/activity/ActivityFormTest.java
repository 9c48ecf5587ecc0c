package vn.hanoi.cooperation.activity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Entering activities: validation in the user's language, nothing written on error, no update ever lost. */
@PortalTest
class ActivityFormTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestActivities activities;

	Long group2022;

	Long dienBien2008;

	@BeforeEach
	void setUp() {
		this.activities = new TestActivities(this.jdbc);
		this.group2022 = this.jdbc.queryForObject("select id from cooperation_groups where number = 2", Long.class);
		this.dienBien2008 = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2008-08-01'", Long.class);
	}

	@AfterEach
	void tearDown() {
		this.jdbc.queryForList("select id from activities where title like 'TEST %'", Long.class)
			.forEach(this.activities::forget);
		this.activities.removeAll();
	}

	@Test
	void staffCreateAnActivityOfTheirOwnDepartment() {
		MvcTestResult result = (validForm(this.mvc.post().uri("/activities/new"))
			.with(this.accounts.as(Role.STAFF))).exchange();
		assertThat(result).hasStatus3xxRedirection();
		Map<String, Object> saved = this.jdbc.queryForMap("""
				select a.id, d.code, a.budget_planned::text budget, a.status, a.deadline::text deadline
				from activities a join departments d on d.id = a.lead_department_id
				where a.title = 'TEST Tuần hàng Điện Biên'""");
		assertThat(saved.get("code")).as("the lead is the staff member's own department").isEqualTo("SCT_2025");
		assertThat(saved.get("budget")).isEqualTo("1500000000");
		assertThat(saved.get("deadline")).isEqualTo("2022-09-30");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/activities/" + saved.get("id"));
		assertThat(this.jdbc.queryForList("select province_id from activity_partner_provinces where activity_id = ?",
				Long.class, saved.get("id"))).containsExactly(this.dienBien2008);
		assertThat(this.jdbc.queryForObject("select action from activity_changes where activity_id = ?", String.class,
				saved.get("id"))).isEqualTo("CREATED");
	}

	/** "1.500.000,5" was saved as 15 000 005 đồng and "1,5" as 15: every separator was dropped. */
	@Test
	void anAmountWithADecimalPartIsRefusedInsteadOfReadAsMoreDigits() {
		long before = count();
		for (String amount : List.of("1.500.000,5", "1,5", "1500000.75", "15.00.000", "1.500.000.000,00")) {
			assertThat(budgetForm("/activities/new", "TEST Kinh phí lẻ", amount)).as(amount)
				.hasStatusOk()
				.bodyText()
				.contains("Kinh phí tính bằng đồng, không có phần lẻ")
				.contains("value=\"" + amount + "\"");
		}
		assertThat(budgetForm("/activities/new?lang=en", "TEST Kinh phí lẻ", "1,5")).hasStatusOk()
			.bodyText()
			.contains("Amounts are whole đồng, with no decimal part");
		assertThat(budgetForm("/activities/new", "TEST Kinh phí chữ", "mười triệu")).hasStatusOk()
			.bodyText()
			.contains("Số tiền chỉ gồm chữ số");
		assertThat(count()).isEqualTo(before);

		// Thousands grouped by dots or by spaces, or not grouped at all, are whole đồng.
		for (String amount : List.of("1.500.000", "1 500 000", "1500000")) {
			assertThat(budgetForm("/activities/new", "TEST Kinh phí " + amount, amount)).as(amount)
				.hasStatus3xxRedirection();
			assertThat(this.jdbc.queryForObject("select budget_planned::text from activities where title = ?",
					String.class, "TEST Kinh phí " + amount)).isEqualTo("1500000");
		}
	}

	/** The change history wrote a budget as 1500000000 where every other page writes 1.500.000.000. */
	@Test
	void theHistoryWritesAnAmountAsEveryOtherPageDoes() {
		assertThat((validForm(this.mvc.post().uri("/activities/new")).with(this.accounts.as(Role.STAFF))).exchange())
			.hasStatus3xxRedirection();
		Long id = this.jdbc.queryForObject("select id from activities where title = 'TEST Tuần hàng Điện Biên'",
				Long.class);
		// The edit leaves the budget out: the history records it going from 1.500.000.000 to none.
		assertThat((editForm(id, this.activities.version(id), "TEST Tuần hàng Điện Biên")
			.with(this.accounts.as(Role.STAFF))).exchange()).hasStatus3xxRedirection();
		for (String language : List.of("vi", "en")) {
			assertThat(this.mvc.get()
				.uri("/activities/{id}?lang={language}", id, language)
				.with(this.accounts.as(Role.STAFF))
				.exchange()).as(language)
				.hasStatusOk()
				.bodyText()
				.containsPattern("text-decoration-line-through[^>]*>1\\.500\\.000\\.000</span>")
				.doesNotContain("1500000000");
		}
	}

	/**
	 * Back after saving a new activity brought the form back filled in, with a fresh one-time token: Save added the
	 * activity a second time. The department's same title in the same plan is refused, as the importer refuses it,
	 * with a link to the activity that has it (an activity deleted since does not stand in the way).
	 */
	@Test
	void aNewActivitySavedAgainAfterBackIsNotAddedTwice() {
		long before = count();
		assertThat((validForm(this.mvc.post().uri("/activities/new")).param("_formToken", UUID.randomUUID().toString())
			.with(this.accounts.as(Role.STAFF))).exchange()).hasStatus3xxRedirection();
		Long id = this.jdbc.queryForObject("select id from activities where title = 'TEST Tuần hàng Điện Biên'",
				Long.class);
		for (String language : List.of("vi", "en")) {
			MvcTestResult again = (validForm(this.mvc.post().uri("/activities/new?lang=" + language))
				.param("_formToken", UUID.randomUUID().toString())
				.with(this.accounts.as(Role.STAFF))).exchange();
			assertThat(again).as(language)
				.hasStatusOk()
				.bodyText()
				.contains(language.equals("vi")
						? "Đơn vị này đã chủ trì một hoạt động cùng tên trong kế hoạch năm 2022 (HD-" + id + ")"
						: "This department already leads an activity with this title in the 2022 plan (HD-" + id + ")")
				.contains("href=\"/activities/" + id + "\"")
				// Nothing typed is lost.
				.contains("value=\"TEST Tuần h", "1.500.000.000");
		}
		assertThat(count()).isEqualTo(before + 1);

		// Spelled with other capitals and spaces it is the same title; another title is another activity.
		assertThat(budgetForm("/activities/new", "TEST tuần hàng  ĐIỆN BIÊN ", "1.500.000")).hasStatusOk();
		assertThat(budgetForm("/activities/new", "TEST Tuần hàng Điện Biên lần 2", "1.500.000"))
			.hasStatus3xxRedirection();
		assertThat(count()).isEqualTo(before + 2);
	}

	@Test
	void aPastDeadlineIsSavedOnlyOnceConfirmed() {
		long before = count();
		MvcTestResult warned = (form(this.mvc.post().uri("/activities/new"), "2022", this.dienBien2008,
				"TEST Tuần hàng Điện Biên", "2022-09-30", false)
			.with(this.accounts.as(Role.STAFF))).exchange();
		assertThat(warned).hasStatusOk()
			.bodyText()
			.contains("Thời hạn 30/09/2022 đã qua")
			.contains("name=\"pastDeadlineConfirmed\"")
			// Nothing typed is lost.
			.contains("value=\"TEST ", "1.500.000.000");
		assertThat(count()).isEqualTo(before);
		assertThat((validForm(this.mvc.post().uri("/activities/new")).with(this.accounts.as(Role.STAFF))).exchange())
			.hasStatus3xxRedirection();
		assertThat(count()).isEqualTo(before + 1);
		// A deadline still ahead asks nothing.
		assertThat((form(this.mvc.post().uri("/activities/new"), "2022", this.dienBien2008, "TEST Hạn còn xa",
				java.time.LocalDate.now().plusYears(1).toString(), false)
			.with(this.accounts.as(Role.STAFF))).exchange()).hasStatus3xxRedirection();
	}

	@Test
	void datesAreTypedAndShownAsDayMonthYearInEveryLanguage() throws Exception {
		long before = count();
		// An English browser's date input would say 09/30/2022; the portal takes and shows 30/09/2022 everywhere.
		MvcTestResult wrong = (form(this.mvc.post().uri("/activities/new?lang=en"), "2022", this.dienBien2008,
				"TEST Ngày gõ sai", "31/02/2022", true)
			.with(this.accounts.as(Role.STAFF))).exchange();
		assertThat(wrong).hasStatusOk()
			.bodyText()
			.contains("This is not a valid date (day/month/year).")
			// Nothing typed is lost, the wrong day included.
			.contains("value=\"31/02/2022\"", "value=\"TEST Ng");
		assertThat(count()).isEqualTo(before);
		assertThat((form(this.mvc.post().uri("/activities/new"), "2022", this.dienBien2008, "TEST Ngày gõ đúng",
				"30/09/2022", true)
			.with(this.accounts.as(Role.STAFF))).exchange()).hasStatus3xxRedirection();
		Long id = this.jdbc.queryForObject("select id from activities where title = 'TEST Ngày gõ đúng'", Long.class);
		assertThat(this.jdbc.queryForObject("select deadline::text from activities where id = ?", String.class, id))
			.isEqualTo("2022-09-30");
		String edit = this.mvc.get()
			.uri("/activities/{id}/edit?lang=en", id)
			.with(this.accounts.as(Role.STAFF))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(edit).doesNotContain("type=\"date\"")
			.contains("value=\"30/09/2022\"", "value=\"01/07/2022\"", "placeholder=\"dd/mm/yyyy\"");
	}

	@Test
	void staffCannotPickAnotherLeadDepartment() {
		Long health = this.jdbc.queryForObject("select id from departments where code = 'SYT_2025'", Long.class);
		assertThat((validForm(this.mvc.post().uri("/activities/new"))
			.param("leadDepartmentId", health.toString())
			.with(this.accounts.as(Role.STAFF))).exchange()).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("""
				select d.code from activities a join departments d on d.id = a.lead_department_id
				where a.title = 'TEST Tuần hàng Điện Biên'""", String.class)).isEqualTo("SCT_2025");
	}

	@Test
	void aGroupOutsideThePlanAndAProvinceOfAnotherPeriodAreRefused() {
		long before = count();
		Long tuyenQuang2025 = this.jdbc.queryForObject(
				"select id from provinces where code = '08' and valid_from = date '2025-07-01'", Long.class);
		MvcTestResult result = (form(this.mvc.post().uri("/activities/new"), "2021", this.dienBien2008)
			.param("lang", "en")
			.with(this.accounts.as(Role.STAFF))).exchange();
		assertThat(result).hasStatusOk().bodyText().contains("This group is not part of the 2021 plan.");
		MvcTestResult wrongPeriod = (form(this.mvc.post().uri("/activities/new"), "2022", tuyenQuang2025)
			.with(this.accounts.as(Role.STAFF))).exchange();
		assertThat(wrongPeriod).hasStatusOk().bodyText().contains("không phải là đơn vị hành chính vào ngày 01/07/2022");
		assertThat(count()).isEqualTo(before);
	}

	/** Hà Nội is the portal's own side: a post that names it as the partner (the form never offers it) is refused. */
	@Test
	void hanoiIsNeverAcceptedAsAPartnerProvince() {
		long before = count();
		Long hanoi2008 = this.jdbc.queryForObject(
				"select id from provinces where code = '01' and valid_from = date '2008-08-01'", Long.class);
		MvcTestResult refused = (form(this.mvc.post().uri("/activities/new"), "2022", hanoi2008)
			.with(this.accounts.as(Role.STAFF))).exchange();
		assertThat(refused).hasStatusOk().bodyText().contains("Có địa phương không tồn tại trong danh mục.");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsShownTheFirstAndLosesNothing() throws Exception {
		Long id = this.activities.create("TEST Hội nghị xúc tiến đầu tư", "SCT_2025", null, false);
		long version = this.activities.version(id);
		// Both open the form at the same version; the coordinator saves first.
		assertThat((editForm(id, version, "TEST Hội nghị xúc tiến đầu tư – đã đổi lịch")
			.with(this.accounts.as(Role.COORDINATOR))).exchange()).hasStatus3xxRedirection();
		MvcTestResult second = (editForm(id, version, "TEST Hội nghị do Sở Công Thương sửa")
			.param("description", "Nội dung cán bộ nhập công phu")
			.with(this.accounts.as(Role.STAFF))).exchange();
		assertThat(second).hasStatusOk();
		// Input values come back HTML-escaped (ô as &ocirc;): compare the text a browser shows.
		assertThat(HtmlUtils.htmlUnescape(second.getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.contains("Người khác vừa lưu hoạt động này")
			.contains("TEST Hội nghị xúc tiến đầu tư – đã đổi lịch")
			.as("the other person's change is listed, field by field")
			.containsPattern("Tên hoạt động</span>:\\s*<span[^>]*>TEST Hội nghị xúc tiến đầu tư</span>\\s*→\\s*<span>TEST Hội nghị xúc tiến đầu tư – đã đổi lịch")
			.contains("TEST Hội nghị do Sở Công Thương sửa")
			.contains("Nội dung cán bộ nhập công phu");
		assertThat(this.activities.title(id)).isEqualTo("TEST Hội nghị xúc tiến đầu tư – đã đổi lịch");
		// Applying their input again over the new version succeeds.
		assertThat((editForm(id, this.activities.version(id), "TEST Hội nghị do Sở Công Thương sửa")
			.with(this.accounts.as(Role.STAFF))).exchange()).hasStatus3xxRedirection();
		assertThat(this.activities.title(id)).isEqualTo("TEST Hội nghị do Sở Công Thương sửa");
		List<String> fields = this.jdbc.queryForList(
				"select field from activity_changes where activity_id = ? and action = 'UPDATED' order by id",
				String.class, id);
		assertThat(fields).contains("title");
	}

	@Test
	void progressAndCompletionAreRecordedAndChecked() {
		// A refused note is ProgressNoteSliceTest's; here what an accepted one and a completion write.
		Long id = this.activities.create("TEST Phiên giao dịch việc làm", "SCT_2025", null, false);
		assertThat(this.mvc.post()
			.uri("/activities/{id}/progress", id)
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.param("notedOn", "2022-06-01")
			.param("note", "Đã tư vấn cho 120 lượt người")).hasStatus3xxRedirection();
		assertThat(complete(id, String.valueOf(this.activities.version(id)))).hasStatus3xxRedirection();
		Map<String, Object> row = this.jdbc.queryForMap(
				"select status, actual_completion::text done, result_summary from activities where id = ?", id);
		assertThat(row).containsEntry("status", "COMPLETED").containsEntry("done", "2022-06-15");
		assertThat(this.mvc.get().uri("/activities/{id}", id).with(this.accounts.as(Role.LEADER))).bodyText()
			.contains("Đã tư vấn cho 120 lượt người")
			.contains("803 lao động được tuyển dụng")
			.contains("Hoàn thành đúng hạn");
	}

	/**
	 * A note adds a line and overwrites nothing of the activity: someone's save of the activity while the page was open
	 * does not refuse it, and its one-time token still writes it once when the form is sent twice.
	 */
	@Test
	void aNoteSentAfterSomeoneSavedTheActivityIsAddedOnce() {
		Long id = this.activities.create("TEST Phiên giao dịch việc làm", "SCT_2025", null, false);
		long version = this.activities.version(id);
		String page = SlicePage.shown(this.mvc.get().uri("/activities/{id}", id).with(this.accounts.as(Role.STAFF))
			.exchange());
		java.util.regex.Matcher token = java.util.regex.Pattern
			.compile("(?s)/progress\"[^>]*>(?:(?!</form>).)*?name=\"_formToken\" value=\"([0-9a-f-]{36})\"")
			.matcher(page);
		assertThat(token.find()).as("the note form's one-time token").isTrue();
		// The coordinator saves the activity while the page is open.
		assertThat((editForm(id, version, "TEST Phiên giao dịch việc làm – đã đổi lịch")
			.with(this.accounts.as(Role.COORDINATOR))).exchange()).hasStatus3xxRedirection();
		for (int send = 0; send < 2; send++) {
			assertThat(this.mvc.post()
				.uri("/activities/{id}/progress", id)
				.with(csrf())
				.with(this.accounts.as(Role.STAFF))
				.param("_formToken", token.group(1))
				.param("notedOn", "2022-06-01")
				.param("note", "Đã tư vấn cho 120 lượt người")).as("send " + send)
				.hasRedirectedUrl("/activities/" + id + "#progress");
		}
		assertThat(this.jdbc.queryForList("select note from activity_progress_updates where activity_id = ?",
				String.class, id)).containsExactly("Đã tư vấn cho 120 lượt người");
		assertThat(this.activities.title(id)).as("the other person's save stands")
			.isEqualTo("TEST Phiên giao dịch việc làm – đã đổi lịch");
	}

	@Test
	void aCompletionOverSomeoneElsesEditShowsTheirChangeKeepsTheSummaryAndCompletesWhenSentAgain() {
		Long id = this.activities.create("TEST Phiên giao dịch việc làm", "SCT_2025", null, false);
		String version = String.valueOf(this.activities.version(id));
		assertThat((editForm(id, Long.parseLong(version), "TEST Phiên giao dịch việc làm – đã đổi lịch")
			.with(this.accounts.as(Role.COORDINATOR))).exchange()).hasStatus3xxRedirection();
		MvcTestResult second = complete(id, version).exchange();
		assertThat(second).hasStatusOk();
		assertThat(SlicePage.shown(second)).contains("Người khác vừa lưu hoạt động này")
			.as("the other person's change is listed, field by field")
			.containsPattern("Tên hoạt động</span>:\\s*<span[^>]*>TEST Phiên giao dịch việc làm</span>\\s*→\\s*<span>TEST Phiên giao dịch việc làm – đã đổi lịch<")
			.contains(">803 lao động được tuyển dụng</textarea>");
		assertThat(this.jdbc.queryForObject("select status from activities where id = ?", String.class, id))
			.isEqualTo("IN_PROGRESS");
		// The form shown carries the current version: sending it again as it is completes the activity.
		assertThat(complete(id, SlicePage.formVersion(second))).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForMap("select status, result_summary from activities where id = ?", id))
			.containsEntry("status", "COMPLETED")
			.containsEntry("result_summary", "803 lao động được tuyển dụng");
	}

	private MockMvcTester.MockMvcRequestBuilder complete(Long id, String version) {
		return this.mvc.post()
			.uri("/activities/{id}/complete", id)
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))
			.param("actualCompletion", "2022-06-15")
			.param("resultSummary", "803 lao động được tuyển dụng")
			.param("version", version);
	}

	@Test
	void deletingAsksFirstAndKeepsTheRecordInTheHistory() {
		Long id = this.activities.create("TEST Hội thảo pháp luật", "SCT_2025", null, false);
		assertThat(this.mvc.get().uri("/activities/{id}/delete", id).with(this.accounts.as(Role.STAFF)))
			.hasStatusOk()
			.bodyText()
			.contains("Lịch sử thay đổi vẫn lưu lại");
		assertThat(this.mvc.post().uri("/activities/{id}/delete", id).with(csrf()).with(this.accounts.as(Role.STAFF)))
			.hasRedirectedUrl("/activities");
		assertThat(this.jdbc.queryForObject("select count(*) from activities where id = ?", Integer.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select old_value from activity_changes where activity_id = ? and action = 'DELETED'", String.class,
				id)).contains("title: TEST Hội thảo pháp luật");
	}

	@Test
	void deletionIsRefusedWithAnExplanationOnceAResultRefersToTheActivity() {
		Long id = this.activities.create("TEST Hội chợ nông sản", "SCT_2025", null, false);
		Long result = this.jdbc.queryForObject("""
				insert into yearly_results (indicator_id, year, department_id, target, status, activity_id)
				select i.id, 2022, d.id, 10, 'DRAFT', ? from indicators i, departments d
				where d.code = 'SCT_2025' order by i.id limit 1 returning id""", Long.class, id);
		try {
			assertThat(this.mvc.get().uri("/activities/{id}/delete", id).with(this.accounts.as(Role.STAFF)))
				.hasStatusOk()
				.bodyText()
				.contains("Không thể xóa: đã có kết quả năm ghi nhận từ hoạt động này.")
				.doesNotContain("Xóa hoạt động</button>");
			assertThat(this.mvc.post().uri("/activities/{id}/delete", id).with(csrf()).with(this.accounts.as(Role.STAFF)))
				.hasStatusOk()
				.bodyText()
				.contains("Không thể xóa");
			assertThat(this.jdbc.queryForObject("select count(*) from activities where id = ?", Integer.class, id))
				.isEqualTo(1);
		}
		finally {
			this.jdbc.update("delete from yearly_results where id = ?", result);
		}
	}

	private MockMvcTester.MockMvcRequestBuilder validForm(MockMvcTester.MockMvcRequestBuilder request) {
		return form(request, "2022", this.dienBien2008);
	}

	private MockMvcTester.MockMvcRequestBuilder form(MockMvcTester.MockMvcRequestBuilder request, String year,
			Long province) {
		// 2022's deadlines have passed: the user confirms it (aPastDeadlineIsSavedOnlyOnceConfirmed).
		return form(request, year, province, "TEST Tuần hàng Điện Biên", "2022-09-30", true);
	}

	private MockMvcTester.MockMvcRequestBuilder form(MockMvcTester.MockMvcRequestBuilder request, String year,
			Long province, String title, String deadline, boolean pastDeadlineConfirmed) {
		return form(request, year, province, title, deadline, pastDeadlineConfirmed, "1.500.000.000");
	}

	private MvcTestResult budgetForm(String uri, String title, String budget) {
		return form(this.mvc.post().uri(uri), "2022", this.dienBien2008, title, "2022-09-30", true, budget)
			.with(this.accounts.as(Role.STAFF))
			.exchange();
	}

	private MockMvcTester.MockMvcRequestBuilder form(MockMvcTester.MockMvcRequestBuilder request, String year,
			Long province, String title, String deadline, boolean pastDeadlineConfirmed, String budget) {
		return request.with(csrf())
			.param("planYear", year)
			.param("groupId", this.group2022.toString())
			.param("title", title)
			.param("status", "IN_PROGRESS")
			.param("plannedStart", "2022-07-01")
			.param("deadline", deadline)
			.param("pastDeadlineConfirmed", pastDeadlineConfirmed ? "true" : "")
			.param("budgetPlanned", budget)
			.param("partnerProvinceIds", province.toString());
	}

	private MockMvcTester.MockMvcRequestBuilder editForm(Long id, long version, String title) {
		return this.mvc.post()
			.uri("/activities/{id}/edit", id)
			.with(csrf())
			.param("planYear", "2022")
			.param("groupId", this.group2022.toString())
			// A 2022 activity is led by a department of 2022 (Sở Công Thương before its 1 March 2025 successor).
			.param("leadDepartmentId",
					this.jdbc.queryForObject("select id from departments where code = 'SCT'", Long.class).toString())
			.param("title", title)
			.param("status", "IN_PROGRESS")
			.param("version", String.valueOf(version));
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from activities", Long.class);
	}

}
