package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Keeping the register: entering, correcting and terminating agreements, and the list's status filter. */
@PortalTest
class AgreementFormTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestAgreements agreements;

	Long dienBien2008;

	Long dienBien2025;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.agreements = new TestAgreements(this.jdbc);
		this.dienBien2008 = provinceId("11", "2008-08-01");
		this.dienBien2025 = provinceId("11", "2025-07-01");
		this.today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@AfterEach
	void tearDown() {
		this.jdbc.queryForList("select id from agreements where title like 'FORM %'", Long.class)
			.forEach(this.agreements::forget);
		this.jdbc.update("delete from activity_changes where activity_id in "
				+ "(select id from activities where title like 'FORM %')");
		this.jdbc.update("delete from activities where title like 'FORM %'");
		this.agreements.removeAll();
	}

	@Test
	void theCoordinatorEntersAnAgreementWithItsPartnersAndGroups() {
		Long trade = this.jdbc.queryForObject("select id from cooperation_groups where number = 2", Long.class);
		MvcTestResult result = this.mvc.post()
			.uri("/agreements/new")
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("kind", "COOPERATION_AGREEMENT")
			.param("documentNumber", "05/TTHT")
			.param("title", "FORM Thỏa thuận Hà Nội – Điện Biên")
			.param("provinceIds", String.valueOf(this.dienBien2008))
			.param("signedOn", "20/11/2021")
			.param("validTo", "2025-12-31")
			.param("hanoiSignatoryName", "Nguyễn Văn A")
			.param("groupIds", String.valueOf(trade))
			.param("sharedWithProvinces", "true")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		Map<String, Object> saved = this.jdbc.queryForMap("""
				select a.id, a.signed_on::text signed, a.shared_with_provinces shared,
				       (select count(*) from agreement_provinces p where p.agreement_id = a.id) partners,
				       (select count(*) from agreement_groups g where g.agreement_id = a.id) groups
				from agreements a where a.title = 'FORM Thỏa thuận Hà Nội – Điện Biên'""");
		assertThat(saved).containsEntry("signed", "2021-11-20").containsEntry("shared", true);
		assertThat(((Number) saved.get("partners")).intValue()).isEqualTo(1);
		assertThat(((Number) saved.get("groups")).intValue()).isEqualTo(1);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/agreements/" + saved.get("id"));
	}

	/** Without a signing day the partners went unchecked: Hà Giang (until 30/06/2025) was kept for 2026. */
	@Test
	void anAgreementWithoutASigningDayNamesTheUnitsOfItsFirstDayInForceAndOfOneMap() {
		Long haGiang2008 = provinceId("02", "2008-08-01");
		Long tuyenQuang2025 = provinceId("08", "2025-07-01");
		assertThat(SlicePage.shown(create("FORM Hà Giang từ 2026", "01/01/2026", haGiang2008).exchange()))
			.contains("Có địa phương chưa (hoặc không còn) là đơn vị hành chính vào ngày có hiệu lực.")
			.contains("value=\"FORM Hà Giang từ 2026\"");
		assertThat(SlicePage.shown(create("FORM Hai bản đồ", "", tuyenQuang2025, haGiang2008).param("lang", "en")
			.exchange())).contains("The signing provinces must be units on the same day");
		assertThat(this.jdbc.queryForObject("select count(*) from agreements where title like 'FORM %'", Integer.class))
			.isZero();
		assertThat(create("FORM Hà Giang từ 2023", "01/01/2023", haGiang2008)).hasStatus3xxRedirection();
		assertThat(create("FORM Tuyên Quang chưa có ngày", "", tuyenQuang2025)).hasStatus3xxRedirection();
	}

	private MockMvcRequestBuilder create(String title,
			String validFrom, Long... provinces) {
		return this.mvc.post()
			.uri("/agreements/new")
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("kind", "COOPERATION_AGREEMENT")
			.param("title", title)
			.param("validFrom", validFrom)
			.param("provinceIds", java.util.Arrays.stream(provinces).map(String::valueOf).toArray(String[]::new));
	}

	@Test
	void aSaveOverSomeoneElsesEditShowsTheirChangeKeepsTheInputAndSavesWhenSentAgain() {
		Long id = this.agreements.create("FORM Biên bản", true, "11");
		// Both open the form at version 0; the coordinator saves first.
		assertThat(edit(id, "0", "FORM Biên bản – bản của đầu mối").with(this.accounts.as(Role.COORDINATOR)))
			.hasStatus3xxRedirection();
		MvcTestResult second = edit(id, "0", "FORM Biên bản do quản trị sửa")
			.param("summary", "Tóm tắt quản trị nhập công phu")
			.with(this.accounts.as(Role.ADMIN))
			.exchange();
		assertThat(second).hasStatusOk();
		assertThat(SlicePage.shown(second)).contains("Người khác vừa lưu thỏa thuận này")
			.as("the other person's change is listed, field by field")
			.containsPattern("Tên văn bản</span>:\\s*<span[^>]*>FORM Biên bản</span>\\s*→\\s*<span>FORM Biên bản – bản của đầu mối<")
			.contains("value=\"FORM Biên bản do quản trị sửa\"", "Tóm tắt quản trị nhập công phu");
		assertThat(title(id)).isEqualTo("FORM Biên bản – bản của đầu mối");
		// The form shown carries the current version: sending it again as it is saves the input.
		assertThat(edit(id, SlicePage.formVersion(second), "FORM Biên bản do quản trị sửa").with(this.accounts.as(Role.ADMIN)))
			.hasStatus3xxRedirection();
		assertThat(title(id)).isEqualTo("FORM Biên bản do quản trị sửa");
		assertThat(SlicePage.shown(this.mvc.get().uri("/agreements/{id}/edit", id).with(this.accounts.as(Role.ADMIN))
			.exchange())).as("no conflict, no notice").doesNotContain("Người khác vừa lưu");
	}

	@Test
	void aTerminationOverSomeoneElsesEditShowsTheirChangeKeepsTheReasonAndTerminatesWhenSentAgain() {
		Long id = this.agreements.create("FORM Thỏa thuận", true, "11");
		assertThat(edit(id, "0", "FORM Thỏa thuận đã sửa tên").with(this.accounts.as(Role.COORDINATOR)))
			.hasStatus3xxRedirection();
		MvcTestResult second = terminate(id, "0").with(this.accounts.as(Role.ADMIN)).exchange();
		assertThat(second).hasStatusOk();
		assertThat(SlicePage.shown(second)).contains("Người khác vừa lưu thỏa thuận này")
			.containsPattern("Tên văn bản</span>:\\s*<span[^>]*>FORM Thỏa thuận</span>\\s*→\\s*<span>FORM Thỏa thuận đã sửa tên<")
			.contains("Hai bên thống nhất dừng hợp tác");
		assertThat(this.jdbc.queryForObject("select terminated_on is null from agreements where id = ?", Boolean.class,
				id)).isTrue();
		assertThat(terminate(id, SlicePage.formVersion(second)).with(this.accounts.as(Role.ADMIN))).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select termination_reason from agreements where id = ?", String.class,
				id)).isEqualTo("Hai bên thống nhất dừng hợp tác");
	}

	private MockMvcTester.MockMvcRequestBuilder edit(Long id, String version, String title) {
		return this.mvc.post()
			.uri("/agreements/{id}/edit", id)
			.with(csrf())
			.param("kind", "WORKING_MINUTES")
			.param("title", title)
			.param("provinceIds", String.valueOf(this.dienBien2008))
			.param("version", version);
	}

	private MockMvcTester.MockMvcRequestBuilder terminate(Long id, String version) {
		return terminate(id, version, this.today.toString());
	}

	private MockMvcTester.MockMvcRequestBuilder terminate(Long id, String version, String day) {
		return this.mvc.post()
			.uri("/agreements/{id}/terminate", id)
			.with(csrf())
			.param("terminatedOn", day)
			.param("reason", "Hai bên thống nhất dừng hợp tác")
			.param("version", version);
	}

	private String title(Long id) {
		return this.jdbc.queryForObject("select title from agreements where id = ?", String.class, id);
	}

	@Test
	void aTerminationKeepsItsDateAndReasonAndTheStatusFollows() {
		Long id = this.agreements.create("FORM Thỏa thuận chấm dứt", true, "11");
		assertThat(this.mvc.post()
			.uri("/agreements/{id}/terminate", id)
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("terminatedOn", this.today.toString())
			.param("reason", "")
			.param("version", "0")).hasStatusOk().bodyText().contains("Vui lòng nêu lý do chấm dứt.");
		assertThat(this.mvc.post()
			.uri("/agreements/{id}/terminate", id)
			.with(this.accounts.as(Role.COORDINATOR))
			.with(csrf())
			.param("terminatedOn", this.today.toString())
			.param("reason", "Thay thế bằng chương trình mới")
			.param("version", "0")).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/agreements/{id}", id).with(this.accounts.as(Role.LEADER))).bodyText()
			.contains("Đã chấm dứt", "Thay thế bằng chương trình mới");
	}

	/** An agreement ends once: a second termination, even posted at its current version, changes nothing. */
	@Test
	void aTerminatedAgreementIsNotTerminatedAgain() {
		Long id = this.agreements.create("FORM Thỏa thuận chấm dứt một lần", true, "11");
		assertThat(terminate(id, "0").with(this.accounts.as(Role.COORDINATOR))).hasStatus3xxRedirection();
		String version = String.valueOf(this.jdbc.queryForObject("select version from agreements where id = ?",
				Long.class, id));
		assertThat(this.mvc.post()
			.uri("/agreements/{id}/terminate", id)
			.with(this.accounts.as(Role.ADMIN))
			.with(csrf())
			.param("terminatedOn", this.today.minusDays(1).toString())
			.param("reason", "Chấm dứt lần hai")
			.param("version", version)).hasRedirectedUrl("/agreements/" + id)
			.flash()
			.containsEntry("refusal", "agreementAlreadyTerminated");
		assertThat(this.jdbc.queryForMap("select terminated_on, termination_reason, version from agreements where id = ?",
				id)).containsEntry("terminated_on", java.sql.Date.valueOf(this.today))
			.containsEntry("termination_reason", "Hai bên thống nhất dừng hợp tác")
			.containsEntry("version", Long.valueOf(version));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from record_changes where record_kind = 'AGREEMENT' and record_id = ? "
						+ "and action = 'TERMINATED' and field = 'terminationReason'",
				Integer.class, id)).as("one termination in the history").isOne();
		// The form is not offered again either, and the agreement's page says why.
		assertThat(this.mvc.get().uri("/agreements/{id}/terminate", id).with(this.accounts.as(Role.COORDINATOR)))
			.hasRedirectedUrl("/agreements/" + id);
		assertThat(this.mvc.get()
			.uri("/agreements/{id}", id)
			.with(this.accounts.as(Role.COORDINATOR))
			.flashAttr("refusal", "agreementAlreadyTerminated")).bodyText()
			.contains("Thỏa thuận này đã chấm dứt trước đó")
			.doesNotContain("/agreements/" + id + "/terminate");
	}

	@Test
	void anAgreementIsTerminatedNoLaterThanItsLastDayInForce() {
		Long id = this.agreements.create("FORM Thỏa thuận đã hết hạn", true, LocalDate.of(2021, 3, 1),
				LocalDate.of(2023, 12, 31), "11");
		assertThat(terminate(id, "0", "01/01/2024").with(this.accounts.as(Role.COORDINATOR))).hasStatusOk()
			.bodyText()
			.contains("Văn bản chỉ có hiệu lực đến hết ngày 31/12/2023: không thể chấm dứt sau ngày đó.");
		assertThat(this.jdbc.queryForObject("select terminated_on is null from agreements where id = ?", Boolean.class,
				id)).isTrue();
		assertThat(this.mvc.get().uri("/agreements/{id}", id).with(this.accounts.as(Role.LEADER))).bodyText()
			.contains("Hết hiệu lực")
			.doesNotContain("Đã chấm dứt");
		// Its last day in force is still a day it can be ended on.
		assertThat(terminate(id, "0", "31/12/2023").with(this.accounts.as(Role.COORDINATOR)))
			.hasStatus3xxRedirection();
	}

	@Test
	void aCorrectionOfATerminatedAgreementKeepsItsTerminationBetweenSigningAndEnd() {
		Long id = this.agreements.create("FORM Thỏa thuận chấm dứt sớm", true, LocalDate.of(2021, 3, 1),
				LocalDate.of(2025, 12, 31), "11");
		assertThat(terminate(id, "0", "30/06/2023").with(this.accounts.as(Role.COORDINATOR)))
			.hasStatus3xxRedirection();
		String version = String.valueOf(this.jdbc.queryForObject("select version from agreements where id = ?",
				Long.class, id));
		assertThat(edit(id, version, "FORM Thỏa thuận chấm dứt sớm").param("signedOn", "01/09/2023")
			.with(this.accounts.as(Role.COORDINATOR))).hasStatusOk()
			.bodyText()
			.contains("Văn bản đã chấm dứt từ ngày 30/06/2023: ngày ký không được sau ngày đó.");
		assertThat(edit(id, version, "FORM Thỏa thuận chấm dứt sớm").param("signedOn", "01/03/2021")
			.param("validTo", "31/12/2022")
			.with(this.accounts.as(Role.COORDINATOR))).hasStatusOk()
			.bodyText()
			.contains("Văn bản đã chấm dứt từ ngày 30/06/2023: ngày hết hiệu lực không được trước ngày đó.");
		assertThat(this.jdbc.queryForMap("select signed_on, valid_to from agreements where id = ?", id))
			.containsEntry("signed_on", java.sql.Date.valueOf("2021-03-01"))
			.containsEntry("valid_to", java.sql.Date.valueOf("2025-12-31"));
		// A correction that keeps the termination inside the agreement's life is saved.
		assertThat(edit(id, version, "FORM Thỏa thuận chấm dứt sớm").param("signedOn", "15/03/2021")
			.param("validTo", "30/06/2023")
			.with(this.accounts.as(Role.COORDINATOR))).hasStatus3xxRedirection();
	}

	/** The list's SQL filter agrees with {@link AgreementStatus#of} at the date edges. */
	@Test
	void theStatusFilterMatchesTheStatusAtItsDateEdges() throws Exception {
		this.agreements.create("FORM ký hôm nay", true, this.today, null, "11");
		this.agreements.create("FORM hết hạn hôm qua", true, this.today.minusYears(2), this.today.minusDays(1), "11");
		this.agreements.create("FORM hết hạn hôm nay", true, this.today.minusYears(2), this.today, "11");
		this.agreements.create("FORM ký ngày mai", true, this.today.plusDays(1), null, "11");
		Long terminated = this.agreements.create("FORM đã chấm dứt", true, this.today.minusYears(1), null, "11");
		this.jdbc.update("update agreements set terminated_on = ?, termination_reason = 'Thử' where id = ?", this.today,
				terminated);
		assertThat(list("IN_FORCE")).contains("FORM ký hôm nay", "FORM hết hạn hôm nay")
			.doesNotContain("FORM hết hạn hôm qua", "FORM ký ngày mai", "FORM đã chấm dứt");
		assertThat(list("EXPIRED")).contains("FORM hết hạn hôm qua")
			.doesNotContain("FORM ký hôm nay", "FORM hết hạn hôm nay", "FORM đã chấm dứt");
		assertThat(list("NOT_YET_IN_FORCE")).contains("FORM ký ngày mai").doesNotContain("FORM ký hôm nay");
		assertThat(list("TERMINATED")).contains("FORM đã chấm dứt").doesNotContain("FORM ký hôm nay");
	}

	@Test
	void anActivityCarriesOutAnAgreementOfItsPartnersOnly() {
		Long dienBien = this.agreements.create("FORM Thỏa thuận Điện Biên", true, "11");
		Long laiChau = this.agreements.create("FORM Thỏa thuận Lai Châu", true, "12");
		Long group = this.jdbc.queryForObject("select id from cooperation_groups where number = 2", Long.class);
		assertThat(this.mvc.get()
			.uri("/activities/form-agreements?partnerProvinceIds=" + this.dienBien2008)
			.with(this.accounts.as(Role.STAFF))).hasStatusOk()
			.bodyText()
			.contains("FORM Thỏa thuận Điện Biên")
			.doesNotContain("FORM Thỏa thuận Lai Châu");
		assertThat(this.mvc.post()
			.uri("/activities/new")
			.with(this.accounts.as(Role.STAFF))
			.with(csrf())
			.param("planYear", "2022")
			.param("groupId", String.valueOf(group))
			.param("title", "FORM Tuần hàng Điện Biên")
			.param("status", "PLANNED")
			.param("partnerProvinceIds", String.valueOf(this.dienBien2008))
			.param("agreementId", String.valueOf(laiChau))).hasStatusOk()
			.bodyText()
			.contains("Thỏa thuận này không được ký với địa phương đối tác đã chọn.");
		assertThat(this.mvc.post()
			.uri("/activities/new")
			.with(this.accounts.as(Role.STAFF))
			.with(csrf())
			.param("planYear", "2022")
			.param("groupId", String.valueOf(group))
			.param("title", "FORM Tuần hàng Điện Biên")
			.param("status", "PLANNED")
			.param("partnerProvinceIds", String.valueOf(this.dienBien2008))
			.param("sharedWithProvinces", "true")
			.param("agreementId", String.valueOf(dienBien))).hasStatus3xxRedirection();
		Long activity = this.jdbc.queryForObject("select id from activities where title = 'FORM Tuần hàng Điện Biên'",
				Long.class);
		assertThat(this.jdbc.queryForObject("select agreement_id from activities where id = ?", Long.class, activity))
			.isEqualTo(dienBien);
		assertThat(this.mvc.get().uri("/activities/{id}", activity).with(this.accounts.as(Role.PROVINCE))).bodyText()
			.contains("FORM Thỏa thuận Điện Biên");
	}

	@Test
	void everyAgreementPageRendersInBothLanguagesWithoutAMissingMessage() throws Exception {
		Long id = this.agreements.create("FORM Trang hiển thị", true, LocalDate.of(2023, 1, 10), null, "11");
		this.agreements.attach(id, "ban-chup.pdf", TestAgreements.PDF);
		for (String lang : new String[] { "vi", "en" }) {
			for (String url : new String[] { "/agreements", "/agreements?status=IN_FORCE&kind=OTHER", "/agreements/new",
					"/agreements/" + id, "/agreements/" + id + "/edit", "/agreements/" + id + "/terminate",
					"/agreements/" + id + "?documentError=tooLarge", "/provinces/" + this.dienBien2025 }) {
				String html = this.mvc.get()
					.uri(url)
					.param("lang", lang)
					.with(this.accounts.as(Role.COORDINATOR))
					.exchange()
					.getResponse()
					.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
				assertThat(html).as(url + " in " + lang).doesNotContain("??").contains("<html lang=\"" + lang + "\"");
			}
			String mine = this.mvc.get()
				.uri("/my-province")
				.param("lang", lang)
				.with(this.accounts.as(Role.PROVINCE))
				.exchange()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(mine).doesNotContain("??").contains("FORM Trang hiển thị");
		}
	}

	private String list(String status) throws java.io.UnsupportedEncodingException {
		return this.mvc.get()
			.uri("/agreements?status=" + status)
			.with(this.accounts.as(Role.LEADER))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private Long provinceId(String code, String validFrom) {
		return this.jdbc.queryForObject("select id from provinces where code = ? and valid_from = ?::date", Long.class,
				code, validFrom);
	}

}
