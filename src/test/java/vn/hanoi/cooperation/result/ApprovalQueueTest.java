package vn.hanoi.cooperation.result;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The coordinator's approval queue: filters, approving several at once with each checked as if alone, returning
 * with a reason, the next waiting result after each action, and a page read in a fixed number of statements.
 */
@PortalTest
class ApprovalQueueTest {

	static final int YEAR = 2028;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;


	TestResults results;

	@BeforeEach
	void claimYear() {
		this.results = new TestResults(this.jdbc).year(YEAR);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void approvingSeveralApprovesEachThatMayBeAndSaysWhyTheOthersWereNot() {
		Long trade = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.SUBMITTED);
		Long culture = this.results.create("VH.SU_KIEN", YEAR, "SVHTT_2025", null, null, "5", ResultStatus.SUBMITTED);
		Long changed = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", "11", null, "1", ResultStatus.SUBMITTED);
		long seen = this.results.version(changed);
		// Someone changes it after the coordinator opened the queue: the version posted is stale.
		this.jdbc.update("update yearly_results set version = version + 1 where id = ?", changed);

		MvcTestResult posted = this.mvc.post().uri("/results/queue/approve").with(this.accounts.as(Role.COORDINATOR))
			.with(csrf()).param("year", String.valueOf(YEAR))
			.param("pick", pick(trade), pick(culture), changed + ":" + seen).exchange();
		assertThat(posted).hasRedirectedUrl("/results/queue?year=" + YEAR);
		assertThat(posted).flash().containsEntry("approvedCount", 2);
		assertThat(this.results.status(trade)).isEqualTo("APPROVED");
		assertThat(this.results.status(culture)).isEqualTo("APPROVED");
		assertThat(this.results.status(changed)).isEqualTo("SUBMITTED");

		String page = TestPages.text(this.mvc.get().uri("/results/queue?year=" + YEAR)
			.with(this.accounts.as(Role.COORDINATOR)).flashAttrs(posted.getMvcResult().getFlashMap()).exchange());
		assertThat(page).contains("Đã duyệt 2 số liệu", "Số liệu #" + changed,
				"Người khác vừa thay đổi kết quả này");
		// The next waiting result is the one left.
		assertThat(page).containsPattern("id=\"next-waiting-link\" href=\"/results/" + changed + "\"");
	}

	@Test
	void theQueueFiltersByDepartmentAndIndicatorAndAReturnNeedsAReason() {
		Long trade = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.SUBMITTED);
		Long culture = this.results.create("VH.SU_KIEN", YEAR, "SVHTT_2025", null, null, "5", ResultStatus.SUBMITTED);
		Long sct = this.jdbc.queryForObject("select id from departments where code = 'SCT_2025'", Long.class);
		String filtered = queue("?year=" + YEAR + "&department=" + sct);
		assertThat(filtered).contains("href=\"/results/" + trade + "\"").doesNotContain("href=\"/results/" + culture + "\"");
		Long event = this.jdbc.queryForObject("select id from indicators where code = 'VH.SU_KIEN'", Long.class);
		assertThat(queue("?year=" + YEAR + "&indicator=" + event)).contains("href=\"/results/" + culture + "\"")
			.doesNotContain("href=\"/results/" + trade + "\"");

		MvcTestResult noReason = this.mvc.post().uri("/results/queue/{id}/return", trade)
			.with(this.accounts.as(Role.COORDINATOR)).with(csrf()).param("version", pick(trade).split(":")[1])
			.param("year", String.valueOf(YEAR)).param("reason", "  ").exchange();
		assertThat(noReason).flash().containsEntry("refusal", "returnReasonRequired");
		assertThat(this.results.status(trade)).isEqualTo("SUBMITTED");

		MvcTestResult returned = this.mvc.post().uri("/results/queue/{id}/return", trade)
			.with(this.accounts.as(Role.COORDINATOR)).with(csrf()).param("version", pick(trade).split(":")[1])
			.param("year", String.valueOf(YEAR)).param("department", String.valueOf(sct))
			.param("reason", "Thiếu số liệu tháng 12").exchange();
		assertThat(returned).hasRedirectedUrl("/results/queue?year=" + YEAR + "&department=" + sct);
		assertThat(this.results.status(trade)).isEqualTo("RETURNED");
		assertThat(queue("?year=" + YEAR)).containsPattern("id=\"next-waiting-link\" href=\"/results/" + culture + "\"");
	}

	/** The browser counts a line break once and sends it as CR LF; a refused reason comes back into its box. */
	@Test
	void aReasonIsMeasuredAsTheBrowserCountsItAndATooLongOneIsGivenBack() {
		Long trade = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.SUBMITTED);
		String tooLong = "Cần bổ sung. ".repeat(160);
		MvcTestResult refused = this.mvc.post().uri("/results/queue/{id}/return", trade)
			.with(this.accounts.as(Role.COORDINATOR)).with(csrf()).param("version", String.valueOf(this.results.version(trade)))
			.param("reason", tooLong).exchange();
		assertThat(refused).flash().containsEntry("refusal", "returnReasonTooLong");
		String page = TestPages.text(this.mvc.get().uri("/results/queue")
			.with(this.accounts.as(Role.COORDINATOR)).flashAttrs(refused.getMvcResult().getFlashMap()).exchange());
		assertThat(page).contains("dài quá 2.000 ký tự", "Cần bổ sung. Cần bổ sung. ");
		assertThat(this.results.status(trade)).isEqualTo("SUBMITTED");

		// 1,980 characters and 20 line breaks: 2,000 in the browser's count, 2,020 bytes of CR LF on the wire.
		String lines = ("x".repeat(99) + "\r\n").repeat(20);
		assertThat(lines.replace("\r\n", "\n")).hasSize(2000);
		assertThat(this.mvc.post().uri("/results/queue/{id}/return", trade).with(this.accounts.as(Role.COORDINATOR))
			.with(csrf()).param("version", String.valueOf(this.results.version(trade))).param("reason", lines))
			.flash().containsEntry("message", "resultReturned");
		assertThat(this.results.status(trade)).isEqualTo("RETURNED");
	}

	@Test
	void nobodyButTheCoordinatorApproves() {
		Long trade = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.SUBMITTED);
		for (Role role : List.of(Role.STAFF, Role.LEADER, Role.PROVINCE, Role.ADMIN)) {
			assertThat(this.mvc.post().uri("/results/queue/approve").with(this.accounts.as(role)).with(csrf())
				.param("pick", pick(trade))).hasStatus(404);
		}
		assertThat(this.results.status(trade)).isEqualTo("SUBMITTED");
	}

	@Test
	void twoHundredResultsAreApprovedInOneRequest() {
		insertSubmitted(200);
		List<String> picks = this.jdbc.queryForList(
				"select id || ':' || version from yearly_results where year = ? and status = 'SUBMITTED'", String.class,
				YEAR);
		assertThat(picks).hasSize(200);
		long start = System.nanoTime();
		MvcTestResult posted = this.mvc.post().uri("/results/queue/approve").with(this.accounts.as(Role.COORDINATOR))
			.with(csrf()).param("year", String.valueOf(YEAR)).param("pick", picks.toArray(String[]::new)).exchange();
		long millis = (System.nanoTime() - start) / 1_000_000;
		// Printed, not asserted: the figure depends on the machine (the load average tells how busy it was).
		System.out.println("BENCHMARK bulk approval: 200 results approved in one request in " + millis
				+ " ms (load average " + loadAverage() + ")");
		assertThat(posted).flash().containsEntry("approvedCount", 200);
		assertThat(this.jdbc.queryForObject("select count(*) from yearly_results where year = ? and status = 'APPROVED'",
				Integer.class, YEAR)).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from yearly_result_changes c join yearly_results r on r.id = c.result_id
				where r.year = ? and c.action = 'APPROVED'""", Integer.class, YEAR)).as("each approval in the history")
			.isEqualTo(200);
	}

	/**
	 * Bulk approval writes in batches: the same number of statements for 200 results as for 10 (it was several per
	 * result: an update, a history line, and per result the notice's recipients and one insert per person).
	 */
	@Test
	void approvingTwoHundredRunsNoMoreStatementsThanApprovingTen() {
		insertSubmitted(10);
		long ten = approveEverySubmitted(10);
		insertSubmitted(200);
		long twoHundred = approveEverySubmitted(200);
		assertThat(twoHundred).as("statements for 200 approvals").isEqualTo(ten).isLessThanOrEqualTo(25);
	}

	/** A batch tells exactly the people one approval at a time would, and mails those who want it at once. */
	@Test
	void aBulkApprovalNotifiesAndMailsAsApprovingOneByOneDoes() {
		this.jdbc.update("update accounts set email = 'canbo.sct@hanoi.gov.vn' where username = 'test.staff'");
		this.jdbc.update("""
				insert into notification_preferences (account_id, kind, delivery)
				select id, 'RESULT_APPROVED', 'IMMEDIATE' from accounts where username = 'test.staff'
				on conflict (account_id, kind) do update set delivery = excluded.delivery""");
		try {
			this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.SUBMITTED);
			this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", "11", null, "1", ResultStatus.SUBMITTED);
			this.results.create("VH.SU_KIEN", YEAR, "SVHTT_2025", "11", null, "5", ResultStatus.SUBMITTED);
			List<Long> ids = this.jdbc.queryForList("select id from yearly_results where year = ? order by id",
					Long.class, YEAR);
			for (Long id : ids) {
				assertThat(this.mvc.post().uri("/results/{id}/approve", id).param("version", String.valueOf(
						this.results.version(id))).with(this.accounts.as(Role.COORDINATOR)).with(csrf()))
					.hasStatus3xxRedirection();
			}
			List<String> oneByOne = told();
			assertThat(oneByOne).as("the department's staff and the province's officers").hasSizeGreaterThan(3)
				.anySatisfy(line -> assertThat(line).startsWith("test.staff ").endsWith(" mailed"));

			forgetNotices();
			this.jdbc.update("update yearly_results set status = 'SUBMITTED', approved_at = null, approved_by = null, "
					+ "approved_by_name = null where year = ?", YEAR);
			assertThat(approveEverySubmitted(3)).isPositive();
			assertThat(told()).isEqualTo(oneByOne);
		}
		finally {
			forgetNotices();
			this.jdbc.update("update accounts set email = null where username = 'test.staff'");
			this.jdbc.update("""
					delete from notification_preferences where kind = 'RESULT_APPROVED'
					  and account_id = (select id from accounts where username = 'test.staff')""");
		}
	}

	/** The notices and e-mails about this year's results, which no other test expects. */
	private void forgetNotices() {
		String links = "(select '/results/' || id from yearly_results where year = ?)";
		this.jdbc.update("delete from outgoing_emails where notification_id in (select id from notifications where link in "
				+ links + ")", YEAR);
		this.jdbc.update("delete from notifications where link in " + links, YEAR);
	}

	/** Who was told of this year's approvals: "username link", and " mailed" when an e-mail waits to go. */
	private List<String> told() {
		return this.jdbc.queryForList("""
				select a.username || ' ' || n.link || case when e.id is null then '' else ' mailed' end
				from notifications n join accounts a on a.id = n.account_id
				  left join outgoing_emails e on e.notification_id = n.id
				where n.kind = 'RESULT_APPROVED'
				  and n.link in (select '/results/' || id from yearly_results where year = ?)
				order by 1""", String.class, YEAR);
	}

	/** Approves every submitted result of the year in one request; answers the statements it ran. */
	private long approveEverySubmitted(int expected) {
		List<String> picks = this.jdbc.queryForList(
				"select id || ':' || version from yearly_results where year = ? and status = 'SUBMITTED'", String.class,
				YEAR);
		assertThat(picks).hasSize(expected);
		long statements = SqlStatements.countDuring(() -> assertThat(this.mvc.post().uri("/results/queue/approve")
			.with(this.accounts.as(Role.COORDINATOR)).with(csrf()).param("year", String.valueOf(YEAR))
			.param("pick", picks.toArray(String[]::new))).flash().containsEntry("approvedCount", expected));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from record_changes c join yearly_results r on r.id = c.record_id
				where c.record_kind = 'RESULT' and r.year = ? and c.action = 'APPROVED'""", Integer.class, YEAR))
			.as("each approval in the history").isGreaterThanOrEqualTo(expected);
		return statements;
	}

	@Test
	void theQueuePageRunsTheSameStatementsForAFewResultsAsForThousands() {
		insertSubmitted(3);
		long few = statements();
		insertSubmitted(3000);
		assertThat(statements()).isEqualTo(few);
	}

	private long statements() {
		return SqlStatements.countDuring(() -> assertThat(
				this.mvc.get().uri("/results/queue").with(this.accounts.as(Role.COORDINATOR))).hasStatusOk());
	}

	/** Submitted results of the year: indicators × 2025 provinces × current departments, as many as asked. */
	private void insertSubmitted(int count) {
		this.jdbc.update("delete from yearly_results where year = ?", YEAR);
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, actual, status, submitted_at)
				select i.id, ?, d.id, p.id, 5, 'SUBMITTED', now()
				from indicators i
				cross join (select id from departments where valid_to is null) d
				cross join (select id from provinces where valid_from = date '2025-07-01' and code <> '01') p
				order by i.id, d.id, p.id limit ?""", YEAR, count);
	}

	private static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException ex) {
			return "unknown";
		}
	}

	private String pick(Long id) {
		return id + ":" + this.results.version(id);
	}

	private String queue(String query) {
		return TestPages.text(this.mvc.get().uri("/results/queue" + query).with(this.accounts.as(Role.COORDINATOR))
			.exchange());
	}

}
