package vn.hanoi.cooperation.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;

/** What a department's staff should look at first: overdue work, deadlines within 14 days, silent activities. */
@Component
public class ActivityAttention {

	static final int DUE_SOON_DAYS = 14;

	static final int SILENT_DAYS = 60;

	private static final List<ActivityStatus> OPEN = Arrays.stream(ActivityStatus.values())
		.filter(ActivityStatus::isOpen)
		.toList();

	public record Summary(LocalDate today, List<Activity> overdue, List<Activity> dueSoon, List<Activity> silent) {

		public boolean isEmpty() {
			return this.overdue.isEmpty() && this.dueSoon.isEmpty() && this.silent.isEmpty();
		}

	}

	private final Activities activities;

	private final Clock clock;

	ActivityAttention(Activities activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Summary of(Viewer viewer) {
		LocalDate today = LocalDate.now(this.clock);
		return new Summary(today,
				this.activities.findOpenWithDeadlineBetween(viewer.departmentLineage(), OPEN, LocalDate.of(1900, 1, 1),
						today.minusDays(1)),
				this.activities.findOpenWithDeadlineBetween(viewer.departmentLineage(), OPEN, today,
						today.plusDays(DUE_SOON_DAYS)),
				this.activities.findOpenNotUpdatedSince(viewer.departmentLineage(), OPEN, silentBefore(),
						today.plusDays(DUE_SOON_DAYS)));
	}

	@Transactional(readOnly = true)
	public long count(Viewer viewer) {
		return this.activities.countNeedingAttention(viewer.departmentLineage(), OPEN,
				LocalDate.now(this.clock).plusDays(DUE_SOON_DAYS), silentBefore());
	}

	private Instant silentBefore() {
		return this.clock.instant().minus(Duration.ofDays(SILENT_DAYS));
	}

}
