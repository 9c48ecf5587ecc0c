package vn.hanoi.cooperation.activity;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.ReferenceCsv;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.TestPlan2025;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An activity names the provinces and departments in force on its own day (planned start, else deadline): the 63
 * provinces before 1 July 2025 and the 34 from then, the departments before or after 1 March 2025. The form offers
 * them, follows a change of date, and the server refuses any other.
 */
@PortalTest
class ActivityUnitsOnTheDayTest {

	private static final String MARK = "UNITDAY ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestPlan2025 plan2025;

	Long group;

	Long kienGiang2008;

	Long anGiang2025;

	Long planningAndInvestment;

	Long finance2025;

	@BeforeEach
	void setUp() {
		this.plan2025 = new TestPlan2025(this.jdbc);
		this.group = this.jdbc.queryForObject("select id from cooperation_groups where number = 2", Long.class);
		this.kienGiang2008 = province("91", "2008-08-01");
		this.anGiang2025 = province("91", "2025-07-01");
		this.planningAndInvestment = department("SKHDT");
		this.finance2025 = department("STC_2025");
	}

	@AfterEach
	void tearDown() {
		this.jdbc.update("delete from activity_changes where activity_id in (select id from activities where title like ?)",
				MARK + "%");
		this.jdbc.update("delete from activity_changes where action = 'DELETED' and old_value like ?",
				"%title: " + MARK + "%");
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
		this.plan2025.remove();
	}

	@Test
	void theFormOffersTheProvincesOfTheActivitysOwnDayAndFollowsAChangeOfDate() {
		// Hà Nội is never its own partner: the others of each map, counted from the reference lists.
		int old = ReferenceCsv.read("provinces_2022.csv").size() - 1;
		int current = ReferenceCsv.read("provinces_2025.csv").size() - 1;
		String march = options("plannedStart=2025-03-10");
		assertThat(checkboxes(march, "partnerProvinceIds")).isEqualTo(old);
		assertThat(march).contains(value(this.kienGiang2008)).doesNotContain(value(this.anGiang2025))
			.contains("vào ngày 10/03/2025");
		String september = options("plannedStart=2025-09-01");
		assertThat(checkboxes(september, "partnerProvinceIds")).isEqualTo(current);
		assertThat(september).contains(value(this.anGiang2025)).doesNotContain(value(this.kienGiang2008));
		// Without a start the deadline decides; without either, the last day of the plan year.
		assertThat(checkboxes(options("deadline=2025-05-31"), "partnerProvinceIds")).isEqualTo(old);
		assertThat(checkboxes(options(""), "partnerProvinceIds")).isEqualTo(current);
		// The new-activity page refreshes those lists when either date changes.
		String page = body(this.mvc.get().uri("/activities/new?year=2025").with(this.accounts.as(Role.COORDINATOR)));
		assertThat(page.split("hx-get=\"/activities/form-options\"", -1)).as("planYear, plannedStart, deadline")
			.hasSize(4);
	}

	@Test
	void theFormOffersTheDepartmentsOfTheActivitysOwnDay() {
		String february = options("plannedStart=2025-02-10");
		assertThat(february).contains(value(this.planningAndInvestment)).doesNotContain(value(this.finance2025));
		String march = options("plannedStart=2025-03-10");
		assertThat(march).contains(value(this.finance2025)).doesNotContain(value(this.planningAndInvestment));
		// The reorganised departments, and those the reorganisation left as they were (no successor: HPA).
		long unchanged = ReferenceCsv.read("hanoi_departments_2022_to_2025.csv")
			.stream()
			.filter(row -> row.get("code_2025").isBlank())
			.count();
		assertThat(checkboxes(march, "coordinatingDepartmentIds"))
			.isEqualTo(ReferenceCsv.read("hanoi_departments_2025.csv").size() + unchanged);
		assertThat(checkboxes(february, "coordinatingDepartmentIds"))
			.isEqualTo(ReferenceCsv.read("hanoi_departments_2022_to_2025.csv").size());
	}

	@Test
	void aProvinceOfTheOtherMapIsRefusedInTheUsersLanguageAndNothingIsWritten() {
		MvcTestResult before = post("2025-03-10", "", this.finance2025, this.anGiang2025, "vi");
		assertThat(before).hasStatusOk();
		assertThat(body(before)).contains(
				"Có địa phương không phải là đơn vị hành chính vào ngày 10/03/2025 (ngày bắt đầu dự kiến, hoặc hạn hoàn thành khi chưa có ngày bắt đầu)");
		assertThat(body(post("", "2025-09-30", this.finance2025, this.kienGiang2008, "en")))
			.contains("A partner province was not a provincial unit on 30/09/2025");
		assertThat(count()).isZero();
		// The same units on their own side of 1 July 2025 are saved.
		assertThat(post("2025-03-10", "", this.finance2025, this.kienGiang2008, "vi")).hasStatus3xxRedirection();
		assertThat(post("", "2025-09-30", this.finance2025, this.anGiang2025, "vi")).hasStatus3xxRedirection();
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void aDepartmentOfTheOtherSideOfFirstMarchIsRefused() {
		assertThat(body(post("2025-03-10", "", this.planningAndInvestment, this.kienGiang2008, "vi")))
			.contains("Có sở, ngành chưa thành lập hoặc đã sắp xếp lại vào ngày 10/03/2025");
		assertThat(body(post("2025-02-10", "", this.finance2025, this.kienGiang2008, "en")))
			.contains("A department did not exist (or had been reorganised) on 10/02/2025");
		assertThat(count()).isZero();
		assertThat(post("2025-02-10", "", this.planningAndInvestment, this.kienGiang2008, "vi"))
			.hasStatus3xxRedirection();
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void aRecordSavedWithAUnitOfTheOtherMapShowsItFlaggedOnEditInsteadOfDroppingIt() {
		// An activity of March 2025 saved before this rule with the An Giang of July 2025.
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, planned_start)
				select p.id, ?, ?, ?, 'PLANNED', date '2025-03-10' from plans p where p.year = 2025 returning id""",
				Long.class, this.group, this.finance2025, MARK + "Hội nghị cũ");
		this.jdbc.update("insert into activity_partner_provinces (activity_id, province_id) values (?, ?)", id,
				this.anGiang2025);
		String form = body(this.mvc.get().uri("/activities/{id}/edit", id).with(this.accounts.as(Role.COORDINATOR)));
		String anGiang = form.substring(form.indexOf(value(this.anGiang2025)));
		assertThat(anGiang.substring(0, anGiang.indexOf("</label>"))).contains("checked",
				"An Giang (không tồn tại vào ngày này)");
		assertThat(form).contains(value(this.kienGiang2008));
	}

	/**
	 * Tuyên Quang of 2008 and the Tuyên Quang of 1 July 2025, the Sở Công Thương and Sở Y tế before and after
	 * 1 March 2025, share their names: moving an activity of February 2025 to September and onto the new units left no
	 * history line, and a deleted activity's last line did not say which units it named.
	 */
	@Test
	void theHistoryTellsAnEndedUnitFromTheUnitOfTheSameNameThatFollowedIt() {
		Long tuyenQuang2008 = province("08", "2008-08-01");
		Long tuyenQuang2025 = province("08", "2025-07-01");
		Long id = tradeActivityOfFebruary(MARK + "Tuần hàng Tuyên Quang", tuyenQuang2008);
		this.jdbc.update("insert into activity_coordinating_departments (activity_id, department_id) values (?, ?)",
				id, department("SYT"));

		assertThat(this.mvc.post()
			.uri("/activities/{id}/edit", id)
			.with(csrf())
			.with(this.accounts.as(Role.COORDINATOR))
			.param("planYear", "2025")
			.param("groupId", this.group.toString())
			.param("leadDepartmentId", department("SCT_2025").toString())
			.param("coordinatingDepartmentIds", department("SYT_2025").toString())
			.param("title", MARK + "Tuần hàng Tuyên Quang")
			.param("status", "PLANNED")
			.param("plannedStart", "2025-09-01")
			.param("partnerProvinceIds", tuyenQuang2025.toString())
			.param("pastDeadlineConfirmed", "true")
			.param("version", "0")).hasStatus3xxRedirection();

		assertThat(this.jdbc.queryForList("""
				select field || ': ' || old_value || ' → ' || new_value from activity_changes
				where activity_id = ? and action = 'UPDATED' order by id""", String.class, id))
			.containsExactly("leadDepartment: Sở Công Thương (–28/02/2025) → Sở Công Thương",
					"coordinatingDepartments: Sở Y tế (–28/02/2025) → Sở Y tế",
					"partnerProvinces: Tuyên Quang (–30/06/2025) → Tuyên Quang",
					"plannedStart: 10/02/2025 → 01/09/2025");
		for (String lang : new String[] { "vi", "en" }) {
			assertThat(body(this.mvc.get().uri("/activities/{id}?lang={lang}", id, lang)
				.with(this.accounts.as(Role.COORDINATOR)))).as(lang)
				.containsPattern("line-through[^>]*>Tuyên Quang \\(–30/06/2025\\)</span>\\s*→ <span>Tuyên Quang</span>");
		}

		Long ended = tradeActivityOfFebruary(MARK + "Hội chợ Tuyên Quang", tuyenQuang2008);
		assertThat(this.mvc.post().uri("/activities/{id}/delete", ended).with(csrf())
			.with(this.accounts.as(Role.COORDINATOR))).hasRedirectedUrl("/activities");
		assertThat(this.jdbc.queryForObject(
				"select old_value from activity_changes where activity_id = ? and action = 'DELETED'", String.class,
				ended)).contains("leadDepartment: Sở Công Thương (–28/02/2025)",
						"partnerProvinces: Tuyên Quang (–30/06/2025)");
	}

	/** An activity starting on 10 February 2025, led by the Sở Công Thương of then, with one partner province. */
	private Long tradeActivityOfFebruary(String title, Long province) {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, planned_start)
				select p.id, ?, ?, ?, 'PLANNED', date '2025-02-10' from plans p where p.year = 2025 returning id""",
				Long.class, this.group, department("SCT"), title);
		this.jdbc.update("insert into activity_partner_provinces (activity_id, province_id) values (?, ?)", id,
				province);
		return id;
	}

	private MvcTestResult post(String start, String deadline, Long lead, Long province, String lang) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/activities/new")
			.with(csrf())
			.with(this.accounts.as(Role.COORDINATOR))
			.param("lang", lang)
			.param("planYear", "2025")
			.param("groupId", this.group.toString())
			.param("leadDepartmentId", lead.toString())
			// Its own title per day: a department's plan holds one activity of a title (ActivityFormTest).
			.param("title", MARK + "Hội nghị kết nối cung cầu " + start + deadline)
			.param("status", "PLANNED")
			.param("plannedStart", start)
			.param("deadline", deadline)
			.param("partnerProvinceIds", province.toString())
			// Deadlines of 2025 are past today: the user confirms, as the form asks.
			.param("pastDeadlineConfirmed", "true");
		return request.exchange();
	}

	private String options(String dates) {
		return body(this.mvc.get()
			.uri("/activities/form-options?planYear=2025&" + dates)
			.with(this.accounts.as(Role.COORDINATOR)));
	}

	private static String body(MockMvcRequestBuilder request) {
		return body(request.exchange());
	}

	private static String body(MvcTestResult result) {
		return HtmlUtils.htmlUnescape(
				new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static long checkboxes(String html, String name) {
		return html.split(java.util.regex.Pattern.quote("name=\"" + name + "\""), -1).length - 1;
	}

	private static String value(Long id) {
		return "value=\"" + id + "\"";
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from activities where title like ?", Long.class, MARK + "%");
	}

	private Long province(String code, String validFrom) {
		return this.jdbc.queryForObject("select id from provinces where code = ? and valid_from = ?::date", Long.class,
				code, validFrom);
	}

	private Long department(String code) {
		return this.jdbc.queryForObject("select id from departments where code = ?", Long.class, code);
	}

}
