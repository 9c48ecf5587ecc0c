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

	/** A year the year view offers (2021 to next year): the page answers 404 for any other. */
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
	void eachCellShowsHowFarTheDepartmentsFigureHasComeAndLinksToIt() {
		Long approved = this.results.create("TM.TUAN_HANG", YEAR, "SCT_2025", null, null, "3", ResultStatus.APPROVED);
		// A breakdown row entered under the predecessor department counts for its successor.
		Long returned = this.results.create("TM.SAN_LUONG_KET_NOI", YEAR, "SCT", "11@2008-08-01", null, "2",
				ResultStatus.RETURNED);

		String page = page(Role.COORDINATOR);
		String trade = row(page, "SCT_2025");
		assertThat(trade).containsPattern("cell-approved\"\\s+href=\"/results/" + approved + "\"")
			.containsPattern("cell-returned\"\\s+href=\"/results/" + returned + "\"");
		// Culture has entered nothing: its cells lead to entering the figure.
		assertThat(row(page, "SVHTT_2025")).contains("cell-missing").contains("href=\"/results/new?year=" + YEAR + "&")
			.doesNotContain("cell-approved");
		// Leaders read it without the links to enter.
		assertThat(row(page(Role.LEADER), "SVHTT_2025")).doesNotContain("/results/new");
	}

	@Test
	void aMissingCellOpensTheFormWithItsIndicatorAndDepartmentChosenForWhoMayEnterIt() {
		Long events = indicator("VH.SU_KIEN");
		Long fairs = indicator("TM.TUAN_HANG");
		Long culture = department("SVHTT_2025");
		Long trade = department("SCT_2025");
		assertThat(row(page(Role.COORDINATOR), "SVHTT_2025"))
			.contains("href=\"/results/new?year=" + YEAR + "&indicator=" + events + "&department=" + culture + "\"");
		// Staff enter their own department's figures: another department's missing cells do not link.
		String staff = page(Role.STAFF);
		assertThat(row(staff, "SVHTT_2025")).contains("cell-missing").doesNotContain("/results/new");
		assertThat(row(staff, "SCT_2025")).contains("href=\"/results/new?year=" + YEAR + "&indicator=");

		// The form (of a year open for entry) has the cell's indicator and department chosen...
		int open = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		String coordinatorForm = form(Role.COORDINATOR, open, events, culture);
		assertThat(chosen(coordinatorForm, "indicatorId")).isEqualTo(String.valueOf(events));
		assertThat(chosen(coordinatorForm, "departmentId")).isEqualTo(String.valueOf(culture));
		// ...staff keep their own department, and a link to another department's figure chooses nothing.
		assertThat(chosen(form(Role.STAFF, open, fairs, trade), "indicatorId")).isEqualTo(String.valueOf(fairs));
		String notTheirs = form(Role.STAFF, open, events, culture);
		assertThat(chosen(notTheirs, "indicatorId")).isNull();
		assertThat(notTheirs).doesNotContain("id=\"departmentId\"");
	}

	@Test
	void aPartnerProvinceHasNoCompletenessView() {
		assertThat(this.mvc.get().uri("/results/years/{y}/completeness", YEAR).with(this.accounts.as(Role.PROVINCE)))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/results/years/abc/completeness").with(this.accounts.as(Role.LEADER)))
			.hasStatus(404);
	}

	/** 2099 listed every department's figures as missing, each cell leading to a form that answers 404. */
	@Test
	void aYearTheYearViewDoesNotOfferIsNotFoundForEveryRole() {
		for (Role role : Role.values()) {
			for (int year : new int[] { 2020, 2099 }) {
				assertThat(this.mvc.get().uri("/results/years/{y}/completeness", year).with(this.accounts.as(role)))
					.as(role + " " + year)
					.hasStatus(404);
			}
		}
		for (Role role : new Role[] { Role.ADMIN, Role.COORDINATOR, Role.STAFF, Role.LEADER }) {
			assertThat(this.mvc.get().uri("/results/years/{y}/completeness", YEAR).with(this.accounts.as(role)))
				.as(role.name())
				.hasStatusOk();
		}
	}

	private String page(Role role) {
		return TestPages.text(this.mvc.get().uri("/results/years/{y}/completeness", YEAR)
			.with(this.accounts.as(role)).exchange());
	}

	private String form(Role role, int year, Long indicator, Long department) {
		return TestPages.text(this.mvc.get().uri("/results/new?year={y}&indicator={i}&department={d}", year, indicator,
				department).with(this.accounts.as(role)).exchange());
	}

	/** The value chosen in one of the form's lists, or null when nothing is. */
	private static String chosen(String html, String select) {
		int start = html.indexOf("id=\"" + select + "\"");
		assertThat(start).as(select).isNotNegative();
		java.util.regex.Matcher option = java.util.regex.Pattern.compile("<option value=\"(\\d+)\" selected")
			.matcher(html.substring(start, html.indexOf("</select>", start)));
		return option.find() ? option.group(1) : null;
	}

	private Long indicator(String code) {
		return this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, code);
	}

	private Long department(String code) {
		return this.jdbc.queryForObject("select id from departments where code = ?", Long.class, code);
	}

	private String row(String html, String departmentCode) {
		int start = html.indexOf("id=\"department-" + department(departmentCode) + "\"");
		assertThat(start).as("row of " + departmentCode).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

}
