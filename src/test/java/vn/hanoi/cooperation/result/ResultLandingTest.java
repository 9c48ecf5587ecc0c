package vn.hanoi.cooperation.result;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Kết quả" opens the year that "My work" asks for: on 30 November 2026 it opened 2025 and its "Nhập kết quả" the
 * 2025 form, while the inbox asked for the figures of 2026.
 */
@PortalTest
class ResultLandingTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReportingYear reportingYear;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void resultsOpenTheYearMyWorkAsksForWhoeverLooks() throws Exception {
		int asked = this.reportingYear.today();
		for (Role role : Role.values()) {
			assertThat(this.mvc.get().uri("/results").with(this.accounts.as(role))).as(role.name())
				.hasRedirectedUrl("/results/years/" + asked);
		}
		String myWork = this.mvc.get().uri("/my-work").with(this.accounts.as(Role.STAFF)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(myWork).contains("Chỉ tiêu đơn vị chưa nhập cho năm " + asked);
	}

	/** Whatever the day the test runs: last year locked, this year is the one asked for. */
	@Test
	void onceLastYearIsLockedResultsOpenThisYear() {
		int thisYear = LocalDate.now(this.clock).getYear();
		boolean lockedHere = this.jdbc.update("""
				insert into locked_years (year, locked_by_name) values (?, 'Kiểm thử')
				on conflict (year) do nothing""", thisYear - 1) == 1;
		try {
			for (Role role : Role.values()) {
				assertThat(this.mvc.get().uri("/results").with(this.accounts.as(role))).as(role.name())
					.hasRedirectedUrl("/results/years/" + thisYear);
			}
		}
		finally {
			if (lockedHere) {
				this.jdbc.update("delete from locked_years where year = ?", thisYear - 1);
			}
		}
	}

}
