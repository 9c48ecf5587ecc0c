package vn.hanoi.cooperation.result;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/** Who reads which results: a province only its own approved ones, in the detail page and the year view alike. */
@PortalTest
class ResultAccessTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestResults results;

	Long approvedDienBien;

	Long draftDienBien;

	Long approvedLaiChau;

	@BeforeEach
	void createResults() {
		this.results = new TestResults(this.jdbc).year(2024).year(2025);
		this.approvedDienBien = this.results.create("VH.SU_KIEN", 2025, "SVHTT_2025", "11", "4", "5",
				ResultStatus.APPROVED);
		this.draftDienBien = this.results.create("YT.KHAM_CHUA_BENH", 2025, "SYT_2025", "11", null, "1200",
				ResultStatus.DRAFT);
		this.approvedLaiChau = this.results.create("VH.SU_KIEN", 2025, "SVHTT_2025", "12", "2", "3",
				ResultStatus.APPROVED);
		this.results.create("VH.SU_KIEN", 2024, "SVHTT", "11@2008-08-01", null, "2", ResultStatus.APPROVED);
		this.results.dispute(this.approvedDienBien, "11");
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void aProvinceReadsOnlyItsOwnApprovedResults() throws Exception {
		PortalUser dienBien = this.accounts.principal(Role.PROVINCE);
		assertThat(this.mvc.get().uri("/results/{id}", this.approvedDienBien).with(as(dienBien))).hasStatusOk()
			.bodyText()
			.doesNotContain("Lịch sử thay đổi");
		assertThat(this.mvc.get().uri("/results/{id}", this.draftDienBien).with(as(dienBien))).hasStatus(404);
		assertThat(this.mvc.get().uri("/results/{id}", this.approvedLaiChau).with(as(dienBien))).hasStatus(404);
		String year = html("/results/years/2025?all=true", dienBien);
		assertThat(year).contains("Số sự kiện giao lưu văn hóa, thể thao")
			.doesNotContain("Lai Châu")
			.doesNotContain("Số lượt người được khám, chữa bệnh miễn phí");
		// The 2024 figure of Điện Biên's predecessor unit is Điện Biên's baseline.
		assertThat(ResultScenarioTest.row(year, "Số sự kiện giao lưu văn hóa, thể thao")).contains(">5<", ">2<", ">+3<");
		// The province line compares Điện Biên with its own predecessor unit, rolled up.
		String provinceRow = year.substring(year.indexOf("province-row"));
		assertThat(provinceRow.substring(0, provinceRow.indexOf("</tr>"))).contains("Điện Biên", ">5<", ">2<", ">+3<");
		assertThat(html("/results/years/2025/entries", dienBien)).doesNotContain("Lai Châu")
			.doesNotContain("Số lượt người được khám");
	}

	@Test
	void leadersReadEverythingAndSeeTheDisputeFlagAndTheProvinceBreakdown() throws Exception {
		PortalUser leader = this.accounts.principal(Role.LEADER);
		assertThat(this.mvc.get().uri("/results/{id}", this.draftDienBien).with(as(leader))).hasStatusOk();
		String year = html("/results/years/2025", leader);
		String row = ResultScenarioTest.row(year, "Số sự kiện giao lưu văn hóa, thể thao");
		assertThat(row).contains(">8<", ">6<", "Địa phương không thống nhất");
		assertThat(year).contains("Điện Biên").contains("Lai Châu");
		// The draft is not counted, only announced.
		assertThat(ResultScenarioTest.row(year, "Số lượt người được khám, chữa bệnh miễn phí")).contains("1 chưa duyệt")
			.doesNotContain("1.200");
		assertThat(year).contains("1 số liệu của năm chưa được duyệt");
		assertThat(ResultScenarioTest.row(html("/results/years/2025?all=true", leader),
				"Số lượt người được khám, chữa bệnh miễn phí")).contains(">1.200<");
		assertThat(this.mvc.get().uri("/results/new?year=2025").with(as(leader))).hasStatus(404);
	}

	@Test
	void staffSeeTheirDepartmentsEntriesFirstAndEnterOnlyForTheirDepartment() throws Exception {
		PortalUser health = this.accounts.staffOf("SYT_2025");
		assertThat(html("/results/years/2025/entries", health)).contains("Số lượt người được khám")
			.doesNotContain("Số sự kiện giao lưu");
		assertThat(html("/results/years/2025/entries?scope=all", health)).contains("Số sự kiện giao lưu");
		// A department id sent with the form is ignored: staff enter for their own department.
		assertThat(this.mvc.post()
			.uri("/results/new")
			.with(as(health))
			.with(csrf())
			.param("year", "2025")
			.param("indicatorId", indicator("YT.CHUYEN_GIAO_KY_THUAT"))
			.param("departmentId", department("SCT_2025"))
			.param("actual", "4")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForList("""
				select d.code from yearly_results r join departments d on d.id = r.department_id
				join indicators i on i.id = r.indicator_id where i.code = 'YT.CHUYEN_GIAO_KY_THUAT' and r.year = 2025""",
				String.class)).isEqualTo(List.of("SYT_2025"));
	}

	@Test
	void aSecondFigureForTheSameIndicatorDepartmentAndProvinceIsRefused() {
		assertThat(this.mvc.post()
			.uri("/results/new")
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("year", "2025")
			.param("indicatorId", indicator("VH.SU_KIEN"))
			.param("departmentId", department("SVHTT_2025"))
			.param("provinceId", province("11"))
			.param("actual", "9")).hasStatusOk()
			.bodyText()
			.contains("đã có số liệu của cùng đơn vị và địa phương trong năm");
	}

	@Test
	void badFiguresKeepWhatTheUserTyped() throws Exception {
		var result = this.mvc.post()
			.uri("/results/new")
			.with(this.accounts.as(Role.STAFF))
			.with(csrf())
			.param("year", "2025")
			.param("indicatorId", indicator("TM.TUAN_HANG"))
			.param("target", "1.5")
			.param("actual", "")
			.param("narrative", "Tuần hàng Điện Biên tại Hà Nội")
			.exchange();
		assertThat(result).hasStatusOk().model().extractingBindingResult("form")
			.hasFieldErrorCode("target", "result.error.figureInvalid");
		String body = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(body).contains("value=\"1.5\"").contains("Tuần hàng Điện Biên tại Hà Nội");
	}

	@Test
	void theNewResultFormIsNotFoundForAProvinceWhateverTheYearAsked() {
		PortalUser dienBien = this.accounts.principal(Role.PROVINCE);
		for (String uri : List.of("/results/new", "/results/new?year=2022", "/results/new?year=abc")) {
			assertThat(this.mvc.get().uri(uri).with(as(dienBien))).as(uri).hasStatus(404);
		}
		// Staff without a year are sent to choose one; with a year that is no plan's they get 404 too.
		assertThat(this.mvc.get().uri("/results/new").with(this.accounts.as(Role.STAFF))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/results");
		assertThat(this.mvc.get().uri("/results/new?year=abc").with(this.accounts.as(Role.STAFF))).hasStatus(404);
	}

	private String html(String uri, PortalUser user) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.get()
			.uri(uri)
			.with(as(user))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private String indicator(String code) {
		return String.valueOf(this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, code));
	}

	private String department(String code) {
		return String.valueOf(this.jdbc.queryForObject("select id from departments where code = ?", Long.class, code));
	}

	private String province(String code) {
		return String.valueOf(this.jdbc.queryForObject(
				"select id from provinces where code = ? and valid_from = date '2025-07-01'", Long.class, code));
	}

}
