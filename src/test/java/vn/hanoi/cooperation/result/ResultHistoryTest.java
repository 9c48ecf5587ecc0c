package vn.hanoi.cooperation.result;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A result's history reads like an activity's or an agreement's (one shared table): each step of the approval and
 * of the province's answer with its note, each edit as the field with its old value struck through and its new one.
 */
@PortalTest
class ResultHistoryTest {

	private static final String REASON = "Thiếu số liệu quý IV của Điện Biên";

	private static final String DISPUTE = "Tỉnh ghi nhận 11 tuần hàng, không phải 12";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestResults results;

	Long result;

	@BeforeEach
	void createResultWithItsSteps() {
		this.results = new TestResults(this.jdbc).year(2025);
		this.result = this.results.create("TM.TUAN_HANG", 2025, "SCT_2025", "11", "10", "12", ResultStatus.APPROVED);
		change("CREATED", null, null, null, "2025-03-01 08:00");
		change("SUBMITTED", "status", null, null, "2025-03-02 08:00");
		change("RETURNED", "returnReason", null, REASON, "2025-03-03 08:00");
		change("UPDATED", "actual", "10", "12", "2025-03-04 08:00");
		change("APPROVED", "status", null, null, "2025-03-05 08:00");
		change("DISPUTED", "confirmation", "CONFIRMED", DISPUTE, "2025-03-06 08:00");
	}

	@AfterEach
	void cleanUp() {
		this.results.removeAll();
	}

	@Test
	void eachStepShowsItsNoteAndEachEditItsOldAndNewValueAsOnAnActivity() throws Exception {
		String vi = history("vi");
		assertThat(vi).contains("Nhập kết quả", "Gửi duyệt", "Trả lại", REASON, "Duyệt", "Địa phương không thống nhất",
				DISPUTE)
			.contains("Thực hiện</span>:", "<span class=\"text-decoration-line-through text-muted\">10</span>")
			// A step is not a field's change: no "Trạng thái: — → —", no earlier answer's code.
			.doesNotContain("Trạng thái", "Lý do trả lại", ">CONFIRMED<");
		assertThat(vi.indexOf("Địa phương không thống nhất")).as("newest first").isLessThan(vi.indexOf("Nhập kết quả"));
		assertThat(history("en")).contains("Entered", "Submitted", "Returned", REASON, "Actual</span>:",
				"Disputed by the province", DISPUTE);
	}

	/**
	 * A deleted result of a unit that ended keeps which unit it was: Hà Giang's row of January to June 2025 beside the
	 * Tuyên Quang of 1 July (the old Tuyên Quang has the same name).
	 */
	@Test
	void aDeletedResultOfAnEndedUnitSaysItsLastDay() {
		Long draft = this.results.create("TM.TUAN_HANG", 2025, "SCT_2025", "08@2008-08-01", null, "3",
				ResultStatus.DRAFT);
		assertThat(this.mvc.post().uri("/results/{id}/delete", draft).param("version", "0")
			.with(csrf())
			.with(this.accounts.as(Role.STAFF))).hasRedirectedUrl("/results/years/2025/entries");
		assertThat(this.jdbc.queryForObject("""
				select old_value from record_changes
				 where record_kind = 'RESULT' and record_id = ? and action = 'DELETED'""", String.class, draft))
			.contains("Tuyên Quang (–30/06/2025)", "Sở Công Thương").doesNotContain("Sở Công Thương (–");
	}

	private void change(String action, String field, String oldValue, String newValue, String at) {
		this.jdbc.update("""
				insert into record_changes (record_kind, record_id, action, field, old_value, new_value, author_name,
				                            changed_at, created_at, updated_at)
				values ('RESULT', ?, ?, ?, ?, ?, 'Cán bộ Sở Công Thương', ?::timestamptz, ?::timestamptz,
				        ?::timestamptz)""", this.result, action, field, oldValue, newValue, at, at, at);
	}

	/** The result's page from its history section on, as the coordinator reads it. */
	private String history(String lang) throws Exception {
		String html = HtmlUtils.htmlUnescape(this.mvc.get().uri("/results/{id}", this.result).param("lang", lang)
			.with(this.accounts.as(Role.COORDINATOR)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(html).contains("id=\"history-title\"");
		return html.substring(html.indexOf("id=\"history-title\""));
	}

}
