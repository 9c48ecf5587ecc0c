package vn.hanoi.cooperation.result;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists of entered figures, where the coordinator approves them, name each figure's unit as the rest of the
 * portal does: "350.000 tấn", never a bare "350.000"; a count in its own noun ("12 sự kiện").
 */
@PortalTest
class FiguresWithUnitsTest {

	/** A year the entries page offers (2021 to next year) that no other test claims. */
	static final int YEAR = 2027;

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
	void theApprovalQueueAndTheEntriesShowEachFigureWithItsUnit() {
		this.results.lowerBound(this.results.create("TM.SAN_LUONG_KET_NOI", YEAR, "SCT_2025", null, "350000", "40000",
				ResultStatus.SUBMITTED));
		this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, "12", "1", ResultStatus.SUBMITTED);

		for (String uri : new String[] { "/results/queue?year=" + YEAR, "/results/years/" + YEAR + "/entries" }) {
			assertThat(page(uri, "")).as(uri)
				.contains(">350.000 tấn<", "trên </span><span>40.000 tấn<", ">12 sự kiện<", ">1 sự kiện<")
				.doesNotContain(">350.000<", ">40.000<", ">12<");
			assertThat(page(uri, "lang=en")).as(uri)
				.contains(">350.000 tonnes<", "over </span><span>40.000 tonnes<", ">12 events<", ">1 event<");
		}
	}

	private String page(String uri, String language) {
		String url = language.isEmpty() ? uri : uri + (uri.contains("?") ? "&" : "?") + language;
		return TestPages.text(this.mvc.get().uri(url).with(this.accounts.as(Role.COORDINATOR)).exchange());
	}

}
