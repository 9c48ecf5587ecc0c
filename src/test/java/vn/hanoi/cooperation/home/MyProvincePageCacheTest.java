package vn.hanoi.cooperation.home;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.activity.TestActivities;
import vn.hanoi.cooperation.province.Province;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province officer's own page ({@code /my-province}, their landing page) is kept in memory as province pages are:
 * read again without its queries, renewed by a change to the officer's records, left by another province's change,
 * and never shared between officers of different units.
 */
@PortalTest
class MyProvincePageCacheTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProvincePages pages;

	private TestActivities activities;

	private PortalUser dienBienOfficer;

	private PortalUser laiChauOfficer;

	@BeforeEach
	void startAfresh() {
		this.activities = new TestActivities(this.jdbc);
		this.dienBienOfficer = this.accounts.provinceOf("11");
		this.laiChauOfficer = this.accounts.provinceOf("12");
	}

	@AfterEach
	void removeActivities() {
		this.activities.removeAll();
	}

	@Test
	void aPageReadAgainRunsOnlyTheLayoutsStatements() throws Exception {
		activity("MYCACHE Tuần hàng Điện Biên", "11");
		long read = SqlStatements.countDuring(() -> page(this.dienBienOfficer, "MYCACHE Tuần hàng Điện Biên"));
		long reads = this.pages.reads();
		long again = SqlStatements.countDuring(() -> page(this.dienBienOfficer, "MYCACHE Tuần hàng Điện Biên"));
		assertThat(this.pages.reads()).as("served from memory").isEqualTo(reads);
		// The account's own check, the officer's unit lineage (Viewers), the data version and the layout's 2 (the
		// inbox's data version and the bell).
		assertThat(again).as("nothing read for the page's data").isEqualTo(5).isLessThan(read);
	}

	@Test
	void aChangeToTheOfficersRecordsShowsAtOnceAndAnotherProvincesChangeLeavesThePageInMemory() throws Exception {
		Long dienBienActivity = activity("MYCACHE Hội nghị Điện Biên", "11");
		Long laiChauActivity = activity("MYCACHE Hội chợ Lai Châu", "12");
		page(this.dienBienOfficer, "MYCACHE Hội nghị Điện Biên");
		long reads = this.pages.reads();

		this.jdbc.update("update activities set title = 'MYCACHE Hội chợ Lai Châu mở rộng' where id = ?",
				laiChauActivity);
		page(this.dienBienOfficer, "MYCACHE Hội nghị Điện Biên");
		assertThat(this.pages.reads()).as("Lai Châu's change leaves Điện Biên's page in memory").isEqualTo(reads);

		this.jdbc.update("update activities set title = 'MYCACHE Hội nghị Điện Biên mở rộng' where id = ?",
				dienBienActivity);
		page(this.dienBienOfficer, "MYCACHE Hội nghị Điện Biên mở rộng");
		assertThat(this.pages.reads()).as("Điện Biên's change is read at once").isEqualTo(reads + 1);
	}

	@Test
	void officersOfDifferentProvincesNeverShareAPage() throws Exception {
		activity("MYCACHE Giao thương Điện Biên", "11");
		activity("MYCACHE Giao thương Lai Châu", "12");
		String dienBien = page(this.dienBienOfficer, "MYCACHE Giao thương Điện Biên");
		assertThat(dienBien).doesNotContain("MYCACHE Giao thương Lai Châu");
		long reads = this.pages.reads();
		String laiChau = page(this.laiChauOfficer, "MYCACHE Giao thương Lai Châu");
		assertThat(laiChau).doesNotContain("MYCACHE Giao thương Điện Biên");
		assertThat(this.pages.reads()).as("Lai Châu's officer gets a page of their own").isEqualTo(reads + 1);
		assertThat(page(this.dienBienOfficer, "MYCACHE Giao thương Điện Biên"))
			.doesNotContain("MYCACHE Giao thương Lai Châu");
	}

	private String page(PortalUser officer, String shows) throws UnsupportedEncodingException {
		String body = this.mvc.get()
			.uri("/my-province")
			.with(TestAccounts.as(officer))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains(shows);
		return body;
	}

	/** An open activity of 2022 shared with the province's 2025 unit. */
	private Long activity(String title, String provinceCode) {
		return this.activities.create(title, "SCT_2025", LocalDate.of(2022, 1, 2), true,
				provinceCode + "@" + Province.MERGER_DAY);
	}

}
