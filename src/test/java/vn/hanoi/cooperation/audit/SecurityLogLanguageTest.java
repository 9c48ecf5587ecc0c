package vn.hanoi.cooperation.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The security log's detail column reads in the administrator's language, not in the code's English. */
@PortalTest
class SecurityLogLanguageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Provinces provinces;

	@Test
	void anExportReadsInVietnameseAndInEnglish() {
		assertThat(this.mvc.get().uri("/reports/yearly/2021.docx").with(this.accounts.as(Role.LEADER)).exchange())
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/results/years/2021/export.csv").with(this.accounts.as(Role.LEADER)).exchange())
			.hasStatusOk();
		String leader = this.accounts.username(Role.LEADER);

		MvcTestResult vietnamese = this.mvc.get().uri("/admin/audit").param("username", leader).param("type", "EXPORT")
			.with(this.accounts.as(Role.ADMIN)).exchange();
		assertThat(vietnamese).hasStatusOk();
		assertThat(vietnamese).bodyText()
			.contains("Tải báo cáo kết quả năm 2021 (.docx)", "Xuất kết quả năm 2021 (tệp csv,")
			.doesNotContain("yearly report 2021 docx", "results 2021 csv");

		MvcTestResult english = this.mvc.get().uri("/admin/audit").param("username", leader).param("type", "EXPORT")
			.param("lang", "en").with(this.accounts.as(Role.ADMIN)).exchange();
		assertThat(english).bodyText()
			.contains("Yearly report 2021 downloaded (.docx)", "Results of 2021 exported (csv file,")
			// The count of rows is kept as text and still reads as a count: "1 row", "2 rows", "2.000 rows".
			.containsPattern("Results of 2021 exported \\(csv file, (1 row|(?!1 rows)\\d{1,3}(\\.\\d{3})* rows)\\)")
			.doesNotContain("yearly report 2021 docx");
	}

	@Test
	void anAccountCreationAndARefusedFormReadInVietnameseAndInEnglish() throws Exception {
		String username = "nhatky." + UUID.randomUUID().toString().substring(0, 8);
		Province laoCai = this.provinces.findByCodeAndValidFrom("15", Province.MERGER_DAY).orElseThrow();
		assertThat(this.mvc.post().uri("/admin/accounts/new").param("username", username)
			.param("displayName", "Cán bộ UBND tỉnh Lào Cai").param("role", "PROVINCE")
			.param("provinceId", laoCai.getId().toString()).with(csrf()).with(this.accounts.as(Role.ADMIN)))
			.hasStatus3xxRedirection();
		// The same form without its token: refused, and logged as such.
		assertThat(this.mvc.post().uri("/admin/accounts/new").param("username", username + "x")
			.param("displayName", "Không được tạo").param("role", "LEADER").with(this.accounts.as(Role.ADMIN)))
			.hasStatus(403);

		assertThat(auditLog(username, "ACCOUNT_CREATED", "vi")).contains("Tạo tài khoản Cán bộ địa phương (Lào Cai)")
			.doesNotContain("PROVINCE Lào Cai");
		assertThat(auditLog(username, "ACCOUNT_CREATED", "en")).contains("Province officer account created (Lào Cai)");
		String admin = this.accounts.username(Role.ADMIN);
		assertThat(auditLog(admin, "ACCESS_DENIED", "vi"))
			.contains("Từ chối truy cập: POST /admin/accounts/new (thiếu hoặc sai mã bảo vệ biểu mẫu CSRF)")
			.doesNotContain("CSRF token missing or invalid");
		assertThat(auditLog(admin, "ACCESS_DENIED", "en"))
			.contains("Access denied: POST /admin/accounts/new (form protection token, CSRF, missing or invalid)");
	}

	private String auditLog(String username, String type, String language) throws Exception {
		MvcTestResult page = this.mvc.get().uri("/admin/audit").param("username", username).param("type", type)
			.param("lang", language).with(this.accounts.as(Role.ADMIN)).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
