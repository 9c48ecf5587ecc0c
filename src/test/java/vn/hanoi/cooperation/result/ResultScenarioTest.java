package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.Landing;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * The "done when": a staff officer enters the 2025 results, the coordinator returns one with a reason,
 * the officer corrects and resubmits, the coordinator approves and locks the year; the year view then shows
 * the right totals and the change from 2024.
 */
@PortalTest
class ResultScenarioTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestResults results;

	@BeforeEach
	void baseline() {
		this.results = new TestResults(this.jdbc).year(2023).year(2024).year(2025);
		// 2024, approved, entered by the predecessor department (Sở Công Thương before the 2025 merger).
		this.results.create("TM.SAN_LUONG_KET_NOI", 2024, "SCT", null, null, "250000", ResultStatus.APPROVED);
		this.results.create("TM.TUAN_HANG", 2024, "SCT", null, null, "9", ResultStatus.APPROVED);
		// A running total last reported in 2023: 2024 is missing.
		this.results.create("XTDT.THOA_THUAN_HIEU_LUC", 2023, "SCT", null, null, "11", ResultStatus.APPROVED);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void staffEnterCoordinatorReturnsStaffCorrectCoordinatorApprovesAndLocks() throws Exception {
		PortalUser staff = this.accounts.principal(Role.STAFF);
		PortalUser coordinator = this.accounts.principal(Role.COORDINATOR);

		Long goods = enter(staff, "TM.SAN_LUONG_KET_NOI", null, "250.000", "200.000");
		Long goodsDienBien = enter(staff, "TM.SAN_LUONG_KET_NOI", provinceId("11"), "50.000", "120.000");
		Long fairs = enter(staff, "TM.TUAN_HANG", null, "10", "12");
		Long agreements = enter(staff, "XTDT.THOA_THUAN_HIEU_LUC", null, null, "15");
		for (Long id : new Long[] { goods, goodsDienBien, fairs, agreements }) {
			assertThat(this.results.status(id)).isEqualTo("DRAFT");
			post(staff, "/results/" + id + "/submit", id, null);
			assertThat(this.results.status(id)).isEqualTo("SUBMITTED");
		}

		// The coordinator returns one, with a reason the staff member then sees.
		post(coordinator, "/results/" + fairs + "/return", fairs, "Thiếu tuần hàng tháng 12, đề nghị bổ sung");
		assertThat(this.results.status(fairs)).isEqualTo("RETURNED");
		assertThat(this.mvc.get().uri("/results/{id}", fairs).with(as(staff))).hasStatusOk()
			.bodyText()
			.contains("Thiếu tuần hàng tháng 12, đề nghị bổ sung");
		assertThat(this.mvc.get().uri("/results/years/2025/entries").with(as(staff))).hasStatusOk()
			.bodyText()
			.contains("Thiếu tuần hàng tháng 12, đề nghị bổ sung");

		// The officer corrects and resubmits.
		MvcTestResult corrected = this.mvc.post()
			.uri("/results/{id}/edit", fairs)
			.with(as(staff))
			.with(csrf())
			.param("indicatorId", indicatorId("TM.TUAN_HANG").toString())
			.param("target", "10")
			.param("actual", "14")
			.param("narrative", "Bổ sung 2 tuần hàng tháng 12")
			.param("version", String.valueOf(this.results.version(fairs)))
			.exchange();
		assertThat(corrected).hasStatus3xxRedirection().hasRedirectedUrl("/results/" + fairs);
		assertThat(this.results.actual(fairs)).isEqualByComparingTo("14");
		post(staff, "/results/" + fairs + "/submit", fairs, null);

		for (Long id : new Long[] { goods, goodsDienBien, fairs, agreements }) {
			post(coordinator, "/results/" + id + "/approve", id, null);
			assertThat(this.results.status(id)).isEqualTo("APPROVED");
		}
		assertThat(TestPages.confirmLock(this.mvc, coordinator, 2025))
			.hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "yearLocked");

		// Every step is in the history.
		assertThat(this.jdbc.queryForList(
				"select action from yearly_result_changes where result_id = ? order by id", String.class, fairs))
			.containsExactly("CREATED", "SUBMITTED", "RETURNED", "UPDATED", "UPDATED", "SUBMITTED", "APPROVED");
		assertThat(this.jdbc.queryForList("select action from year_lock_events where year = 2025", String.class))
			.containsExactly("LOCKED");

		// The year view: totals by aggregation and the change from 2024.
		String html = HtmlUtils.htmlUnescape(this.mvc.get()
			.uri("/results/years/2025")
			.with(as(this.accounts.principal(Role.LEADER)))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		String goodsRow = row(html, "Sản lượng hàng hóa được kết nối tiêu thụ");
		// The department's total (250.000 planned, 200.000 done); Điện Biên's 120.000 is part of it, not added to it.
		assertThat(goodsRow).contains(">250.000<", ">200.000<", ">80%<", ">−50.000<", "(−20%)");
		String fairsRow = row(html, "Số tuần hàng, hội chợ");
		assertThat(fairsRow).contains(">10<", ">14<", ">140%<", ">9<", ">+5<");
		String agreementsRow = row(html, "Số thỏa thuận hợp tác còn hiệu lực");
		assertThat(agreementsRow).contains(">15<", ">11<", "(số liệu năm 2023)", ">+4<");
		assertThat(html).contains("Điện Biên").contains("Số liệu năm 2025 đã khóa");
	}

	@Test
	void aLockedYearRefusesEditsWithAClearMessageUntilTheCoordinatorUnlocksItWithAReason() throws Exception {
		PortalUser staff = this.accounts.principal(Role.STAFF);
		PortalUser coordinator = this.accounts.principal(Role.COORDINATOR);
		Long draft = this.results.create("TM.TUAN_HANG", 2025, "SCT_2025", null, null, "3", ResultStatus.DRAFT);
		TestPages.confirmLock(this.mvc, coordinator, 2025);

		assertThat(this.mvc.post()
			.uri("/results/{id}/edit", draft)
			.with(as(staff))
			.with(csrf())
			.param("indicatorId", indicatorId("TM.TUAN_HANG").toString())
			.param("actual", "30")
			.param("version", String.valueOf(this.results.version(draft)))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("refusal", "resultYearLocked");
		assertThat(this.results.actual(draft)).isEqualByComparingTo("3");
		assertThat(this.mvc.post().uri("/results/{id}/submit", draft).with(as(staff)).with(csrf())
			.param("version", String.valueOf(this.results.version(draft)))).flash()
			.containsEntry("refusal", "resultYearLocked");
		assertThat(this.results.status(draft)).isEqualTo("DRAFT");
		assertThat(this.mvc.get().uri("/results/new?year=2025").with(as(staff))).hasStatus3xxRedirection()
			.flash()
			.containsEntry("refusal", "resultYearLocked");
		assertThat(this.mvc.get().uri("/results/{id}", draft).with(as(staff)).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("đã khóa: không thể nhập, sửa, gửi hay duyệt");

		// Staff cannot unlock; the coordinator cannot without a reason, and can with one.
		assertThat(this.mvc.post().uri("/results/years/2025/unlock").with(as(staff)).with(csrf())
			.param("reason", "Tôi muốn sửa")).hasStatus(404);
		assertThat(this.mvc.post().uri("/results/years/2025/unlock").with(as(coordinator)).with(csrf())
			.param("reason", " ")).flash()
			.containsEntry("refusal", "unlockReasonRequired");
		assertThat(this.jdbc.queryForObject("select count(*) from locked_years where year = 2025", Integer.class))
			.isOne();
		assertThat(this.mvc.post().uri("/results/years/2025/unlock").with(as(coordinator)).with(csrf())
			.param("reason", "Sở Công Thương bổ sung số liệu tháng 12")).flash()
			.containsEntry("message", "yearUnlocked");
		assertThat(this.jdbc.queryForList("select reason from year_lock_events where year = 2025 order by id",
				String.class)).containsExactly(null, "Sở Công Thương bổ sung số liệu tháng 12");
		post(staff, "/results/" + draft + "/submit", draft, null);
		assertThat(this.results.status(draft)).isEqualTo("SUBMITTED");
	}

	@Test
	void theReturnNeedsAReason() {
		Long submitted = this.results.create("TM.TUAN_HANG", 2025, "SCT_2025", null, null, "3",
				ResultStatus.SUBMITTED);
		assertThat(this.mvc.post().uri("/results/{id}/return", submitted)
			.with(as(this.accounts.principal(Role.COORDINATOR)))
			.with(csrf())
			.param("version", "0")
			.param("reason", "   ")).flash()
			.containsEntry("refusal", "returnReasonRequired");
		assertThat(this.results.status(submitted)).isEqualTo("SUBMITTED");
	}

	/**
	 * The refusal of a return without a reason opens the page at the review box (#review): it is said there, once,
	 * with the box; and when the figure was approved meanwhile, so that the page draws no review box, at the top.
	 */
	@Test
	void aReturnWithoutAReasonIsSaidInTheReviewBoxOrAtTheTopWhenThereIsNone() {
		Long submitted = this.results.create("TM.TUAN_HANG", 2025, "SCT_2025", null, null, "3",
				ResultStatus.SUBMITTED);
		PortalUser coordinator = this.accounts.principal(Role.COORDINATOR);
		String required = "Vui lòng nêu lý do trả lại";
		Landing inTheBox = Landing.after(this.mvc, returnWithout(submitted, coordinator), as(coordinator));
		assertThat(inTheBox.section()).contains(required);
		assertThat(inTheBox.page()).containsOnlyOnce(required);

		MvcTestResult refused = returnWithout(submitted, coordinator);
		this.jdbc.update("update yearly_results set status = 'APPROVED', approved_at = now() where id = ?", submitted);
		String page = Landing.after(this.mvc, refused, as(coordinator)).page();
		assertThat(page).doesNotContain("id=\"review\"").containsOnlyOnce(required);
		assertThat(page.indexOf(required)).as("above the page's title").isLessThan(page.indexOf("<h1"));
	}

	private MvcTestResult returnWithout(Long id, PortalUser coordinator) {
		return this.mvc.post()
			.uri("/results/{id}/return", id)
			.with(as(coordinator))
			.with(csrf())
			.param("version", "0")
			.param("reason", "   ")
			.exchange();
	}

	@Test
	void aSaveOverSomeoneElsesEditShowsTheirChangeKeepsTheFiguresAndSavesWhenSentAgain() {
		Long id = this.results.create("TM.TUAN_HANG", 2025, "SCT_2025", "11", "10", "12", ResultStatus.DRAFT);
		String version = String.valueOf(this.results.version(id));
		// Both open the form at the same version; the coordinator saves first.
		assertThat(edit(id, version, "13", "").with(as(this.accounts.principal(Role.COORDINATOR))))
			.hasStatus3xxRedirection();
		PortalUser staff = this.accounts.principal(Role.STAFF);
		MvcTestResult second = edit(id, version, "15", "Thuyết minh cán bộ nhập công phu").with(as(staff)).exchange();
		assertThat(second).hasStatusOk();
		assertThat(SlicePage.shown(second)).contains("Người khác vừa lưu kết quả này")
			.as("the other person's change is listed, field by field")
			.containsPattern("Thực hiện</span>:\\s*<span[^>]*>12</span>\\s*→\\s*<span>13<")
			.contains("value=\"15\"", "Thuyết minh cán bộ nhập công phu");
		assertThat(this.results.actual(id)).isEqualByComparingTo("13");
		// The form shown carries the current version: sending it again as it is saves the figures.
		assertThat(edit(id, SlicePage.formVersion(second), "15", "Thuyết minh cán bộ nhập công phu").with(as(staff)))
			.hasStatus3xxRedirection();
		assertThat(this.results.actual(id)).isEqualByComparingTo("15");
	}

	@Test
	void the2021FiguresOfThePlanArePresentAsApprovedCityLevelActuals() throws Exception {
		assertThat(this.jdbc.queryForList("""
				select i.code || '=' || r.actual::bigint || (case when r.actual_is_lower_bound then '+' else '' end)
				from yearly_results r join indicators i on i.id = r.indicator_id
				where r.year = 2021 and r.status = 'APPROVED' and r.department_id is null and r.province_id is null
				order by i.code""", String.class))
			.containsExactly("ASXH.KINH_PHI_HO_TRO=144", "ASXH.PHONG_VAN=1979", "ASXH.TUYEN_DUNG=803",
					"ASXH.TU_VAN_VIEC_LAM=2818", "TM.SAN_LUONG_KET_NOI=300000+");
		String html = HtmlUtils.htmlUnescape(this.mvc.get()
			.uri("/results/years/2021")
			.with(as(this.accounts.principal(Role.LEADER)))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(row(html, "Kinh phí hỗ trợ các địa phương")).contains(">144<");
		assertThat(row(html, "Sản lượng hàng hóa được kết nối tiêu thụ")).contains("trên ", ">300.000<");
		assertThat(row(html, "Số lượt người được tư vấn việc làm")).contains(">2.818<");
		assertThat(row(html, "Số lượt người được phỏng vấn")).contains(">1.979<");
		assertThat(row(html, "Số lao động được tuyển dụng")).contains(">803<");
	}

	private Long enter(PortalUser staff, String indicator, Long province, String target, String actual) {
		MvcTestResult result = this.mvc.post()
			.uri("/results/new")
			.with(as(staff))
			.with(csrf())
			.param("year", "2025")
			.param("indicatorId", indicatorId(indicator).toString())
			.param("provinceId", province == null ? "" : province.toString())
			.param("target", target == null ? "" : target)
			.param("actual", actual)
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).matches("/results/\\d+");
		return Long.valueOf(url.substring("/results/".length()));
	}

	private MockMvcTester.MockMvcRequestBuilder edit(Long id, String version, String actual, String narrative) {
		return this.mvc.post()
			.uri("/results/{id}/edit", id)
			.with(csrf())
			.param("indicatorId", indicatorId("TM.TUAN_HANG").toString())
			.param("provinceId", provinceId("11").toString())
			.param("target", "10")
			.param("actual", actual)
			.param("narrative", narrative)
			.param("version", version);
	}

	private void post(PortalUser user, String uri, Long id, String reason) {
		var request = this.mvc.post().uri(uri).with(as(user)).with(csrf())
			.param("version", String.valueOf(this.results.version(id)));
		if (reason != null) {
			request = request.param("reason", reason);
		}
		assertThat(request).hasStatus3xxRedirection().flash().doesNotContainKey("refusal");
	}

	private Long indicatorId(String code) {
		return this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, code);
	}

	private Long provinceId(String code) {
		return this.jdbc.queryForObject("select id from provinces where code = ? and valid_from = date '2025-07-01'",
				Long.class, code);
	}

	/** The table row of an indicator in the year view. */
	static String row(String html, String indicatorName) {
		int at = html.indexOf(indicatorName);
		assertThat(at).as(indicatorName).isPositive();
		int start = html.lastIndexOf("<tr", at);
		int end = html.indexOf("</tr>", at);
		return html.substring(start, end);
	}

	static BigDecimal decimal(String text) {
		return new BigDecimal(text);
	}

}
