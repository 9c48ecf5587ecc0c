package vn.hanoi.cooperation.dashboard;

import java.util.EnumMap;
import java.util.Map;

import vn.hanoi.cooperation.activity.DeadlineStatus;

/**
 * Activities counted by deadline status: one row of the dashboard (a group, a department, a year). Immutable, as
 * everything kept in memory and shared between requests.
 */
public final class StatusCounts {

	static final StatusCounts NONE = new StatusCounts(Map.of());

	private final Map<DeadlineStatus, Long> counts;

	private StatusCounts(Map<DeadlineStatus, Long> counts) {
		this.counts = Map.copyOf(counts);
	}

	/** Counts collected while reading rows, then frozen. */
	static final class Tally {

		private final Map<DeadlineStatus, Long> counts = new EnumMap<>(DeadlineStatus.class);

		void add(DeadlineStatus status, long count) {
			this.counts.merge(status, count, Long::sum);
		}

		StatusCounts counts() {
			return new StatusCounts(this.counts);
		}

	}

	public long get(DeadlineStatus status) {
		return this.counts.getOrDefault(status, 0L);
	}

	/** Every activity, cancelled ones included. */
	public long total() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Activities still expected or done: cancelled ones do not count towards progress. */
	public long active() {
		return total() - get(DeadlineStatus.CANCELLED);
	}

	public long completed() {
		return get(DeadlineStatus.COMPLETED_ON_TIME) + get(DeadlineStatus.COMPLETED_LATE);
	}

	/** Started, not completed, within the deadline ("Trong hạn (chưa hoàn thành)"); not-started ones apart. */
	public long onTrack() {
		return get(DeadlineStatus.ON_TRACK);
	}

	/** Planned, not started yet, within the deadline. */
	public long notStarted() {
		return get(DeadlineStatus.NOT_STARTED);
	}

	public long overdue() {
		return get(DeadlineStatus.OVERDUE);
	}

	/** Completed share of the active activities, in whole percent (0 when there are none). */
	public int completedPercent() {
		return percent(completed(), active());
	}

	/** On-time share of the completed activities, in whole percent; null when nothing is completed yet. */
	public Integer onTimePercent() {
		return completed() == 0 ? null : percent(get(DeadlineStatus.COMPLETED_ON_TIME), completed());
	}

	static int percent(long part, long whole) {
		return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
	}

}
