package vn.hanoi.cooperation.result;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's completeness: each department against the indicators of the groups it leads, each cell in its state
 * and linking to its figure, or to entering it when there is none. Not for partner provinces.
 */
@PortalTest
class CompletenessTest {

	static final int YEAR = 2029;

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
	void eachCellShowsHowFarTheDepartmentsFigureHasComeAndLinksToIt() {
		Long approved = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.APPROVED);
		// A breakdown row entered under the predecessor department counts for its successor.
		Long returned = this.results.create("TM.SAN_LUONG_KET_NOI", YEAR, "SCT", "11@2008-08-01", null, "2",
				ResultStatus.RETURNED);

		String page = TestPages.text(this.mvc.get().uri("/results/years/{y}/completeness", YEAR)
			.with(this.accounts.as(Role.COORDINATOR)).exchange());
		String trade = row(page, "SCT_2025");
		assertThat(trade).containsPattern("cell-approved\"\\s+href=\"/results/" + approved + "\"")
			.containsPattern("cell-returned\"\\s+href=\"/results/" + returned + "\"");
		// Culture has entered nothing: its cells lead to entering the figure.
		assertThat(row(page, "SVHTT_2025")).contains("cell-missing").contains("href=\"/results/new?year=" + YEAR + "\"")
			.doesNotContain("cell-approved");
		// Leaders read it without the links to enter.
		assertThat(row(TestPages.text(this.mvc.get().uri("/results/years/{y}/completeness", YEAR)
			.with(this.accounts.as(Role.LEADER)).exchange()), "SVHTT_2025")).doesNotContain("/results/new");
	}

	@Test
	void aPartnerProvinceHasNoCompletenessView() {
		assertThat(this.mvc.get().uri("/results/years/{y}/completeness", YEAR).with(this.accounts.as(Role.PROVINCE)))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/results/years/abc/completeness").with(this.accounts.as(Role.LEADER)))
			.hasStatus(404);
	}

	private String row(String html, String departmentCode) {
		Long id = this.jdbc.queryForObject("select id from departments where code = ?", Long.class, departmentCode);
		int start = html.indexOf("id=\"department-" + id + "\"");
		assertThat(start).as("row of " + departmentCode).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

}
