package vn.hanoi.cooperation.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export is named by what it holds (the list, its filters, the day), in ASCII for every browser and file
 * system and, through RFC 6266's filename*, in Vietnamese: a folder of downloads is no longer a pile of
 * "hoat-dong (3).xlsx".
 */
@PortalTest
class ExportFileNameTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theActivityListIsNamedByItsYearDepartmentAndStatusAndTheDay() {
		Long department = this.jdbc.queryForObject("select id from departments where code = 'SCT_2025'", Long.class);
		String header = disposition(Role.LEADER,
				"/activities/export.xlsx?year=2024&department=" + department + "&status=IN_PROGRESS");
		assertThat(header).isEqualTo("attachment; filename=\"hoat-dong-2024-so-cong-thuong-dang-thuc-hien-" + today()
				+ ".xlsx\"; filename*=UTF-8''ho%E1%BA%A1t-%C4%91%E1%BB%99ng-2024-s%E1%BB%9F-c%C3%B4ng-th%C6%B0%C6%A1ng-"
				+ "%C4%91ang-th%E1%BB%B1c-hi%E1%BB%87n-" + today() + ".xlsx");
		// The search words too, spelt without their accents.
		assertThat(disposition(Role.LEADER, "/activities/export.csv?q=Điện+Biên"))
			.startsWith("attachment; filename=\"hoat-dong-dien-bien-" + today() + ".csv\"");
	}

	/** A search of thousands of characters went whole into the header, twice, and the server answered 500. */
	@Test
	void aLongSearchNamesTheFileByItsFirstWords() {
		String header = disposition(Role.LEADER, "/activities/export.csv?q=" + "hợp+tác+".repeat(700));
		assertThat(header).isEqualTo("attachment; filename=\"hoat-dong-" + "hop-tac-".repeat(7) + "hop-" + today()
				+ ".csv\"; filename*=UTF-8''ho%E1%BA%A1t-%C4%91%E1%BB%99ng-" + "h%E1%BB%A3p-t%C3%A1c-".repeat(7)
				+ "h%E1%BB%A3p-" + today() + ".csv");
		assertThat(ExportNames.searchWords("x".repeat(100))).as("one long word")
			.hasSize(ExportNames.SEARCH_WORDS_IN_NAME);
	}

	@Test
	void everyOtherExportSaysWhatItHolds() {
		Long dienBien = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
		List.of(new String[] { "/agreements/export.xlsx?province=" + dienBien, "thoa-thuan-dien-bien-" + today() + ".xlsx" },
				new String[] { "/agreements/export.csv", "thoa-thuan-" + today() + ".csv" },
				new String[] { "/results/years/2021/export.xlsx?status=APPROVED&scope=all",
						"ket-qua-2021-da-duyet-moi-don-vi-" + today() + ".xlsx" },
				new String[] { "/provinces/export.csv", "tinh-thanh-pho-" + today() + ".csv" },
				new String[] { "/reports/yearly/2021.docx", "bao-cao-ket-qua-nam-2021-" + today() + ".docx" },
				new String[] { "/reports/provinces/" + dienBien + "/2025.docx",
						"bao-cao-hop-tac-dien-bien-2025-" + today() + ".docx" })
			.forEach(export -> assertThat(disposition(Role.COORDINATOR, export[0])).as(export[0])
				.startsWith("attachment; filename=\"" + export[1] + "\"; filename*=UTF-8''"));
	}

	@Test
	void aNameIsAsciiWhateverTheWords() {
		ExportFileName name = ExportFileName.of("xlsx",
				java.util.Arrays.asList("Hoạt động", null, " ", "Sở Nông nghiệp & Môi trường", "ĐẮK LẮK", "2026-11-27"));
		assertThat(name.ascii()).isEqualTo("hoat-dong-so-nong-nghiep-moi-truong-dak-lak-2026-11-27.xlsx");
		assertThat(name.unicode()).isEqualTo("hoạt-động-sở-nông-nghiệp-môi-trường-đắk-lắk-2026-11-27.xlsx");
		// Quotes and slashes in search words cannot break out of the header or into a path.
		assertThat(ExportFileName.of("csv", List.of("hoạt động", "\"/../x\";")).contentDisposition())
			.isEqualTo("attachment; filename=\"hoat-dong-x.csv\"; filename*=UTF-8''ho%E1%BA%A1t-%C4%91%E1%BB%99ng-x.csv");
	}

	private String disposition(Role role, String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).with(this.accounts.as(role)).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return result.getResponse().getHeader("Content-Disposition");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
