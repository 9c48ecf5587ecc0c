package vn.hanoi.cooperation.home;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.KeptData;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.activity.TestActivities;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.result.ResultStatus;
import vn.hanoi.cooperation.result.TestResults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change renews only the province pages it touches: a progress note on an activity of Điện Biên recomputes
 * Điện Biên's page and leaves Lai Châu's in memory (counted by the pages read from the database).
 */
@PortalTest
class ProvincePagesCacheTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProvincePages pages;

	@Autowired
	Viewers viewers;

	private TestActivities activities;

	@BeforeEach
	void startAfresh() {
		this.activities = new TestActivities(this.jdbc);
	}

	@AfterEach
	void removeActivities() {
		this.activities.removeAll();
	}

	@Test
	void aNoteOnOneProvincesActivityLeavesAnotherProvincesPageInMemory() {
		Long dienBien = unit("11");
		Long laiChau = unit("12");
		Long dienBienActivity = activity("CACHEPAGE Tuần hàng Điện Biên", "11");
		activity("CACHEPAGE Hội chợ Lai Châu", "12");
		page(dienBien, "CACHEPAGE Tuần hàng Điện Biên");
		page(laiChau, "CACHEPAGE Hội chợ Lai Châu");
		long reads = this.pages.reads();

		// What ActivityService.addProgress writes: the note, and the activity's last update.
		this.jdbc.update("""
				insert into activity_progress_updates (activity_id, noted_on, note, author_name)
				values (?, current_date, 'CACHEPAGE ghi chú', 'Cán bộ')""", dienBienActivity);
		this.jdbc.update("update activities set last_update_at = now() where id = ?", dienBienActivity);
		page(laiChau, "CACHEPAGE Hội chợ Lai Châu");
		assertThat(this.pages.reads()).as("Lai Châu's page is served from memory").isEqualTo(reads);
		page(dienBien, "CACHEPAGE Tuần hàng Điện Biên");
		assertThat(this.pages.reads()).as("Điện Biên's page is read again").isEqualTo(reads + 1);

		this.jdbc.update("update activities set title = 'CACHEPAGE Tuần hàng Điện Biên mở rộng' where id = ?",
				dienBienActivity);
		page(dienBien, "CACHEPAGE Tuần hàng Điện Biên mở rộng");
		page(laiChau, "CACHEPAGE Hội chợ Lai Châu");
		assertThat(this.pages.reads()).as("only Điện Biên's page again").isEqualTo(reads + 2);
	}

	@Test
	void aKeptPageHoldsPlainRecordsNeverEntities() {
		Long dienBien = unit("11");
		activity("CACHEPAGE Hội thảo Điện Biên", "11");
		TestResults results = new TestResults(this.jdbc).year(2023);
		try {
			results.create("VH.SU_KIEN", 2023, "SVHTT_2025", "11", "4", "5", ResultStatus.APPROVED);
			ProvincePages.Page page = this.pages.of(dienBien, this.viewers.of(this.accounts.principal(Role.LEADER)),
					"2023", null);
			assertThat(page.activityGroups()).isNotEmpty();
			assertThat(page.results().lines()).isNotEmpty();
			assertThat(page.agreementRows()).isNotNull();
			// Shared by every request that reads it from memory: nothing lazy, nothing bound to a closed session.
			assertThat(KeptData.entitiesIn(page)).as("entities held by the kept page").isEmpty();
		}
		finally {
			results.removeAll();
		}
	}

	private void page(Long unit, String shows) {
		assertThat(this.mvc.get().uri("/provinces/{id}", unit).with(this.accounts.as(Role.LEADER))).hasStatusOk()
			.bodyText()
			.contains(shows);
	}

	private Long unit(String code) {
		return this.jdbc.queryForObject("select id from provinces where code = ? and valid_from = ?", Long.class,
				code, Province.MERGER_DAY);
	}

	/** An open activity of 2022, overdue since 2 January, shared with the province's 2025 unit. */
	private Long activity(String title, String provinceCode) {
		return this.activities.create(title, "SCT_2025", LocalDate.of(2022, 1, 2), true,
				provinceCode + "@" + Province.MERGER_DAY);
	}

}
