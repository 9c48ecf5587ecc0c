package vn.hanoi.cooperation.result;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.Landing;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A group's narrative, saved or refused, opens the year's page at the group (#group-2), far down the page: what
 * became of it is said there, once, even when the group has nothing else to show.
 */
@PortalTest
class NarrativeMessageTest {

	private static final int YEAR = 2023;

	private static final String SAVED = "Đã lưu báo cáo của nhóm.";

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
	void clearYear() {
		this.results.removeAll();
	}

	@Test
	void aSavedNarrativeIsSaidInItsGroup() {
		Landing landing = opened(narrative("Tuần hàng Điện Biên tại Hà Nội", ""));
		assertThat(landing.section()).contains(SAVED).contains("Tuần hàng Điện Biên tại Hà Nội");
		assertThat(landing.page()).containsOnlyOnce(SAVED);
	}

	/** Cleared, the narrative leaves its group (tourism, with no figures) empty; the page still opens at it and says so. */
	@Test
	void aClearedNarrativeOfAGroupWithoutFiguresIsSaidInItsGroup() {
		narrative(3, "Bản nháp", "");
		String version = String.valueOf(this.jdbc.queryForObject("""
				select n.version from group_year_narratives n join cooperation_groups g on g.id = n.group_id
				where g.number = 3 and n.year = ?""", Long.class, YEAR));
		Landing landing = opened(narrative(3, "", version));
		assertThat(landing.section()).contains(SAVED);
		assertThat(landing.page()).containsOnlyOnce(SAVED);
		assertThat(this.mvc.get().uri("/results/years/{year}", YEAR).with(this.accounts.as(Role.COORDINATOR)))
			.as("an empty group is otherwise left out")
			.bodyText()
			.doesNotContain("id=\"group-3\"");
	}

	@Test
	void aNarrativeSentAfterTheYearWasLockedIsRefusedInItsGroup() {
		this.jdbc.update("insert into locked_years (year, locked_by_name) values (?, 'Điều phối')", YEAR);
		Landing landing = opened(narrative("Muộn", ""));
		String locked = "Năm này đã khóa số liệu";
		assertThat(landing.section()).contains(locked).contains("role=\"alert\"");
		assertThat(landing.page()).containsOnlyOnce(locked).doesNotContain(SAVED);
	}

	private MvcTestResult narrative(String achievements, String version) {
		return narrative(2, achievements, version);
	}

	private MvcTestResult narrative(int group, String achievements, String version) {
		MvcTestResult sent = this.mvc.post()
			.uri("/results/years/{year}/groups/{group}/narrative", YEAR, group)
			.with(csrf())
			.with(this.accounts.as(Role.COORDINATOR))
			.param("achievements", achievements)
			.param("version", version)
			.exchange();
		assertThat(sent).hasRedirectedUrl("/results/years/" + YEAR + "#group-" + group);
		return sent;
	}

	private Landing opened(MvcTestResult sent) {
		return Landing.after(this.mvc, sent, this.accounts.as(Role.COORDINATOR));
	}

}
