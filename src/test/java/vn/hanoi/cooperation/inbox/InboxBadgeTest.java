package vn.hanoi.cooperation.inbox;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.result.ReportingYear;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count beside "My work" is on every page: it is kept per person and read again only when something it counts
 * changes, including the records that had no data version before (conversations, failed imports, a leader's
 * visits).
 */
@PortalTest
class InboxBadgeTest {

	private static final Pattern BADGE = Pattern.compile("id=\"inbox-count\"[^>]*>(\\d+)<");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReportingYear reportingYear;

	InboxFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new InboxFixtures(this.jdbc, this.reportingYear);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from import_failures where file_name = 'badge-test.xlsx'");
		this.fixtures.clear();
	}

	@Test
	void aRepeatedPageDoesNotCountTheInboxAgainUntilAProvinceWritesToTheDepartment() {
		RequestPostProcessor staff = this.accounts.as(Role.STAFF);
		Long activity = this.fixtures.activity("SCT_2025", "null");
		int before = badge(staff);

		this.fixtures.comment(activity, "11", true, "Đề nghị bổ sung danh sách doanh nghiệp");
		long counted = SqlStatements.countDuring(() -> page(staff));
		long kept = SqlStatements.countDuring(() -> page(staff));
		assertThat(counted - kept).as("the reporting year, the inbox and the activities needing attention, counted once")
			.isEqualTo(3);
		assertThat(badge(staff)).as("the province's message waits for the department").isEqualTo(before + 1);
		this.fixtures.comment(activity, "11", false, "Sở đã gửi danh sách");
		assertThat(badge(staff)).as("answered, it waits no more").isEqualTo(before);
	}

	@Test
	void aFailedImportCountsForTheCoordinatorAtOnceAndLeavesWhenDismissed() {
		RequestPostProcessor coordinator = this.accounts.as(Role.COORDINATOR);
		int before = badge(coordinator);
		this.jdbc.update("""
				insert into import_failures (kind, account_name, file_name, reason_vi, reason_en)
				values ('ACTIVITIES', 'Cán bộ Sở Công Thương', 'badge-test.xlsx', 'Tệp không đọc được', 'Unreadable file')""");
		assertThat(badge(coordinator)).isEqualTo(before + 1);
		this.jdbc.update("""
				update import_failures set dismissed_at = now(), dismissed_by = 'Điều phối'
				where file_name = 'badge-test.xlsx'""");
		assertThat(badge(coordinator)).isEqualTo(before);
	}

	@Test
	void aLeadersCountStartsAgainFromTheirVisit() {
		RequestPostProcessor leader = this.accounts.as(Role.LEADER);
		assertThat(this.mvc.get().uri("/my-work").with(leader)).as("the leader's first visit").hasStatusOk();
		this.fixtures.result("TM.TUAN_HANG", "SCT_2025", null, "APPROVED");
		this.jdbc.update("update inbox_visits set last_visit_at = now() - interval '2 days'");
		int sinceTwoDaysAgo = badge(leader);
		assertThat(sinceTwoDaysAgo).as("the approval since the visit two days ago").isPositive();
		this.jdbc.update("update inbox_visits set last_visit_at = now() + interval '1 minute'");
		assertThat(badge(leader)).as("nothing changed since a visit that has just begun").isZero();
	}

	@Test
	void aDownloadDoesNotCountTheInbox() {
		RequestPostProcessor staff = this.accounts.as(Role.STAFF);
		Long activity = this.fixtures.activity("SCT_2025", "null");
		page(staff);
		// A new message would make the next page count again; a download must not.
		this.fixtures.comment(activity, "11", true, "Đề nghị bổ sung danh sách doanh nghiệp");
		long afterTheMessage = SqlStatements.countDuring(() -> download(staff));
		long again = SqlStatements.countDuring(() -> download(staff));
		assertThat(afterTheMessage).isEqualTo(again);
		assertThat(SqlStatements.countDuring(() -> page(staff)) - SqlStatements.countDuring(() -> page(staff)))
			.as("the page that follows counts the message").isEqualTo(3);
	}

	private void download(RequestPostProcessor who) {
		assertThat(this.mvc.get().uri("/agreements/export.csv").with(who)).hasStatusOk();
	}

	private String page(RequestPostProcessor who) {
		var result = this.mvc.get().uri("/activities?year=2022").with(who).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The number beside "My work" on the activity list (0 when no badge is shown). */
	private int badge(RequestPostProcessor who) {
		Matcher badge = BADGE.matcher(page(who));
		return badge.find() ? Integer.parseInt(badge.group(1)) : 0;
	}

}
