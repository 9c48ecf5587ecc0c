package vn.hanoi.cooperation.inbox;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.result.ReportingYear;
import vn.hanoi.cooperation.result.ResultStatus;
import vn.hanoi.cooperation.result.TestResults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Each role's inbox lists what waits for it, links each item to where it is done, and drops the item once it is
 * done; staff see only their department's work and a province officer only their province's.
 */
@PortalTest
class InboxTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportingYear reportingYear;

	InboxFixtures fixtures;

	/** Today's reporting year, which no test locks (last year until the configured day, end of March by default). */
	int year;

	@BeforeEach
	void setUp() {
		this.fixtures = new InboxFixtures(this.jdbc, this.reportingYear);
		this.year = this.fixtures.year();
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.clear();
	}

	@Test
	void staffSeeTheirReturnedResultWithItsReasonUntilTheyResubmitIt() {
		Long returned = this.fixtures.result("TM.TUAN_HANG", "SCT_2025", null, "RETURNED");
		Long draft = this.fixtures.result("TM.SAN_LUONG_KET_NOI", "SCT_2025", null, "DRAFT");
		Long otherDepartment = this.fixtures.result("VH.SU_KIEN", "SVHTT_2025", null, "RETURNED");

		String inbox = inbox(this.accounts.as(Role.STAFF));
		assertThat(section(inbox, "returned")).contains("href=\"/results/" + returned + "\"", "Thiếu số liệu quý IV")
			.doesNotContain("/results/" + otherDepartment + "\"");
		assertThat(section(inbox, "drafts")).contains("href=\"/results/" + draft + "\"");
		// A breakdown row names its province: a department's drafts of one indicator do not all read alike.
		Long breakdown = this.fixtures.result("TM.SAN_LUONG_KET_NOI", "SCT_2025", "11", "DRAFT");
		assertThat(section(inbox(this.accounts.as(Role.STAFF)), "drafts"))
			.contains("Sản lượng hàng hóa được kết nối tiêu thụ (" + this.year + ") – Điện Biên</a>")
			.contains("href=\"/results/" + breakdown + "\"");
		// The menu counts what waits: one returned, one draft, nothing else of the department's yet.
		assertThat(inbox).containsPattern("id=\"inbox-count\"[^>]*>\\d+<");

		// Done: the figure is corrected and submitted again; the item leaves by itself.
		this.jdbc.update("update yearly_results set status = 'SUBMITTED', return_reason = null where id = ?", returned);
		assertThat(section(inbox(this.accounts.as(Role.STAFF)), "returned")).doesNotContain("/results/" + returned + "\"");
	}

	/**
	 * A section shows ten items but counts them all: the rest are reached from it, on each open year's list of the
	 * department's entries in that state (the list is a year's; the section spans every open year).
	 */
	@Test
	void returnedAndDraftResultsBeyondTheTenShownAreReachedFromTheInboxYearByYear() {
		TestResults results = new TestResults(this.jdbc).year(2023);
		try {
			this.jdbc.update("""
					insert into yearly_results (indicator_id, year, department_id, province_id, actual, status,
					                            return_reason)
					select (select id from indicators where code = 'TM.SAN_LUONG_KET_NOI'), ?,
					       (select id from departments where code = 'SCT_2025'), p.id, 10, 'RETURNED', 'Thiếu số liệu'
					from (select id from provinces where valid_from = date '2025-07-01' and code <> '01'
					      order by code limit 11) p""", this.year);
			Long older = results.create("TM.TUAN_HANG", 2023, "SCT_2025", null, null, "10", ResultStatus.RETURNED);
			Long draft = this.fixtures.result("TM.TUAN_HANG", "SCT_2025", null, "DRAFT");

			String returned = section(inbox(this.accounts.as(Role.STAFF)), "returned");
			assertThat(returned).contains("Số liệu bị trả lại (12)");
			assertThat(returned.split("class=\"list-group-item inbox-item\"", -1)).hasSize(Inbox.SHOWN + 1);
			String ofYear = "/results/years/" + this.year + "/entries?status=RETURNED";
			assertThat(returned).contains("href=\"" + ofYear + "\">Xem tất cả năm " + this.year + " (11)</a>",
					"href=\"/results/years/2023/entries?status=RETURNED\">Xem tất cả năm 2023 (1)</a>");

			// Each year's list holds every one of the section's items of that year.
			String list = html("/results/years/" + this.year + "/entries?status=RETURNED");
			for (Long id : this.jdbc.queryForList("select id from yearly_results where year = ? and status = 'RETURNED'",
					Long.class, this.year)) {
				assertThat(list).contains("href=\"/results/" + id + "\"");
			}
			assertThat(html("/results/years/2023/entries?status=RETURNED")).contains("href=\"/results/" + older + "\"");

			// All shown: nothing more to reach.
			assertThat(section(inbox(this.accounts.as(Role.STAFF)), "drafts")).contains("/results/" + draft + "\"")
				.doesNotContain("entries?status=DRAFT");

			// The eleven go back to draft: now the drafts section has more than it shows.
			this.jdbc.update("""
					update yearly_results set status = 'DRAFT', return_reason = null
					where year = ? and status = 'RETURNED'""", this.year);
			String inbox = inbox(this.accounts.as(Role.STAFF));
			assertThat(section(inbox, "drafts")).contains("Số liệu nháp chưa gửi duyệt (12)", "href=\"/results/years/"
					+ this.year + "/entries?status=DRAFT\">Xem tất cả năm " + this.year + " (12)</a>");
			assertThat(section(inbox, "returned")).contains("Số liệu bị trả lại (1)").doesNotContain("entries?status=");
		}
		finally {
			results.removeAll();
		}
	}

	/** A locked year's unapproved figures can be neither changed nor decided on: they wait for nobody. */
	@Test
	void resultsOfALockedYearLeaveTheInboxesAndTheApprovalQueue() {
		TestResults results = new TestResults(this.jdbc).year(2023);
		try {
			Long returned = results.create("TM.TUAN_HANG", 2023, "SCT_2025", null, null, "10", ResultStatus.RETURNED);
			Long submitted = results.create("TM.SAN_LUONG_KET_NOI", 2023, "SCT_2025", null, null, "10",
					ResultStatus.SUBMITTED);
			assertThat(section(inbox(this.accounts.as(Role.STAFF)), "returned")).contains("/results/" + returned + "\"");
			assertThat(section(inbox(this.accounts.as(Role.COORDINATOR)), "waiting"))
				.contains("/results/" + submitted + "\"");

			this.jdbc.update("insert into locked_years (year, locked_by_name) values (2023, 'Điều phối')");
			assertThat(inbox(this.accounts.as(Role.STAFF))).doesNotContain("/results/" + returned + "\"");
			assertThat(inbox(this.accounts.as(Role.COORDINATOR))).doesNotContain("/results/" + submitted + "\"");
			var queue = this.mvc.get().uri("/results/queue").with(this.accounts.as(Role.COORDINATOR)).exchange();
			assertThat(new String(queue.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
				.doesNotContain("/results/" + submitted + "\"");
		}
		finally {
			results.removeAll();
		}
	}

	@Test
	void staffSeeTheIndicatorsTheirDepartmentHasNotEnteredForTheReportingYear() {
		String before = section(inbox(this.accounts.as(Role.STAFF)), "missing");
		Long fairs = this.jdbc.queryForObject("select id from indicators where code = 'TM.TUAN_HANG'", Long.class);
		assertThat(before).contains("Chỉ tiêu đơn vị chưa nhập cho năm " + this.year + " (")
			.contains("TM.TUAN_HANG").doesNotContain("VH.SU_KIEN")
			.contains("href=\"/results/new?year=" + this.year + "&amp;indicator=" + fairs + "\"");
		// The item opens the form with its indicator chosen.
		var form = this.mvc.get().uri("/results/new?year={y}&indicator={i}", this.year, fairs)
			.with(this.accounts.as(Role.STAFF))
			.exchange();
		assertThat(new String(form.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.contains("<option value=\"" + fairs + "\" selected=\"selected\"");
		this.fixtures.result("TM.TUAN_HANG", "SCT_2025", "11", "DRAFT");
		assertThat(section(inbox(this.accounts.as(Role.STAFF)), "missing")).doesNotContain("TM.TUAN_HANG");
	}

	@Test
	void aProvincesMessageWaitsForTheDepartmentUntilHanoiAnswersAndThenTheProvinceSeesTheAnswer() {
		Long activity = this.fixtures.activity("SCT_2025", "null");
		Long otherActivity = this.fixtures.activity("SVHTT_2025", "null");
		this.fixtures.partner(activity, "11", "2025-07-01");
		this.fixtures.partner(otherActivity, "11", "2025-07-01");
		this.fixtures.comment(activity, "11", true, "Đề nghị bổ sung danh sách doanh nghiệp");
		this.fixtures.comment(otherActivity, "11", true, "Câu hỏi cho Sở Văn hóa");

		assertThat(section(inbox(this.accounts.as(Role.STAFF)), "comments"))
			.contains("href=\"/activities/" + activity + "#comments\"", "Đề nghị bổ sung danh sách doanh nghiệp")
			.doesNotContain("/activities/" + otherActivity + "#");
		assertThat(section(inbox(this.accounts.as(Role.PROVINCE)), "answers")).doesNotContain("/activities/" + activity);

		this.fixtures.comment(activity, "11", false, "Sở đã gửi danh sách");
		assertThat(section(inbox(this.accounts.as(Role.STAFF)), "comments")).doesNotContain("/activities/" + activity + "#");
		assertThat(section(inbox(this.accounts.as(Role.PROVINCE)), "answers"))
			.contains("href=\"/activities/" + activity + "#comments\"", "Sở đã gửi danh sách");
		// Another province never sees Điện Biên's conversation.
		assertThat(inbox(this.accounts.provinceOf("08", LocalDate.of(2025, 7, 1)))).doesNotContain("Sở đã gửi danh sách");
	}

	/**
	 * An activity of 2022 has Hà Giang for partner; Tuyên Quang's officer (the 2025 unit Hà Giang joined) writes, and
	 * the department answers Hà Giang: one conversation, answered on both sides.
	 */
	@Test
	void aProvinceWritingAsItsUnitOfTodayAndHanoiAnsweringThePartnerOfTheActivitysDayIsOneConversation() {
		Long activity = this.fixtures.activity("SCT_2025", "null");
		this.fixtures.partner(activity, "02", "2008-08-01");
		this.fixtures.comment(activity, "08", "2025-07-01", true, "Tỉnh đề nghị bổ sung danh sách");
		assertThat(section(inbox(this.accounts.as(Role.STAFF)), "comments"))
			.contains("href=\"/activities/" + activity + "#comments\"", "Tuyên Quang: Tỉnh đề nghị bổ sung danh sách");

		this.fixtures.comment(activity, "02", "2008-08-01", false, "Sở trả lời Hà Giang");
		assertThat(section(inbox(this.accounts.as(Role.STAFF)), "comments"))
			.as("answered: nothing waits for the department").doesNotContain("/activities/" + activity + "#");
		assertThat(section(inbox(this.accounts.provinceOf("08", LocalDate.of(2025, 7, 1))), "answers"))
			.contains("href=\"/activities/" + activity + "#comments\"", "Sở trả lời Hà Giang");
	}

	/**
	 * Hanoi's answer reaches the province through its inbox only while the province may open the activity: once
	 * Hanoi takes the province off the partners (or stops sharing), neither the activity's title nor the answer
	 * shows there, nor counts in the menu, as its page answers 404.
	 */
	@Test
	void anAnswerOnAnActivityNoLongerSharedWithTheProvinceLeavesItsInbox() {
		Long activity = this.fixtures.activity("SCT_2025", "null");
		this.fixtures.partner(activity, "11", "2025-07-01");
		this.fixtures.comment(activity, "11", true, "Tỉnh hỏi về danh sách doanh nghiệp");
		this.fixtures.comment(activity, "11", false, "Sở trả lời: danh sách nội bộ gồm 12 doanh nghiệp");
		String title = this.jdbc.queryForObject("select title from activities where id = ?", String.class, activity);
		assertThat(section(inbox(this.accounts.as(Role.PROVINCE)), "answers"))
			.contains("href=\"/activities/" + activity + "#comments\"", "danh sách nội bộ");
		int before = menuCount(inbox(this.accounts.as(Role.PROVINCE)));
		assertThat(before).isPositive();

		// Hanoi replaces Điện Biên with Lai Châu as the activity's partner.
		this.jdbc.update("delete from activity_partner_provinces where activity_id = ?", activity);
		this.fixtures.partner(activity, "12", "2025-07-01");
		assertThat(this.mvc.get().uri("/activities/{id}", activity).with(this.accounts.as(Role.PROVINCE)))
			.hasStatus(404);
		String after = inbox(this.accounts.as(Role.PROVINCE));
		assertThat(after).doesNotContain("/activities/" + activity + "#", title, "danh sách nội bộ");
		assertThat(menuCount(after)).isEqualTo(before - 1);
	}

	/** The coordinator's word to a province is news for the department for 30 days; it asks nothing of it. */
	@Test
	void theCoordinatorsMessageToAProvinceIsNewsForTheDepartmentForThirtyDays() {
		Long recent = this.fixtures.activity("SCT_2025", "null");
		Long old = this.fixtures.activity("SCT_2025", "null");
		for (Long activity : new Long[] { recent, old }) {
			this.jdbc.update("""
					insert into activity_comments (activity_id, province_id, author_id, author_name, from_province, body,
					                               commented_at)
					values (?, (select id from provinces where code = '11' and valid_from = date '2025-07-01'),
					        (select id from accounts where username = ?), 'Điều phối', false, 'Đề nghị tỉnh phối hợp',
					        now() - cast(? as interval))""", activity, this.accounts.username(Role.COORDINATOR),
					activity.equals(recent) ? "2 days" : "40 days");
		}
		assertThat(section(inbox(this.accounts.as(Role.STAFF)), "comments"))
			.contains("href=\"/activities/" + recent + "#comments\"")
			.doesNotContain("/activities/" + old + "#");
	}

	@Test
	void theCoordinatorSeesWaitingResultsDisputesDepartmentsBehindAndExpiringAgreements() {
		Long waiting = this.fixtures.result("TM.TUAN_HANG", "SCT_2025", null, "SUBMITTED");
		Long disputed = this.fixtures.result("TM.TUAN_HANG", "SCT_2025", "11", "APPROVED");
		this.fixtures.dispute(disputed);
		Long expiring = this.fixtures.agreement("sắp hết hạn", "current_date + 30", false, null);
		Long later = this.fixtures.agreement("còn lâu", "current_date + 400", false, null);

		String inbox = inbox(this.accounts.as(Role.COORDINATOR));
		assertThat(section(inbox, "waiting")).contains("href=\"/results/" + waiting + "\"", "href=\"/results/queue\"");
		assertThat(section(inbox, "disputes")).contains("href=\"/results/" + disputed + "\"", "Số liệu chưa khớp");
		assertThat(section(inbox, "expiring")).contains("href=\"/agreements/" + expiring + "\"")
			.doesNotContain("/agreements/" + later + "\"");
		assertThat(section(inbox, "behind")).contains("Sở Công Thương",
				"href=\"/results/years/" + this.year + "/completeness#department-");
	}

	/**
	 * Điện Biên of 2008–2025 and Điện Biên formed on 1 July 2025 are two units of one name: the inbox marks the
	 * former one as the results grid and the province pages do, in both languages, or the two lines read alike.
	 */
	@Test
	void aFormerUnitIsMarkedSoThatTwoUnitsOfOneNameReadApart() {
		TestResults results = new TestResults(this.jdbc).year(2025);
		try {
			Long former = results.create("TM.SAN_LUONG_KET_NOI", 2025, "SCT_2025", "11@2008-08-01", null, "10",
					ResultStatus.DRAFT);
			Long current = results.create("TM.SAN_LUONG_KET_NOI", 2025, "SCT_2025", "11", null, "10",
					ResultStatus.DRAFT);
			assertThat(section(inbox(this.accounts.as(Role.STAFF)), "drafts")).contains(
					"/results/" + former
							+ "\">Sản lượng hàng hóa được kết nối tiêu thụ (2025) – Điện Biên (đơn vị trước 01/07/2025)</a>",
					"/results/" + current + "\">Sản lượng hàng hóa được kết nối tiêu thụ (2025) – Điện Biên</a>");
			assertThat(section(inbox(this.accounts.as(Role.STAFF), "?lang=en"), "drafts")).contains(
					"/results/" + former + "\">Goods connected to buyers (2025) – Dien Bien (unit before 01/07/2025)</a>",
					"/results/" + current + "\">Goods connected to buyers (2025) – Dien Bien</a>");

			// The coordinator reads which of the two disputes a figure, in the title and in the dispute itself.
			Long disputed = results.create("TM.TUAN_HANG", 2025, "SCT_2025", "11@2008-08-01", null, "10",
					ResultStatus.APPROVED);
			this.fixtures.dispute(disputed);
			assertThat(section(inbox(this.accounts.as(Role.COORDINATOR)), "disputes"))
				.contains("/results/" + disputed + "\">", "(2025) – Điện Biên (đơn vị trước 01/07/2025)</a>",
						"Điện Biên (đơn vị trước 01/07/2025): Số liệu chưa khớp");
		}
		finally {
			results.removeAll();
		}
	}

	@Test
	void aProvinceOfficerSeesOnlyTheirProvincesResultsWaitingForConfirmationUntilTheyAnswer() {
		Long ours = this.fixtures.result("TM.TUAN_HANG", "SCT_2025", "11", "APPROVED");
		Long theirs = this.fixtures.result("TM.TUAN_HANG", "SCT_2025", "08", "APPROVED");
		Long shared = this.fixtures.agreement("chia sẻ với Điện Biên", "null", true, "11");
		Long notShared = this.fixtures.agreement("chưa chia sẻ", "null", false, "11");

		String inbox = inbox(this.accounts.as(Role.PROVINCE));
		assertThat(section(inbox, "toConfirm")).contains("href=\"/results/" + ours + "\"")
			.doesNotContain("/results/" + theirs + "\"");
		assertThat(section(inbox, "shared")).contains("href=\"/agreements/" + shared + "\"")
			.doesNotContain("/agreements/" + notShared + "\"");

		assertThat(this.mvc.post().uri("/results/{id}/confirmation", ours).with(this.accounts.as(Role.PROVINCE))
			.with(csrf()).param("answer", "CONFIRMED")).hasStatus3xxRedirection();
		assertThat(section(inbox(this.accounts.as(Role.PROVINCE)), "toConfirm")).doesNotContain("/results/" + ours + "\"");
	}

	@Test
	void aLeaderSeesWhatChangedSinceTheVisitBefore() {
		// The first visit: nothing was approved yet.
		inbox(this.accounts.as(Role.LEADER));
		this.jdbc.update("update inbox_visits set last_visit_at = now() - interval '2 days'");
		Long approved = this.fixtures.result("TM.TUAN_HANG", "SCT_2025", null, "APPROVED");
		Long overdue = this.fixtures.activity("SCT_2025", "current_date - 1");
		Long longOverdue = this.fixtures.activity("SCT_2025", "current_date - 30");
		this.jdbc.update("update activities set deadline = current_date - 30 where id = ?", longOverdue);

		String digest = inbox(this.accounts.as(Role.LEADER));
		assertThat(section(digest, "approvals")).contains("href=\"/results/" + approved + "\"");
		assertThat(section(digest, "newlyOverdue")).contains("href=\"/activities/" + overdue + "\"")
			.doesNotContain("/activities/" + longOverdue + "\"");
		// Reloading is the same visit: the digest stays.
		assertThat(section(inbox(this.accounts.as(Role.LEADER)), "approvals")).contains("/results/" + approved + "\"");
	}

	/**
	 * The visit before was at 03:00 in Hanoi (20:00 UTC the evening before): an activity due the day before that
	 * visit was already overdue then, whatever the database's own time zone says of the visit's day.
	 */
	@Test
	void aLeadersNewlyOverdueCountsTheVisitsDayInHanoi() {
		inbox(this.accounts.as(Role.LEADER));
		LocalDate visitDay = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3);
		this.jdbc.update("update inbox_visits set last_visit_at = cast(? as timestamp) at time zone 'Asia/Ho_Chi_Minh'",
				visitDay.atTime(3, 0).toString());
		Long dueTheDayBefore = this.fixtures.activity("SCT_2025", "date '" + visitDay.minusDays(1) + "'");
		Long dueThatDay = this.fixtures.activity("SCT_2025", "date '" + visitDay + "'");

		assertThat(section(inbox(this.accounts.as(Role.LEADER)), "newlyOverdue"))
			.contains("href=\"/activities/" + dueThatDay + "\"")
			.doesNotContain("/activities/" + dueTheDayBefore + "\"");
	}

	@Test
	void theAdministratorHasNoInbox() {
		assertThat(this.mvc.get().uri("/my-work").with(this.accounts.as(Role.ADMIN))).hasRedirectedUrl("/admin");
	}

	private String html(String uri) {
		var result = this.mvc.get().uri(uri).with(this.accounts.as(Role.STAFF)).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private String inbox(RequestPostProcessor who) {
		return inbox(who, "");
	}

	private String inbox(RequestPostProcessor who, String query) {
		var result = this.mvc.get().uri("/my-work" + query).with(who).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private String inbox(vn.hanoi.cooperation.account.PortalUser user) {
		return inbox(TestAccounts.as(user));
	}

	/** The count beside "My work" in the menu; none is shown when nothing waits. */
	private static int menuCount(String html) {
		java.util.regex.Matcher count = java.util.regex.Pattern.compile("id=\"inbox-count\"[^>]*>(\\d+)<").matcher(html);
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	/** The HTML of one inbox section. */
	static String section(String html, String key) {
		int start = html.indexOf("id=\"inbox-" + key + "\"");
		assertThat(start).as("section " + key).isNotNegative();
		int end = html.indexOf("</section>", start);
		return html.substring(start, end);
	}

}
