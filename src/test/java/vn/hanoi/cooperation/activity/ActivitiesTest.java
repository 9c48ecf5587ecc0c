package vn.hanoi.cooperation.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity queries behind a province's page and a department's "needs attention" list. */
@RepositoryTest
class ActivitiesTest {

	private static final EnumSet<ActivityStatus> OPEN = EnumSet.of(ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS);

	@Autowired
	Activities activities;

	@Autowired
	JdbcTemplate jdbc;

	TestActivities records;

	Long dienBien;

	Long laiChau;

	Long tradeDepartment;

	@BeforeEach
	void units() {
		this.records = new TestActivities(this.jdbc);
		this.dienBien = provinceId("11");
		this.laiChau = provinceId("12");
		this.tradeDepartment = this.jdbc.queryForObject("select id from departments where code = 'SCT_2025'",
				Long.class);
	}

	@Test
	void aProvinceSeesOnlySharedActivitiesWithItAsPartnerNewestFirstUpToTheLimit() {
		Long older = this.records.create("SLICE cũ", "SCT_2025", LocalDate.of(2022, 12, 31), true, "11");
		Long newer = this.records.create("SLICE mới", "SCT_2025", LocalDate.of(2022, 12, 31), true, "11");
		Long notShared = this.records.create("SLICE nội bộ", "SCT_2025", LocalDate.of(2022, 12, 31), false, "11");
		Long laiChauOnly = this.records.create("SLICE Lai Châu", "SCT_2025", LocalDate.of(2022, 12, 31), true, "12");

		assertThat(this.activities.findIdsInvolving(List.of(this.dienBien), true, 100))
			.containsSubsequence(newer, older)
			.doesNotContain(notShared, laiChauOnly);
		assertThat(this.activities.findIdsInvolving(List.of(this.dienBien), false, 100))
			.containsSubsequence(notShared, newer, older);
		assertThat(this.activities.findIdsInvolving(List.of(this.dienBien), false, 1)).hasSize(1);
		assertThat(this.activities.findIdsInvolving(List.of(this.laiChau), true, 100)).contains(laiChauOnly)
			.doesNotContain(newer, older, notShared);
	}

	@Test
	void openActivitiesDueBetweenTwoDaysIncludeBothDaysAndLeaveOutFinishedOnes() {
		Long first = this.records.create("SLICE hạn đầu", "SCT_2025", LocalDate.of(2030, 3, 1), true);
		Long last = this.records.create("SLICE hạn cuối", "SCT_2025", LocalDate.of(2030, 3, 31), true);
		this.records.create("SLICE quá kỳ", "SCT_2025", LocalDate.of(2030, 4, 1), true);
		Long completed = this.records.create("SLICE xong", "SCT_2025", LocalDate.of(2030, 3, 15), true);
		this.jdbc.update("update activities set status = 'COMPLETED', actual_completion = date '2030-03-10' where id = ?",
				completed);
		this.records.create("SLICE sở khác", "SYT_2025", LocalDate.of(2030, 3, 15), true);

		assertThat(this.activities
			.findOpenWithDeadlineBetween(List.of(this.tradeDepartment), OPEN, LocalDate.of(2030, 3, 1),
					LocalDate.of(2030, 3, 31))
			.stream()
			.map(Activity::getId)).containsExactly(first, last);
	}

	@Test
	void anActivityNeedsAttentionWhenDueSoonOrNotUpdatedForLong() {
		long before = countNeedingAttention();
		this.records.create("SLICE sắp đến hạn", "SCT_2025", LocalDate.of(2030, 3, 5), true);
		Long quiet = this.records.create("SLICE lâu không cập nhật", "SCT_2025", LocalDate.of(2031, 1, 1), true);
		this.jdbc.update("update activities set last_update_at = now() - interval '90 days' where id = ?", quiet);
		this.records.create("SLICE còn xa, mới cập nhật", "SCT_2025", LocalDate.of(2031, 1, 1), true);

		assertThat(countNeedingAttention() - before).isEqualTo(2);
	}

	/** An overdue activity nobody has touched is listed once, as overdue: the lists add up to the count. */
	@Test
	void anOverdueActivityThatIsAlsoSilentIsListedOnceAsOverdue() {
		Long overdueAndQuiet = this.records.create("SLICE quá hạn, lâu không cập nhật", "SCT_2025",
				LocalDate.of(2030, 3, 1), true);
		Long quiet = this.records.create("SLICE lâu không cập nhật", "SCT_2025", LocalDate.of(2031, 1, 1), true);
		this.jdbc.update("update activities set last_update_at = now() - interval '90 days' where id in (?, ?)",
				overdueAndQuiet, quiet);

		assertThat(this.activities
			.findOpenNotUpdatedSince(List.of(this.tradeDepartment), OPEN, Instant.now().minus(Duration.ofDays(60)),
					LocalDate.of(2030, 3, 24))
			.stream()
			.map(Activity::getId)).contains(quiet).doesNotContain(overdueAndQuiet);
	}

	private long countNeedingAttention() {
		return this.activities.countNeedingAttention(List.of(this.tradeDepartment), OPEN, LocalDate.of(2030, 3, 10),
				Instant.now().minus(Duration.ofDays(60)));
	}

	private Long provinceId(String code) {
		return this.jdbc.queryForObject(
				"select id from provinces where code = ? and valid_from = date '2008-08-01'", Long.class, code);
	}

}
