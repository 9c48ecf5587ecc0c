package vn.hanoi.cooperation.notification;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.result.ResultStepTaken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * The people concerned by a step are told in the portal, in the same transaction as the step: the bell counts
 * what they have not read, the list links to the item, and nobody sees or marks another person's notification.
 */
@PortalTest
class NotificationInPortalTest {

	private static final String REASON = "Thiếu số liệu quý IV, đề nghị bổ sung.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	TestNotifications fixture;

	PortalUser staff;

	PortalUser coordinator;

	@BeforeEach
	void setUp() {
		this.fixture = new TestNotifications(this.jdbc);
		this.staff = this.accounts.principal(Role.STAFF);
		this.coordinator = this.accounts.principal(Role.COORDINATOR);
	}

	@AfterEach
	void cleanUp() {
		this.fixture.clear();
	}

	@Test
	void aReturnedResultReachesTheStaffOfItsDepartmentWithTheReasonAndNobodyElse() {
		Long result = this.fixture.result("TM.TUAN_HANG", null, "SUBMITTED");
		assertThat(returnResult(result)).hasStatus3xxRedirection();

		assertThat(this.fixture.kindsOf(this.staff.getUsername())).containsExactly("RESULT_RETURNED");
		PortalUser otherStaff = this.accounts.staffOf("SYT_2025");
		assertThat(this.fixture.kindsOf(otherStaff.getUsername())).isEmpty();
		assertThat(this.fixture.kindsOf(this.coordinator.getUsername())).as("the one who returned it").isEmpty();

		String page = html("/notifications", this.staff);
		assertThat(page).contains("Số liệu bị trả lại:", REASON, "/notifications/" + latest() + "/read")
			// The bell in the layout counts it.
			.contains("Thông báo: 1 chưa đọc");
		assertThat(html("/notifications", otherStaff)).contains("Chưa có thông báo nào.", "Thông báo: 0 chưa đọc")
			.doesNotContain(REASON);
	}

	@Test
	void openingANotificationMarksItReadAndGoesToTheItemAnotherPersonsAnswersNotFound() {
		Long result = this.fixture.result("TM.TUAN_HANG", null, "SUBMITTED");
		returnResult(result);
		Long notification = latest();

		assertThat(this.mvc.post().uri("/notifications/{id}/read", notification).with(as(this.coordinator)).with(csrf()))
			.hasStatus(404);
		assertThat(this.mvc.post().uri("/notifications/{id}/read", notification).with(as(this.staff)))
			.as("without a CSRF token")
			.hasStatus(403);
		assertThat(html("/notifications", this.staff)).contains("Thông báo: 1 chưa đọc");

		assertThat(this.mvc.post().uri("/notifications/{id}/read", notification).with(as(this.staff)).with(csrf()))
			.hasRedirectedUrl("/results/" + result);
		assertThat(html("/notifications", this.staff)).contains("Thông báo: 0 chưa đọc");
	}

	@Test
	void markingAllReadEmptiesTheBellOfThatPersonOnly() {
		Long first = this.fixture.result("TM.TUAN_HANG", null, "SUBMITTED");
		Long second = this.fixture.result("TM.DOANH_NGHIEP", null, "SUBMITTED");
		returnResult(first);
		returnResult(second);
		Long submitted = this.fixture.result("TM.SAN_LUONG_KET_NOI", null, "DRAFT");
		assertThat(this.mvc.post()
			.uri("/results/{id}/submit", submitted)
			.param("version", String.valueOf(this.fixture.version(submitted)))
			.with(as(this.staff))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(html("/notifications", this.staff)).contains("Thông báo: 2 chưa đọc");
		assertThat(html("/notifications", this.coordinator)).contains("Thông báo: 1 chưa đọc", "Số liệu chờ duyệt:");

		assertThat(this.mvc.post().uri("/notifications/read-all").with(as(this.staff)).with(csrf()))
			.hasRedirectedUrl("/notifications");
		assertThat(html("/notifications", this.staff)).contains("Thông báo: 0 chưa đọc");
		assertThat(html("/notifications", this.coordinator)).contains("Thông báo: 1 chưa đọc");
	}

	@Test
	void aDisputeReachesTheCoordinatorsAndTheDepartmentAndAnApprovalReachesTheProvince() {
		Long result = this.fixture.result("TM.TUAN_HANG", "11", "SUBMITTED");
		assertThat(this.mvc.post()
			.uri("/results/{id}/approve", result)
			.param("version", String.valueOf(this.fixture.version(result)))
			.with(as(this.coordinator))
			.with(csrf())).hasStatus3xxRedirection();
		PortalUser dienBien = this.accounts.principal(Role.PROVINCE);
		assertThat(this.fixture.kindsOf(dienBien.getUsername())).containsExactly("RESULT_APPROVED");
		assertThat(this.fixture.kindsOf(this.staff.getUsername())).containsExactly("RESULT_APPROVED");

		assertThat(this.mvc.post()
			.uri("/results/{id}/confirmation", result)
			.param("answer", "DISPUTED")
			.param("comment", "Tỉnh ghi nhận 9, không phải 12.")
			.with(as(dienBien))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.fixture.kindsOf(this.coordinator.getUsername())).containsExactly("RESULT_DISPUTED");
		assertThat(this.fixture.kindsOf(this.staff.getUsername())).containsExactly("RESULT_APPROVED",
				"RESULT_DISPUTED");
		assertThat(html("/notifications?lang=en", this.coordinator)).contains("Province disputes the result:",
				"Tỉnh ghi nhận 9, không phải 12.");
	}

	/** Điện Biên of 2008 and of 2025 share a name: a notice about the former unit's figure says which it is. */
	@Test
	void anApprovalOfAFormerUnitsFigureNamesItAsTheFormerUnit() {
		Long result = this.fixture.result("TM.TUAN_HANG", "11", "SUBMITTED");
		this.jdbc.update("""
				update yearly_results set province_id = (select id from provinces where code = '11'
				  and valid_from = date '2008-08-01') where id = ?""", result);
		assertThat(this.mvc.post()
			.uri("/results/{id}/approve", result)
			.param("version", String.valueOf(this.fixture.version(result)))
			.with(as(this.coordinator))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(html("/notifications", this.staff)).contains("Điện Biên (đơn vị trước 01/07/2025)");
		assertThat(html("/notifications?lang=en", this.staff)).contains("(unit before 01/07/2025)");
	}

	@Test
	void lockingAYearTellsCoordinatorsStaffAndLeadersButNotProvinces() {
		String page = html("/results/years/" + TestNotifications.YEAR + "/lock", this.coordinator);
		java.util.regex.Matcher seen = java.util.regex.Pattern.compile("name=\"seen\" value=\"([^\"]*)\"").matcher(page);
		assertThat(seen.find()).isTrue();
		assertThat(this.mvc.post()
			.uri("/results/years/{year}/lock", TestNotifications.YEAR)
			.param("confirm", "yes")
			.param("seen", seen.group(1))
			.with(as(this.coordinator))
			.with(csrf())).hasStatus3xxRedirection();

		assertThat(this.fixture.kindsOf(this.staff.getUsername())).containsExactly("YEAR_LOCKED");
		assertThat(this.fixture.kindsOf(this.accounts.username(Role.LEADER))).containsExactly("YEAR_LOCKED");
		assertThat(this.fixture.kindsOf(this.coordinator.getUsername())).as("the one who locked it").isEmpty();
		assertThat(this.fixture.kindsOf(this.accounts.username(Role.PROVINCE))).isEmpty();
		assertThat(html("/notifications?lang=en", this.staff)).contains("Results of " + TestNotifications.YEAR + " are locked");
	}

	/**
	 * An old link to a later page (the notifications were fewer by then) leads to the last page, not to "none yet";
	 * an edited page number is the first page, never an error.
	 */
	@Test
	void aPagePastTheEndShowsTheLastPageAndAPageThatIsNoNumberTheFirst() {
		this.jdbc.update("""
				insert into notifications (account_id, kind, link, label_vi, label_en, created_at)
				select ?, 'YEAR_LOCKED', '/results/years/2031', 'Thông báo ' || n, 'Notice ' || n,
				       now() - n * interval '1 minute'
				from generate_series(1, ?) n""", this.staff.getAccountId(), NotificationController.PAGE_SIZE + 1);

		assertThat(this.mvc.get().uri("/notifications?page=7").with(as(this.staff)))
			.hasRedirectedUrl("/notifications?page=1");
		assertThat(html("/notifications?page=1", this.staff)).contains("Thông báo " + (NotificationController.PAGE_SIZE + 1))
			.doesNotContain("Chưa có thông báo nào.");
		for (String page : new String[] { "abc", "-3", "1.5", "99999999999999999999" }) {
			assertThat(html("/notifications?page=" + page, this.staff)).as(page).contains("Thông báo 1 ")
				.doesNotContain("Chưa có thông báo nào.");
		}

		this.jdbc.update("delete from notifications where account_id = ? and label_vi <> 'Thông báo 1'",
				this.staff.getAccountId());
		assertThat(this.mvc.get().uri("/notifications?page=1").with(as(this.staff))).hasRedirectedUrl("/notifications");
	}

	@Test
	void notificationsAreWrittenOnlyInsideTheTransactionOfTheChangeAndRollBackWithIt() {
		Long result = this.fixture.result("TM.TUAN_HANG", null, "SUBMITTED");
		ResultStepTaken returned = new ResultStepTaken(result, RecordChange.Action.RETURNED,
				this.coordinator.getAccountId(), REASON);
		assertThatThrownBy(() -> this.events.publishEvent(returned))
			.isInstanceOf(IllegalTransactionStateException.class);

		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(returned);
			assertThat(this.fixture.kindsOf(this.staff.getUsername())).containsExactly("RESULT_RETURNED");
			status.setRollbackOnly();
		});
		assertThat(this.fixture.kindsOf(this.staff.getUsername())).isEmpty();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult returnResult(Long result) {
		return this.mvc.post()
			.uri("/results/{id}/return", result)
			.param("version", String.valueOf(this.fixture.version(result)))
			.param("reason", REASON)
			.with(as(this.coordinator))
			.with(csrf())
			.exchange();
	}

	private Long latest() {
		return this.fixture.latestIdOf(this.staff.getUsername());
	}

	private String html(String url, PortalUser user) {
		var response = this.mvc.get().uri(url).with(as(user)).exchange().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return HtmlUtils.htmlUnescape(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
