package vn.hanoi.cooperation.agreement;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** An agreement keeps its history like an activity does: created, edited, documents attached, terminated. */
@PortalTest
class AgreementHistoryTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestAgreements agreements;

	Long dienBien2008;

	@BeforeEach
	void setUp() {
		this.agreements = new TestAgreements(this.jdbc);
		this.dienBien2008 = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2008-08-01'", Long.class);
	}

	@AfterEach
	void tearDown() {
		this.jdbc.queryForList("select id from agreements where title like 'HISTORY %'", Long.class)
			.forEach(this.agreements::forget);
		this.agreements.removeAll();
	}

	@Test
	void everyChangeOfAnAgreementIsKeptAndShownInBothLanguages() throws Exception {
		assertThat(this.mvc.post().uri("/agreements/new").with(this.accounts.as(Role.COORDINATOR)).with(csrf())
			.param("kind", "COOPERATION_AGREEMENT").param("title", "HISTORY Thỏa thuận Điện Biên")
			.param("provinceIds", String.valueOf(this.dienBien2008)).param("signedOn", "2022-03-01")
			.param("sharedWithProvinces", "true")).hasStatus3xxRedirection();
		Long id = this.jdbc.queryForObject("select id from agreements where title = 'HISTORY Thỏa thuận Điện Biên'",
				Long.class);
		assertThat(this.mvc.post().uri("/agreements/{id}/edit", id).with(this.accounts.as(Role.COORDINATOR))
			.with(csrf()).param("kind", "WORKING_MINUTES").param("title", "HISTORY Biên bản Điện Biên")
			.param("provinceIds", String.valueOf(this.dienBien2008)).param("signedOn", "2022-03-01")
			.param("sharedWithProvinces", "true").param("version", "0")).hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri("/agreements/{id}/documents", id).multipart()
			.file(new MockMultipartFile("file", "ban-ky.pdf", "application/pdf", TestAgreements.PDF))
			.with(this.accounts.as(Role.COORDINATOR)).with(csrf())).hasStatus3xxRedirection();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		assertThat(this.mvc.post().uri("/agreements/{id}/terminate", id).with(this.accounts.as(Role.COORDINATOR))
			.with(csrf()).param("terminatedOn", today.toString()).param("reason", "Thay bằng chương trình mới")
			.param("version", "1")).hasStatus3xxRedirection();

		assertThat(this.jdbc.queryForList("""
				select action || ' ' || coalesce(field, '-') from record_changes
				where record_kind = 'AGREEMENT' and record_id = ? order by id""", String.class, id))
			.containsExactly("CREATED -", "UPDATED kind", "UPDATED title", "DOCUMENT_ADDED document",
					"TERMINATED terminatedOn", "TERMINATED terminationReason");

		String day = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		assertThat(page(id, "vi")).contains("Lịch sử thay đổi", "Tạo văn bản thỏa thuận", "Loại văn bản",
				"Thỏa thuận hợp tác", "Biên bản làm việc", "Tên văn bản", "HISTORY Thỏa thuận Điện Biên",
				"Văn bản đính kèm", "ban-ky.pdf", "Ngày chấm dứt", day, "Lý do chấm dứt", "Điều phối");
		assertThat(page(id, "en")).contains("Change history", "Created the agreement", "Minutes of a working session",
				"Attached document", "ban-ky.pdf", "Thay bằng chương trình mới");
	}

	/**
	 * Tuyên Quang until 30 June 2025 and the Tuyên Quang formed on 1 July share their name: replacing one by the other
	 * as the partner left no history line at all.
	 */
	@Test
	void replacingAnEndedProvinceByTheOneOfTheSameNameThatFollowedItIsKept() throws Exception {
		Long tuyenQuang2008 = this.jdbc.queryForObject(
				"select id from provinces where code = '08' and valid_from = date '2008-08-01'", Long.class);
		Long tuyenQuang2025 = this.jdbc.queryForObject(
				"select id from provinces where code = '08' and valid_from = date '2025-07-01'", Long.class);
		assertThat(this.mvc.post().uri("/agreements/new").with(this.accounts.as(Role.COORDINATOR)).with(csrf())
			.param("kind", "COOPERATION_AGREEMENT").param("title", "HISTORY Thỏa thuận Tuyên Quang")
			.param("provinceIds", String.valueOf(tuyenQuang2008)).param("signedOn", "2025-05-01")
			.param("sharedWithProvinces", "true")).hasStatus3xxRedirection();
		Long id = this.jdbc.queryForObject("select id from agreements where title = 'HISTORY Thỏa thuận Tuyên Quang'",
				Long.class);
		assertThat(this.mvc.post().uri("/agreements/{id}/edit", id).with(this.accounts.as(Role.COORDINATOR))
			.with(csrf()).param("kind", "COOPERATION_AGREEMENT").param("title", "HISTORY Thỏa thuận Tuyên Quang")
			.param("provinceIds", String.valueOf(tuyenQuang2025)).param("signedOn", "2025-08-01")
			.param("sharedWithProvinces", "true").param("version", "0")).hasStatus3xxRedirection();

		assertThat(this.jdbc.queryForList("""
				select field || ': ' || old_value || ' → ' || new_value from record_changes
				where record_kind = 'AGREEMENT' and record_id = ? and action = 'UPDATED' order by id""", String.class,
				id))
			.containsExactly("provinces: Tuyên Quang (–30/06/2025) → Tuyên Quang", "signedOn: 01/05/2025 → 01/08/2025");
		for (String lang : new String[] { "vi", "en" }) {
			assertThat(page(id, lang)).as(lang)
				.containsPattern("line-through[^>]*>Tuyên Quang \\(–30/06/2025\\)</span>\\s*→ <span>Tuyên Quang</span>");
		}
	}

	@Test
	void aProvinceOfficerSeesASharedAgreementWithoutItsHistory() {
		Long id = this.agreements.create("HISTORY Thỏa thuận chia sẻ", true, "11");
		assertThat(this.mvc.get().uri("/agreements/{id}", id).with(this.accounts.as(Role.LEADER))).hasStatusOk()
			.bodyText().contains("Lịch sử thay đổi");
		assertThat(this.mvc.get().uri("/agreements/{id}", id).with(this.accounts.as(Role.PROVINCE))).hasStatusOk()
			.bodyText().contains("HISTORY Thỏa thuận chia sẻ").doesNotContain("Lịch sử thay đổi");
	}

	@Test
	void anAgreementWithoutRecordedChangesSaysSoInsteadOfAnEmptyTable() throws Exception {
		// Written straight to the table, as the demo data and records from before the history are: no history rows.
		Long id = this.agreements.create("HISTORY Thỏa thuận không có lịch sử", true, "11");
		assertThat(page(id, "vi")).contains("Chưa có thay đổi nào được ghi lại.").doesNotContain("Người thực hiện");
		assertThat(page(id, "en")).contains("No change has been recorded yet.").doesNotContain("<table");
	}

	/** The agreement's page from its history section on, as text. */
	private String page(Long id, String lang) throws Exception {
		String html = HtmlUtils.htmlUnescape(this.mvc.get().uri("/agreements/{id}", id).param("lang", lang)
			.with(this.accounts.as(Role.LEADER)).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(html).contains("id=\"history-title\"");
		return html.substring(html.indexOf("id=\"history-title\""));
	}

}
