package vn.hanoi.cooperation.result;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * Partner provinces confirm or dispute the approved results shared with them; Hanoi sees the answers, and nobody
 * answers for a result that is not theirs.
 */
@PortalTest
class ProvinceConfirmationTest {

	private static final String DISPUTE = "Theo thống kê của tỉnh, số sự kiện là 4 chứ không phải 5.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	TestResults results;

	PortalUser dienBien;

	Long approvedDienBien;

	Long draftDienBien;

	Long approvedLaiChau;

	Long approvedHaGiang;

	@BeforeEach
	void createResults() {
		this.results = new TestResults(this.jdbc).year(2024).year(2025);
		this.dienBien = this.accounts.principal(Role.PROVINCE);
		this.approvedDienBien = this.results.create("VH.SU_KIEN", 2025, "SVHTT_2025", "11", "4", "5",
				ResultStatus.APPROVED);
		this.draftDienBien = this.results.create("YT.KHAM_CHUA_BENH", 2025, "SYT_2025", "11", null, "1200",
				ResultStatus.DRAFT);
		this.approvedLaiChau = this.results.create("YT.CHUYEN_GIAO_KY_THUAT", 2025, "SYT_2025", "12", "2", "3",
				ResultStatus.APPROVED);
		this.approvedHaGiang = this.results.create("NN.TIEU_THU_NONG_SAN", 2024, "SNNPTNT", "02@2008-08-01", "8000",
				"9200", ResultStatus.APPROVED);
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void aProvinceSeesTheResultsThatConcernItOnItsLandingPage() {
		assertThat(html("/my-province", this.dienBien)).contains("Kết quả liên quan đến địa phương",
				"Số sự kiện giao lưu văn hóa, thể thao", "Địa phương chưa trả lời", "Xác nhận số liệu",
				"/results/" + this.approvedDienBien + "/confirmation")
			// Not approved, or another province's: not there, not even by name.
			.doesNotContain("Số lượt người được khám, chữa bệnh miễn phí", "Số kỹ thuật y tế được chuyển giao",
					"Lai Châu", "Hà Giang", "Sản lượng nông sản được hỗ trợ tiêu thụ");
	}

	@Test
	void oneResultWaitingForTheProvinceReadsInTheSingularInEnglish() {
		assertThat(html("/my-province?lang=en", this.dienBien))
			.contains("1 result not yet confirmed or commented on by the province.", "1 result not answered")
			.doesNotContain("1 results");
	}

	@Test
	void aProvinceConfirmsAResultWithoutAComment() {
		assertThat(answer(this.dienBien, this.approvedDienBien, "CONFIRMED", null, null))
			.hasRedirectedUrl("/my-province?resultYear=2025&resultPage=1#result-" + this.approvedDienBien)
			.flash()
			.containsEntry("answerMessage", "resultConfirmed");
		assertThat(current(this.approvedDienBien)).containsEntry("status", "CONFIRMED")
			.containsEntry("comment", null)
			.containsEntry("author_name", "Cán bộ Điện Biên")
			.containsEntry("province_code", "11");
		assertThat(historyStatuses(this.approvedDienBien)).containsExactly("CONFIRMED");
		assertThat(changeActions(this.approvedDienBien)).containsExactly("CONFIRMED");
		assertThat(html("/my-province", this.dienBien)).contains("Địa phương đã xác nhận", "Cán bộ Điện Biên",
				"Thay đổi ý kiến");
		// No dispute, no flag.
		assertThat(html("/results/years/2025", this.accounts.principal(Role.LEADER)))
			.doesNotContain("Địa phương không thống nhất");
	}

	@Test
	void aProvinceConfirmsAResultWithAComment() {
		assertThat(answer(this.dienBien, this.approvedDienBien, "CONFIRMED", "  Khớp với báo cáo của Sở VHTT tỉnh. ",
				"result"))
			.hasRedirectedUrl("/results/" + this.approvedDienBien + "#confirmation");
		assertThat(current(this.approvedDienBien)).containsEntry("status", "CONFIRMED")
			.containsEntry("comment", "Khớp với báo cáo của Sở VHTT tỉnh.");
		assertThat(html("/results/" + this.approvedDienBien, this.dienBien)).contains("Địa phương đã xác nhận",
				"Khớp với báo cáo của Sở VHTT tỉnh.");
	}

	@Test
	void aDisputeNeedsAComment() throws Exception {
		assertThat(answer(this.dienBien, this.approvedDienBien, "DISPUTED", "   ", null))
			.hasRedirectedUrl("/my-province?resultYear=2025&resultPage=1#result-" + this.approvedDienBien)
			.flash()
			.containsEntry("answerMessage", "disputeCommentRequired");
		assertThat(answer(this.dienBien, this.approvedDienBien, "DISPUTED", "x".repeat(2001), null)).flash()
			.containsEntry("answerMessage", "confirmationCommentTooLong");
		assertThat(answer(this.dienBien, this.approvedDienBien, "MAYBE", "Chưa rõ", null)).flash()
			.containsEntry("answerMessage", "confirmationAnswerRequired");
		assertThat(answer(this.dienBien, this.approvedDienBien, null, "Chưa rõ", null)).flash()
			.containsEntry("answerMessage", "confirmationAnswerRequired");
		assertNothingWritten(this.approvedDienBien);
		// Back on the page, the message sits in the result's card, whose form is open again.
		MvcTestResult page = this.mvc.get()
			.uri("/my-province")
			.with(as(this.dienBien))
			.flashAttr("answered", this.approvedDienBien)
			.flashAttr("answerRefused", true)
			.flashAttr("answerMessage", "disputeCommentRequired")
			.exchange();
		String card = HtmlUtils.htmlUnescape(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		card = card.substring(card.indexOf("id=\"result-" + this.approvedDienBien + "\""));
		card = card.substring(0, card.indexOf("</article>"));
		assertThat(card).contains("Khi không thống nhất với kết quả, hãy nêu ý kiến", "<details class=\"mt-2 confirmation-form\" open");
	}

	@Test
	void aDisputeWithACommentIsRecordedAndFlagsTheYearViewForHanoi() {
		PortalUser leader = this.accounts.principal(Role.LEADER);
		assertThat(answer(this.dienBien, this.approvedDienBien, "DISPUTED", DISPUTE, null)).flash()
			.containsEntry("answerMessage", "resultDisputed");
		assertThat(current(this.approvedDienBien)).containsEntry("status", "DISPUTED").containsEntry("comment", DISPUTE);

		String year = html("/results/years/2025", leader);
		assertThat(ResultScenarioTest.row(year, "Số sự kiện giao lưu văn hóa, thể thao"))
			.contains("Địa phương không thống nhất");
		assertThat(ResultScenarioTest.row(year, "Số kỹ thuật y tế được chuyển giao"))
			.doesNotContain("Địa phương không thống nhất");
		// Hanoi reads the answer on the result's page (with the result's history) and on the province page.
		assertThat(html("/results/" + this.approvedDienBien, leader)).contains("Địa phương không thống nhất", DISPUTE,
				"Cán bộ Điện Biên")
			.doesNotContain("Xác nhận số liệu");
		assertThat(html("/provinces/" + dienBien2025(), leader)).contains("Kết quả đã duyệt và ý kiến của địa phương",
				"Số sự kiện giao lưu văn hóa, thể thao", DISPUTE, "Địa phương không thống nhất với 1 kết quả.")
			.doesNotContain("Xác nhận số liệu", "Số kỹ thuật y tế được chuyển giao");
		// The province sees its own dispute flagged too.
		assertThat(html("/results/years/2025", this.dienBien)).contains("Địa phương không thống nhất");
	}

	/**
	 * The coordinator cannot approve a disputed figure again, but can send it back to its department with a reason:
	 * it leaves the coordinator's disputes, waits for the department as returned, and the province answers again
	 * once it is approved again; the dispute stays in the history.
	 */
	@Test
	void theCoordinatorSendsADisputedFigureBackToItsDepartment() {
		PortalUser coordinator = this.accounts.principal(Role.COORDINATOR);
		assertThat(html("/results/" + this.approvedDienBien, coordinator)).doesNotContain("id=\"reopen\"");
		assertThat(reopen(this.approvedLaiChau, "Không tranh chấp")).flash()
			.containsEntry("refusal", "resultStateRefused");
		answer(this.dienBien, this.approvedDienBien, "DISPUTED", DISPUTE, null);
		assertThat(html("/my-work", coordinator)).contains("/results/" + this.approvedDienBien + "\"");
		assertThat(html("/results/" + this.approvedDienBien, coordinator)).contains("id=\"reopen\"",
				"Trả lại đơn vị để điều chỉnh");

		assertThat(reopen(this.approvedDienBien, "Tỉnh báo 4 sự kiện, đề nghị Sở kiểm tra lại")).flash()
			.containsEntry("message", "resultReopened");
		assertThat(this.results.status(this.approvedDienBien)).isEqualTo("RETURNED");
		assertThat(this.jdbc.queryForMap("select return_reason, approved_at from yearly_results where id = ?",
				this.approvedDienBien)).containsEntry("return_reason", "Tỉnh báo 4 sự kiện, đề nghị Sở kiểm tra lại")
			.containsEntry("approved_at", null);
		assertThat(html("/my-work", coordinator)).doesNotContain("/results/" + this.approvedDienBien + "\"");
		assertThat(html("/my-work", this.accounts.staffOf("SVHTT_2025")))
			.contains("/results/" + this.approvedDienBien + "\"", "Tỉnh báo 4 sự kiện");
		assertThat(this.jdbc.queryForObject("select count(*) from province_confirmation_history where result_id = ?",
				Integer.class, this.approvedDienBien)).as("the dispute stays in the history").isOne();
		assertThat(reopen(this.approvedDienBien, "Lần nữa")).flash().containsEntry("refusal", "resultStateRefused");
		// Sent with no reason once the figure is no longer disputed and approved: told why the step is gone, not
		// asked for a reason for a box the page no longer shows.
		assertThat(reopen(this.approvedDienBien, "  ")).flash().containsEntry("refusal", "resultStateRefused");
	}

	private MvcTestResult reopen(Long id, String reason) {
		return this.mvc.post().uri("/results/{id}/reopen", id)
			.param("version", String.valueOf(this.jdbc.queryForObject("select version from yearly_results where id = ?",
					Long.class, id)))
			.param("reason", reason)
			.with(as(this.accounts.principal(Role.COORDINATOR)))
			.with(csrf())
			.exchange();
	}

	/**
	 * Once a year is locked the province's answer is refused with the reason and nothing is written; its pages say
	 * why instead of offering the buttons. A dispute already open stays in the coordinator's list, marked as in a
	 * locked year with what to do, and no result waits for the province's answer there.
	 */
	@Test
	void aLockedYearTakesNoAnswerAndEveryPageSaysWhy() throws Exception {
		PortalUser coordinator = this.accounts.principal(Role.COORDINATOR);
		Long disputed = this.results.create("TM.TUAN_HANG", 2025, "SCT_2025", "11", null, "12",
				ResultStatus.APPROVED);
		answer(this.dienBien, disputed, "DISPUTED", DISPUTE, null);
		assertThat(section(html("/my-work", this.dienBien), "toConfirm"))
			.contains("/results/" + this.approvedDienBien + "\"");
		this.jdbc.update("insert into locked_years (year, locked_by_name) values (2025, 'Điều phối')");

		assertThat(answer(this.dienBien, this.approvedDienBien, "CONFIRMED", null, null))
			.hasRedirectedUrl("/my-province?resultYear=2025&resultPage=1#result-" + this.approvedDienBien)
			.flash()
			.containsEntry("answerMessage", "confirmationYearLocked")
			.containsEntry("answerRefused", true);
		assertThat(answer(this.dienBien, this.approvedDienBien, "DISPUTED", DISPUTE, "result"))
			.hasRedirectedUrl("/results/" + this.approvedDienBien + "#confirmation")
			.flash()
			.containsEntry("answerMessage", "confirmationYearLocked");
		assertThat(answer(this.dienBien, disputed, "CONFIRMED", null, null)).flash()
			.containsEntry("answerMessage", "confirmationYearLocked");
		assertNothingWritten(this.approvedDienBien);
		assertThat(historyStatuses(disputed)).containsExactly("DISPUTED");
		assertThat(current(disputed)).containsEntry("status", "DISPUTED");

		String locked = "Số liệu năm 2025 đã khóa: không thể xác nhận hay nêu ý kiến về các kết quả này nữa.";
		assertThat(html("/my-province", this.dienBien)).contains(locked)
			.doesNotContain("/results/" + this.approvedDienBien + "/confirmation", "Xác nhận số liệu")
			.as("the banner counts only what can still be answered")
			.doesNotContain("kết quả chưa được địa phương xác nhận");
		assertThat(html("/results/" + this.approvedDienBien, this.dienBien)).contains(locked)
			.doesNotContain("/confirmation\"", "Xác nhận số liệu");
		String refused = HtmlUtils.htmlUnescape(this.mvc.get()
			.uri("/my-province?lang=en")
			.with(as(this.dienBien))
			.flashAttr("answered", this.approvedDienBien)
			.flashAttr("answerRefused", true)
			.flashAttr("answerMessage", "confirmationYearLocked")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused).contains("The 2025 figures are locked: these results can no longer be confirmed or disputed.");
		assertThat(card(refused, this.approvedDienBien)).contains("This year's figures are locked: results can no "
				+ "longer be confirmed or disputed, and the answer was not recorded.");
		assertThat(section(html("/my-work", this.dienBien), "toConfirm"))
			.as("nothing waits for an answer that would be refused")
			.doesNotContain("/results/" + this.approvedDienBien + "\"");

		// The open dispute is still the coordinator's, marked, and its page offers no step that would fail.
		assertThat(section(html("/my-work", coordinator), "disputes")).contains("/results/" + disputed + "\"",
				"Số liệu năm 2025 đã khóa: mở khóa năm để xử lý ý kiến này.");
		assertThat(html("/results/" + disputed, coordinator)).doesNotContain("id=\"reopen\"");

		// Unlocked, the year is answered again: the page kept in memory follows.
		this.jdbc.update("delete from locked_years where year = 2025");
		assertThat(html("/my-province", this.dienBien)).doesNotContain(locked)
			.contains("/results/" + this.approvedDienBien + "/confirmation")
			.contains("kết quả chưa được địa phương xác nhận");
		assertThat(section(html("/my-work", coordinator), "disputes")).contains("/results/" + disputed + "\"")
			.doesNotContain("đã khóa");
		assertThat(answer(this.dienBien, this.approvedDienBien, "CONFIRMED", null, null)).flash()
			.containsEntry("answerMessage", "resultConfirmed");
	}

	/**
	 * Hanoi's readers of a province page are told how many results the province has not answered: only those it
	 * can still answer, as the province's own banner says, never a locked year's that no answer can reach.
	 */
	@Test
	void aHanoiReaderCountsOnlyWhatTheProvinceCanStillAnswer() {
		PortalUser leader = this.accounts.principal(Role.LEADER);
		String waiting = "1 kết quả chưa được địa phương xác nhận hay nêu ý kiến.";
		assertThat(html("/provinces/" + dienBien2025(), leader)).contains(waiting);
		this.jdbc.update("insert into locked_years (year, locked_by_name) values (2025, 'Điều phối')");
		try {
			assertThat(html("/provinces/" + dienBien2025(), leader)).contains("Số sự kiện giao lưu văn hóa, thể thao")
				.doesNotContain("kết quả chưa được địa phương xác nhận");
		}
		finally {
			this.jdbc.update("delete from locked_years where year = 2025");
		}
	}

	/** The HTML of one section of a person's inbox ("My work"). */
	private static String section(String html, String key) {
		int start = html.indexOf("id=\"inbox-" + key + "\"");
		assertThat(start).as("section " + key).isNotNegative();
		return html.substring(start, html.indexOf("</section>", start));
	}

	@Test
	void changingTheAnswerKeepsTheEarlierOne() {
		answer(this.dienBien, this.approvedDienBien, "CONFIRMED", null, null);
		answer(this.dienBien, this.approvedDienBien, "DISPUTED", DISPUTE, "result");
		assertThat(this.jdbc.queryForObject("select count(*) from province_confirmations where result_id = ?",
				Long.class, this.approvedDienBien)).isOne();
		assertThat(current(this.approvedDienBien)).containsEntry("status", "DISPUTED");
		assertThat(historyStatuses(this.approvedDienBien)).containsExactly("CONFIRMED", "DISPUTED");
		assertThat(changeActions(this.approvedDienBien)).containsExactly("CONFIRMED", "DISPUTED");
		assertThat(this.jdbc.queryForObject("select old_value from yearly_result_changes where result_id = ? "
				+ "and action = 'DISPUTED'", String.class, this.approvedDienBien)).isEqualTo("CONFIRMED");
		assertThat(html("/results/" + this.approvedDienBien, this.accounts.principal(Role.COORDINATOR)))
			.contains("Các lần trả lời", "Địa phương đã xác nhận", DISPUTE);
		assertThat(ResultScenarioTest.row(html("/results/years/2025", this.accounts.principal(Role.COORDINATOR)),
				"Số sự kiện giao lưu văn hóa, thể thao"))
			.contains("Địa phương không thống nhất");

		// Confirming again lifts the flag, and the dispute stays in the history.
		answer(this.dienBien, this.approvedDienBien, "CONFIRMED", "Đã đối chiếu lại, số liệu đúng.", null);
		assertThat(historyStatuses(this.approvedDienBien)).containsExactly("CONFIRMED", "DISPUTED", "CONFIRMED");
		assertThat(ResultScenarioTest.row(html("/results/years/2025", this.accounts.principal(Role.LEADER)),
				"Số sự kiện giao lưu văn hóa, thể thao"))
			.doesNotContain("Địa phương không thống nhất");
	}

	@Test
	void aUnitFormedIn2025AnswersForItsPredecessorsResults() {
		PortalUser tuyenQuang = this.accounts.provinceOf("08");
		assertThat(html("/my-province", tuyenQuang)).contains("Sản lượng nông sản được hỗ trợ tiêu thụ",
				"Hà Giang (đơn vị trước 01/07/2025)", "/results/" + this.approvedHaGiang + "/confirmation")
			.doesNotContain("Điện Biên", "Số sự kiện giao lưu văn hóa, thể thao");
		assertThat(answer(tuyenQuang, this.approvedHaGiang, "DISPUTED", "Sản lượng cam sành là 8.700 tấn.", null))
			.flash()
			.containsEntry("answerMessage", "resultDisputed");
		// The answer belongs to the unit the result is about.
		assertThat(current(this.approvedHaGiang)).containsEntry("province_code", "02")
			.containsEntry("author_name", "Cán bộ tỉnh 08");
		assertThat(html("/results/years/2024", this.accounts.principal(Role.LEADER)))
			.contains("Địa phương không thống nhất");
		// Điện Biên neither sees nor answers it.
		assertThat(answer(this.dienBien, this.approvedHaGiang, "CONFIRMED", null, null)).hasStatus(404);
		assertThat(historyStatuses(this.approvedHaGiang)).containsExactly("DISPUTED");
	}

	@Test
	void nobodyAnswersForAResultThatIsNotTheirs() {
		// Another province's result, and a result of their own that is not approved.
		assertThat(answer(this.dienBien, this.approvedLaiChau, "CONFIRMED", null, null)).hasStatus(404);
		assertThat(answer(this.dienBien, this.approvedLaiChau, "DISPUTED", DISPUTE, null)).hasStatus(404);
		assertThat(answer(this.dienBien, this.draftDienBien, "CONFIRMED", null, null)).hasStatus(404);
		// Even an invalid answer gets 404 first, so it says nothing about the result.
		assertThat(answer(this.dienBien, this.approvedLaiChau, "DISPUTED", null, null)).hasStatus(404);
		assertThat(answer(this.dienBien, 999_999_999L, "CONFIRMED", null, null)).hasStatus(404);
		// Hanoi's users never answer on a province's behalf.
		for (Role role : List.of(Role.ADMIN, Role.COORDINATOR, Role.STAFF, Role.LEADER)) {
			assertThat(answer(this.accounts.principal(role), this.approvedDienBien, "CONFIRMED", null, null))
				.as(role.name())
				.hasStatus(404);
		}
		assertThat(answer(this.accounts.staffOf("SVHTT_2025"), this.approvedDienBien, "DISPUTED", DISPUTE, null))
			.hasStatus(404);
		for (Long id : List.of(this.approvedLaiChau, this.draftDienBien, this.approvedDienBien)) {
			assertNothingWritten(id);
		}
		assertThat(html("/results/" + this.approvedDienBien, this.accounts.principal(Role.COORDINATOR)))
			.doesNotContain("Xác nhận số liệu");
	}

	@Test
	void aProvinceSeesOnlyItsOwnAnswers() {
		this.results.dispute(this.approvedLaiChau, "12");
		answer(this.dienBien, this.approvedDienBien, "CONFIRMED", null, null);
		assertThat(html("/my-province", this.dienBien)).doesNotContain("Lai Châu", "Số liệu chưa khớp");
		assertThat(html("/results/years/2025", this.dienBien)).doesNotContain("Lai Châu",
				"Địa phương không thống nhất");
		assertThat(html("/results/" + this.approvedDienBien, this.dienBien)).doesNotContain("Lai Châu");
	}

	@Test
	void resultsComeOneYearAndOnePageAtATime() {
		// 60 approved results of 2024 about Điện Biên (the unit before July 2025), one per indicator and department.
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, actual, status,
				                            approved_at, approved_by_name, narrative)
				select i.id, 2024, d.id, (select id from provinces where code = '11' and valid_to is not null), 1,
				       'APPROVED', now(), 'Điều phối', 'Kết quả phân trang'
				  from indicators i cross join departments d where d.valid_to is not null
				 order by i.code, d.code limit 60""");
		String latest = html("/my-province", this.dienBien);
		assertThat(latest).contains("Năm 2025", "Số sự kiện giao lưu văn hóa, thể thao", "resultYear=2024")
			.doesNotContain("Kết quả phân trang");
		String first = html("/my-province?resultYear=2024", this.dienBien);
		assertThat(first).contains("Năm 2024", "Trang 1 / 2", "resultYear=2024&resultPage=2")
			.doesNotContain("Số sự kiện giao lưu văn hóa, thể thao");
		assertThat(occurrences(first, "Kết quả phân trang")).isEqualTo(50);
		String second = html("/my-province?resultYear=2024&resultPage=2", this.dienBien);
		assertThat(occurrences(second, "Kết quả phân trang")).isEqualTo(10);
		assertThat(second).contains("Trang 2 / 2");
		// A page past the end shows the last one; nonsense shows the first; a year without results the latest.
		assertThat(html("/my-province?resultYear=2024&resultPage=99", this.dienBien)).contains("Trang 2 / 2");
		assertThat(html("/my-province?resultYear=2024&resultPage=-1%27", this.dienBien)).contains("Trang 1 / 2");
		assertThat(html("/my-province?resultYear=1999", this.dienBien))
			.contains("Số sự kiện giao lưu văn hóa, thể thao")
			.doesNotContain("Kết quả phân trang");
		// Hanoi's users page the same way on the province page; answering from page 2 comes back to page 2.
		assertThat(html("/provinces/" + dienBien2025() + "?resultYear=2024&resultPage=2",
				this.accounts.principal(Role.LEADER))).contains("Trang 2 / 2");
		Long onSecondPage = this.jdbc.queryForObject(
				"select max(id) from yearly_results where narrative = 'Kết quả phân trang'", Long.class);
		assertThat(this.mvc.post()
			.uri("/results/{id}/confirmation", onSecondPage)
			.with(as(this.dienBien))
			.with(csrf())
			.param("answer", "CONFIRMED")
			.param("page", "2")
			.exchange()).hasRedirectedUrl("/my-province?resultYear=2024&resultPage=2#result-" + onSecondPage);
	}

	/**
	 * The officer answers about the figures they read: when the figure was changed since their page was opened (sent
	 * back, corrected and approved again), the answer is not recorded, and they are told to look again.
	 */
	@Test
	void anAnswerFromAPageReadBeforeTheFigureChangedIsNotRecorded() {
		String card = card(html("/my-province", this.dienBien), this.approvedDienBien);
		String shown = card.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(shown).isEqualTo(String.valueOf(this.results.version(this.approvedDienBien)));
		// Meanwhile the figure is corrected from 5 to 7 and approved again.
		this.jdbc.update("update yearly_results set actual = 7, version = version + 2 where id = ?",
				this.approvedDienBien);

		assertThat(answerAt(shown, "CONFIRMED")).hasRedirectedUrl(
				"/my-province?resultYear=2025&resultPage=1#result-" + this.approvedDienBien)
			.flash()
			.containsEntry("answerMessage", "confirmationFigureChanged")
			.containsEntry("answerRefused", true);
		assertNothingWritten(this.approvedDienBien);

		// Read again, the figure of 7 is confirmed.
		String again = card(html("/my-province", this.dienBien), this.approvedDienBien);
		assertThat(again).contains("7 sự kiện");
		assertThat(answerAt(again.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1"), "CONFIRMED"))
			.flash()
			.containsEntry("answerMessage", "resultConfirmed");
		assertThat(current(this.approvedDienBien)).containsEntry("status", "CONFIRMED");
		// The result's own page sends its version too; a version that is not one is not the figure's.
		assertThat(html("/results/" + this.approvedDienBien, this.dienBien))
			.contains("name=\"version\" value=\"" + this.results.version(this.approvedDienBien) + "\"");
		assertThat(answerAt("x1", "DISPUTED")).flash().containsEntry("answerMessage", "confirmationFigureChanged");
		assertThat(historyStatuses(this.approvedDienBien)).containsExactly("CONFIRMED");
	}

	/**
	 * The coordinator sends the figure back while the province's answer is on its way: the answer waits for that to
	 * commit and then finds the figure no longer approved, rather than being left on a returned figure (where, once
	 * approved again, it would stand for an answer the province never gave to the new figures).
	 */
	@Test
	void anAnswerRacingTheFigureBeingSentBackIsNotLeftOnIt() throws Exception {
		String version = String.valueOf(this.results.version(this.approvedDienBien));
		MvcTestResult answered;
		try (java.sql.Connection coordinator = this.dataSource.getConnection()) {
			coordinator.setAutoCommit(false);
			// The coordinator's step under way: the result returned, not yet committed.
			try (var returned = coordinator.prepareStatement("""
					update yearly_results set status = 'RETURNED', return_reason = 'Tỉnh báo 4 sự kiện',
					       approved_at = null, version = version + 1 where id = ?""")) {
				returned.setLong(1, this.approvedDienBien);
				returned.executeUpdate();
			}
			var answer = java.util.concurrent.CompletableFuture.supplyAsync(() -> answerAt(version, "CONFIRMED"));
			Thread.sleep(1_500);
			coordinator.commit();
			answered = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		assertThat(answered).hasStatus(404);
		assertThat(this.results.status(this.approvedDienBien)).isEqualTo("RETURNED");
		assertNothingWritten(this.approvedDienBien);
	}

	private MvcTestResult answerAt(String version, String status) {
		return this.mvc.post()
			.uri("/results/{id}/confirmation", this.approvedDienBien)
			.with(as(this.dienBien))
			.with(csrf())
			.param("answer", status)
			.param("comment", "Số liệu của tỉnh")
			.param("version", version)
			.exchange();
	}

	/** The result's card on the province's page. */
	private static String card(String html, Long resultId) {
		String card = html.substring(html.indexOf("id=\"result-" + resultId + "\""));
		return card.substring(0, card.indexOf("</article>"));
	}

	private static int occurrences(String html, String text) {
		return html.split(java.util.regex.Pattern.quote(text), -1).length - 1;
	}

	private MvcTestResult answer(PortalUser user, Long id, String status, String comment, String from) {
		var request = this.mvc.post().uri("/results/{id}/confirmation", id).with(as(user)).with(csrf());
		if (status != null) {
			request = request.param("answer", status);
		}
		if (comment != null) {
			request = request.param("comment", comment);
		}
		if (from != null) {
			request = request.param("from", from);
		}
		return request.exchange();
	}

	private Map<String, Object> current(Long resultId) {
		return this.jdbc.queryForMap("""
				select c.status, c.comment, c.author_name, p.code as province_code
				from province_confirmations c join provinces p on p.id = c.province_id where c.result_id = ?""",
				resultId);
	}

	private List<String> historyStatuses(Long resultId) {
		return this.jdbc.queryForList(
				"select status from province_confirmation_history where result_id = ? order by answered_at, id",
				String.class, resultId);
	}

	private List<String> changeActions(Long resultId) {
		return this.jdbc.queryForList("select action from yearly_result_changes where result_id = ? "
				+ "and action in ('CONFIRMED', 'DISPUTED') order by id", String.class, resultId);
	}

	private void assertNothingWritten(Long resultId) {
		assertThat(this.jdbc.queryForObject("select count(*) from province_confirmations where result_id = ?",
				Long.class, resultId)).as("current answers").isZero();
		assertThat(historyStatuses(resultId)).as("answers").isEmpty();
		assertThat(changeActions(resultId)).as("history").isEmpty();
	}

	private Long dienBien2025() {
		return this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
	}

	private String html(String uri, PortalUser user) {
		MvcTestResult result = this.mvc.get().uri(uri).with(as(user)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
