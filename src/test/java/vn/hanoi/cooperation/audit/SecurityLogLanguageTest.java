package vn.hanoi.cooperation.audit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** The security log's detail column reads in the administrator's language, not in the code's English. */
@PortalTest
class SecurityLogLanguageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

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
			.doesNotContain("yearly report 2021 docx");
	}

}
