package vn.hanoi.cooperation.result;

import java.util.ArrayList;
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

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * After approving or returning a result the coordinator is offered the next one waiting in the same year, in
 * the order of the year's entry list, until nothing else waits.
 */
@PortalTest
class NextWaitingResultTest {

	static final int YEAR = 2026;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestResults results;

	PortalUser coordinator;

	@BeforeEach
	void claimYears() {
		this.results = new TestResults(this.jdbc).year(YEAR).year(YEAR + 1);
		this.coordinator = this.accounts.principal(Role.COORDINATOR);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void eachDecisionOffersTheNextWaitingResultUntilNoneIsLeft() {
		this.results.create("VH.SU_KIEN", YEAR, "SVHTT_2025", null, null, "5", ResultStatus.SUBMITTED);
		this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.SUBMITTED);
		this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", "11", null, "1", ResultStatus.SUBMITTED);
		// Neither a draft of the year nor a result waiting in another year is offered.
		Long draft = this.results.create("TM.SAN_LUONG_KET_NOI", YEAR, "SCT_2025", null, null, "10",
				ResultStatus.DRAFT);
		Long otherYear = this.results.create("TM.TUAN_HANG", YEAR + 1, "SCT_2025", null, null, "2",
				ResultStatus.SUBMITTED);

		// The queue's order is the one the year's entry list shows for "awaiting approval".
		List<Long> queue = waitingInEntryList();
		assertThat(queue).hasSize(3).doesNotContain(draft, otherYear);

		String afterFirst = decide(queue.get(0), "approve", null, "resultApproved");
		assertThat(nextLink(afterFirst)).isEqualTo(queue.get(1));
		assertThat(afterFirst).contains("Còn 2 số liệu của năm 2026 chờ duyệt");

		String afterSecond = decide(queue.get(1), "return", "Thiếu số liệu tháng 12", "resultReturned");
		assertThat(nextLink(afterSecond)).isEqualTo(queue.get(2));
		assertThat(afterSecond).contains("Còn 1 số liệu của năm 2026 chờ duyệt");

		String afterLast = decide(queue.get(2), "approve", null, "resultApproved");
		assertThat(nextLink(afterLast)).isNull();
		assertThat(afterLast).contains("Không còn số liệu nào của năm 2026 chờ duyệt")
			.contains("href=\"/results/years/2026/entries?status=SUBMITTED&scope=all\"");
	}

	@Test
	void theOfferAppearsOnlyRightAfterTheCoordinatorsDecision() {
		Long waiting = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.SUBMITTED);
		this.results.create("VH.SU_KIEN", YEAR, "SVHTT_2025", null, null, "5", ResultStatus.SUBMITTED);
		assertThat(TestPages.text(this.mvc.get().uri("/results/{id}", waiting).with(as(this.coordinator)).exchange()))
			.doesNotContain("id=\"next-waiting\"");
		// Staff are never offered the coordinator's queue, even with the same message.
		assertThat(TestPages.text(this.mvc.get().uri("/results/{id}", waiting).with(as(this.accounts.principal(Role.STAFF)))
			.flashAttr("message", "resultApproved").exchange())).doesNotContain("id=\"next-waiting\"");
	}

	/** Posts the decision as the coordinator, then opens the page it redirects to with its message. */
	private String decide(Long id, String step, String reason, String message) {
		var post = this.mvc.post().uri("/results/{id}/" + step, id).with(as(this.coordinator)).with(csrf())
			.param("version", String.valueOf(this.results.version(id)));
		if (reason != null) {
			post = post.param("reason", reason);
		}
		MvcTestResult decided = post.exchange();
		assertThat(decided).hasRedirectedUrl("/results/" + id).flash().containsEntry("message", message);
		return TestPages.text(this.mvc.get().uri("/results/{id}", id).with(as(this.coordinator))
			.flashAttr("message", message).exchange());
	}

	private List<Long> waitingInEntryList() {
		String html = TestPages.text(this.mvc.get()
			.uri("/results/years/{y}/entries?status=SUBMITTED&scope=all", YEAR)
			.with(as(this.coordinator))
			.exchange());
		List<Long> ids = new ArrayList<>();
		Matcher link = Pattern.compile("href=\"/results/(\\d+)\"").matcher(html);
		while (link.find()) {
			ids.add(Long.valueOf(link.group(1)));
		}
		return ids;
	}

	private static Long nextLink(String html) {
		assertThat(html).contains("id=\"next-waiting\"");
		Matcher link = Pattern.compile("id=\"next-waiting-link\"\\s+href=\"/results/(\\d+)\"").matcher(html);
		return link.find() ? Long.valueOf(link.group(1)) : null;
	}

}
