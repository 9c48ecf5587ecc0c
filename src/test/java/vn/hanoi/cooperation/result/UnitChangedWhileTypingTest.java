package vn.hanoi.cooperation.result;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A figure keeps the meaning it was typed in. An officer opens the result form or the grid while an indicator
 * without figures counts "lượt người"; the coordinator then makes it "tấn"; the officer's 12 is not saved as 12
 * tonnes: the page comes back with the 12 as typed and says what the unit is now, and once sent again it is saved.
 */
@PortalTest
class UnitChangedWhileTypingTest {

	private static final String CODE = "TEST.LUOT_KHACH";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	TestResults results;

	TestIndicator visitors;

	Long indicator;

	@BeforeEach
	void anIndicatorWithoutFigures() {
		this.results = new TestResults(this.jdbc).year(2026);
		this.visitors = TestIndicator.create(this.jdbc, CODE);
		this.indicator = this.visitors.id();
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
		this.visitors.remove();
	}

	@Test
	void aFigureTypedBeforeTheUnitChangedIsRefusedKeptAndSavedOnceSentAgain() {
		String form = openForm("");
		assertThat(form).contains("Số lượt khách tham quan phiên chợ (lượt người)");
		changeIndicator("TONNE", "SUM");

		String refused = TestPages.text(send(form, "12", ""));
		assertThat(refused).contains(
				"Chưa lưu: trong lúc bạn nhập, chỉ tiêu này đã được đổi đơn vị tính, nay tính bằng «tấn» (trước: «lượt người»).")
			.containsPattern("name=\"actual\" value=\"12\"")
			.contains("Số lượt khách tham quan phiên chợ (tấn)");
		assertThat(figures()).isZero();

		// The page shown again carries the unit now: after checking, the officer sends it and it is saved.
		assertThat(send(refused, "12", "")).hasStatus3xxRedirection();
		assertThat(figures()).isOne();
	}

	@Test
	void aFigureTypedInTheUnitStillInForceIsSavedAsBefore() {
		MvcTestResult saved = send(openForm(""), "12", "");
		assertThat(saved).hasStatus3xxRedirection();
		assertThat(saved.getResponse().getRedirectedUrl()).matches("/results/\\d+");
		assertThat(figures()).isOne();
	}

	/** In English, and for a change of how the figures add up: 12 visitors this year is not a running total of 12. */
	@Test
	void aChangeOfAggregationIsRefusedToo() {
		String form = openForm("&lang=en");
		changeIndicator("PERSON_TIMES", "LAST");
		assertThat(TestPages.text(send(form, "12", "en"))).contains("Not saved: while you were entering it, the way "
				+ "this indicator's figures add up was changed; it is now «Latest value (running total)» "
				+ "(before: «Sum of periods»).");
		assertThat(figures()).isZero();
	}

	/**
	 * A form loaded before forms carried the meaning they show says nothing to compare: it is saved as it was before
	 * (refusing it would bounce every form open during an upgrade, with a reason that may not hold).
	 */
	@Test
	void aFormThatDoesNotSayWhatItShowedIsSavedAsBefore() {
		changeIndicator("TONNE", "SUM");
		assertThat(this.mvc.post().uri("/results/new").with(this.accounts.as(Role.STAFF)).with(csrf())
			.param("year", "2026").param("indicatorId", this.indicator.toString()).param("actual", "12").exchange())
			.hasStatus3xxRedirection();
		assertThat(figures()).isOne();
	}

	/**
	 * The coordinator's edit holds the indicator while it changes the unit; a form sent meanwhile waits for it, then
	 * reads the unit it committed and is refused, rather than reading the old one and saving under the new.
	 */
	@Test
	void aFormSentWhileTheUnitIsBeingChangedWaitsForTheChangeAndIsRefused() throws Exception {
		String form = openForm("");
		assertThat(TestPages.text(
				this.visitors.sentWhileTheUnitIsBeingChanged(this.dataSource, () -> send(form, "12", ""))))
			.contains("nay tính bằng «tấn» (trước: «lượt người»)");
		assertThat(figures()).isZero();
	}

	@Test
	void aGridSentWhileTheUnitIsBeingChangedWaitsForTheChangeAndIsRefused() throws Exception {
		String grid = openGrid();
		assertThat(TestPages.text(
				this.visitors.sentWhileTheUnitIsBeingChanged(this.dataSource, () -> sendGrid(grid, "12"))))
			.contains("nay tính bằng «tấn» (trước: «lượt người»)");
		assertThat(figures()).isZero();
	}

	@Test
	void aGridRowTypedBeforeTheUnitChangedIsRefusedKeptAndSavedOnceSentAgain() {
		String grid = openGrid();
		changeIndicator("TONNE", "SUM");

		String refused = TestPages.text(sendGrid(grid, "12"));
		assertThat(refused).contains("Chưa lưu gì: có ô chưa hợp lệ")
			.contains("nay tính bằng «tấn» (trước: «lượt người»)")
			.containsPattern("name=\"actual_" + this.indicator + "-0\"[^>]* value=\"12\"")
			.contains("id=\"actual_" + this.indicator + "-0_error\"");
		assertThat(figures()).isZero();

		assertThat(sendGrid(refused, "12")).hasStatus3xxRedirection();
		assertThat(figures()).isOne();
	}

	@Test
	void aGridRowTypedInTheUnitStillInForceIsSavedAsBefore() {
		assertThat(sendGrid(openGrid(), "12")).hasStatus3xxRedirection();
		assertThat(figures()).isOne();
	}

	/** The result form for 2026 with the test indicator chosen, as the staff officer opens it. */
	private String openForm(String query) {
		return TestPages.text(this.mvc.get()
			.uri("/results/new?year=2026&indicator=" + this.indicator + query)
			.with(this.accounts.as(Role.STAFF))
			.exchange());
	}

	/** The form sent with this actual figure, carrying what the page carried. */
	private MvcTestResult send(String page, String actual, String lang) {
		return this.mvc.post()
			.uri("/results/new" + (lang.isEmpty() ? "" : "?lang=" + lang))
			.with(this.accounts.as(Role.STAFF))
			.with(csrf())
			.param("year", "2026")
			.param("indicatorId", this.indicator.toString())
			.param("actual", actual)
			.param("meaningsShown", TestPages.hidden(page, "meaningsShown"))
			.exchange();
	}

	private String openGrid() {
		return TestPages.text(this.mvc.get().uri("/results/years/2026/grid").with(this.accounts.as(Role.STAFF))
			.exchange());
	}

	private MvcTestResult sendGrid(String page, String actual) {
		return this.mvc.post()
			.uri("/results/years/2026/grid")
			.with(this.accounts.as(Role.STAFF))
			.with(csrf())
			.param("action", "save")
			.param("actual_" + this.indicator + "-0", actual)
			.param("version_" + this.indicator + "-0", "-1")
			.param("meaningsShown", TestPages.hidden(page, "meaningsShown"))
			.exchange();
	}

	private void changeIndicator(String unit, String aggregation) {
		this.visitors.change(this.mvc, this.accounts, unit, aggregation);
	}

	private long figures() {
		return this.visitors.figures();
	}

}
