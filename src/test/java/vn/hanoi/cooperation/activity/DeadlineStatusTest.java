package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.cooperation.activity.ActivityStatus.CANCELLED;
import static vn.hanoi.cooperation.activity.ActivityStatus.COMPLETED;
import static vn.hanoi.cooperation.activity.ActivityStatus.IN_PROGRESS;
import static vn.hanoi.cooperation.activity.ActivityStatus.PLANNED;
import static vn.hanoi.cooperation.activity.ActivityStatus.SUSPENDED;

/** The deadline status at its edges, as Vietnamese task tracking counts it. */
class DeadlineStatusTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void workDueTodayIsStillWithinTheDeadline() {
		assertThat(DeadlineStatus.of(IN_PROGRESS, TODAY, null, TODAY)).isEqualTo(DeadlineStatus.ON_TRACK);
	}

	@Test
	void workDueYesterdayIsOverdue() {
		assertThat(DeadlineStatus.of(IN_PROGRESS, TODAY.minusDays(1), null, TODAY)).isEqualTo(DeadlineStatus.OVERDUE);
		assertThat(DeadlineStatus.of(PLANNED, TODAY.minusDays(1), null, TODAY)).isEqualTo(DeadlineStatus.OVERDUE);
		assertThat(DeadlineStatus.of(SUSPENDED, TODAY.minusDays(1), null, TODAY)).isEqualTo(DeadlineStatus.OVERDUE);
	}

	@Test
	void completedOnTheDeadlineDayIsOnTime() {
		LocalDate deadline = LocalDate.of(2026, 6, 30);
		assertThat(DeadlineStatus.of(COMPLETED, deadline, deadline, TODAY)).isEqualTo(DeadlineStatus.COMPLETED_ON_TIME);
	}

	@Test
	void completedTheDayAfterIsLate() {
		LocalDate deadline = LocalDate.of(2026, 6, 30);
		assertThat(DeadlineStatus.of(COMPLETED, deadline, deadline.plusDays(1), TODAY))
			.isEqualTo(DeadlineStatus.COMPLETED_LATE);
	}

	@Test
	void withoutDeadlineOpenWorkIsNeitherOnTrackNorOverdue() {
		assertThat(DeadlineStatus.of(IN_PROGRESS, null, null, TODAY)).isEqualTo(DeadlineStatus.NO_DEADLINE);
		assertThat(DeadlineStatus.of(COMPLETED, null, TODAY, TODAY)).isEqualTo(DeadlineStatus.COMPLETED_ON_TIME);
	}

	@Test
	void cancelledWorkIsNeverOverdue() {
		assertThat(DeadlineStatus.of(CANCELLED, TODAY.minusDays(30), null, TODAY)).isEqualTo(DeadlineStatus.CANCELLED);
	}

}
