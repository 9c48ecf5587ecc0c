package vn.hanoi.cooperation.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One round of the work loop (issue 17), each person led by their inbox: staff submit a result, the coordinator
 * returns it with a reason, staff read it first in /my-work (and an e-mail waits in the outbox), fix and submit
 * again, the coordinator approves it from the queue and sees the next waiting one, the partner province confirms it,
 * and the leader's digest shows the approval.
 */
@PortalTest
class WorkLoopJourneyTest extends BrowserTestSupport {

	static final String REASON = "Số liệu quý IV chưa khớp báo cáo tổng hợp, đề nghị kiểm tra lại";

	static final String STAFF_EMAIL = "canbo.sct.journey@hanoi.gov.vn";

	Long result;

	Long nextInQueue;

	@BeforeEach
	void draftAndAnotherWaiting() {
		this.result = BrowserFixtures.result(this.jdbc, "TM.TUAN_HANG", "SCT_2025", "11", "DRAFT");
		this.nextInQueue = BrowserFixtures.result(this.jdbc, "TM.DOANH_NGHIEP", "SCT_2025", null, "SUBMITTED");
		this.jdbc.update("update accounts set email = ? where username = ?", STAFF_EMAIL,
				this.accounts.username(Role.STAFF));
	}

	@AfterEach
	void removeThem() {
		this.jdbc.update("update accounts set email = null where username = ?", this.accounts.username(Role.STAFF));
		for (Long id : new Long[] { this.result, this.nextInQueue }) {
			this.jdbc.update("delete from outgoing_emails where notification_id in "
					+ "(select id from notifications where link = ?)", "/results/" + id);
			this.jdbc.update("delete from notifications where link = ?", "/results/" + id);
		}
		BrowserFixtures.removeResults(this.jdbc, this.result, this.nextInQueue);
	}

	@Test
	void aReturnedResultGoesRoundTheLoopToTheLeadersDigest() {
		String indicator = BrowserFixtures.indicatorName(this.jdbc, "TM.TUAN_HANG");
		try (Journey staff = loggedIn(Role.STAFF, "work-loop-staff")) {
			submit(staff, "submitted");

			try (Journey coordinator = loggedIn(Role.COORDINATOR, "work-loop-coordinator")) {
				Page page = coordinator.page();
				coordinator.open("/results/queue");
				Locator row = page.locator("tr:has(#pick-" + this.result + ")");
				row.locator("summary").click();
				row.getByLabel(coordinator.text("queue.reason")).fill(REASON);
				row.getByRole(AriaRole.BUTTON,
						new Locator.GetByRoleOptions().setName(coordinator.text("queue.returnWithReason")))
					.click();
				assertThat(page.locator(".alert[role=status]").first())
					.containsText(coordinator.text("flash.resultReturned"));
				coordinator.shoot("returned-with-reason");

				// Staff see it first in their inbox, with the reason; the e-mail waits in the outbox.
				staff.open("/my-work");
				Locator returned = staff.page().locator("#inbox-returned");
				assertThat(returned).containsText(REASON);
				staff.shoot("inbox-shows-the-return");
				assertThat(this.jdbc.queryForList("""
						select e.recipient from outgoing_emails e join notifications n on n.id = e.notification_id
						where n.kind = 'RESULT_RETURNED' and n.link = ?""", String.class, "/results/" + this.result))
					.containsExactly(STAFF_EMAIL);
				returned.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(indicator)).first().click();
				assertThat(staff.page().getByRole(AriaRole.ALERT)).containsText(REASON);
				submit(staff, "submitted-again");
				staff.open("/my-work");
				assertThat(staff.page().locator("#inbox-returned")).not().containsText(REASON);

				// The coordinator approves it from the queue; the queue then offers the next waiting result.
				coordinator.open("/results/queue");
				page.locator("tr:has(#pick-" + this.result + ")")
					.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(coordinator.text("results.approve")))
					.click();
				assertThat(page.locator("#next-waiting-link")).isVisible();
				assertThat(page.locator("#next-waiting-link").getAttribute("href"))
					.isNotEqualTo("/results/" + this.result);
				assertThat(page.locator("#pick-" + this.result)).hasCount(0);
				assertThat(page.locator("#pick-" + this.nextInQueue)).hasCount(1);
				coordinator.shoot("approved-next-shown");
			}
		}

		try (Journey province = loggedIn(Role.PROVINCE, "work-loop-province")) {
			Page page = province.page();
			province.open("/my-work");
			page.locator("#inbox-toConfirm")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(indicator))
				.first()
				.click();
			page.locator("#confirmation summary").click();
			page.locator("#confirmation")
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(province.text("confirmation.confirm")))
				.click();
			assertThat(page.locator(".alert[role=status]").first()).containsText(province.text("flash.resultConfirmed"));
			province.shoot("province-confirmed");
		}

		try (Journey leader = loggedIn(Role.LEADER, "work-loop-leader")) {
			leader.open("/my-work");
			assertThat(leader.page().locator("#inbox-approvals a[href='/results/" + this.result + "']")).isVisible();
			leader.shoot("leader-digest");
		}
	}

	/** Staff open the result and send it for approval. */
	private void submit(Journey staff, String shot) {
		staff.open("/results/" + this.result);
		staff.page()
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(staff.text("results.submit")))
			.click();
		assertThat(staff.page().locator(".alert[role=status]").first())
			.containsText(staff.text("flash.resultSubmitted"));
		staff.shoot(shot);
	}

}
