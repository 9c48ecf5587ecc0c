package vn.hanoi.cooperation.activity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The new rows of one import against each other and against the activities their department already leads in
 * the plan, by title as the importer compares names: without this, a file without references uploaded a second
 * time (or confirmed from two uploads) added every one of its activities again.
 */
final class NewActivityTitles {

	/** Where a new row's activity goes and its title as {@link ActivityImporter#sameName} compares names. */
	record NewTitle(Long planId, Long leadDepartmentId, String title) {

		/** Normalises the draft's title once: the row is then looked up, never compared title by title. */
		static NewTitle of(ActivityDraft draft) {
			return new NewTitle(draft.plan().getId(), draft.leadDepartment().getId(),
					ActivityImporter.normal(draft.title()));
		}

	}

	private record Unit(Long planId, Long leadDepartmentId) {
	}

	private final Activities activities;

	/**
	 * One statement per plan and lead department of the file, however many rows name them, and each title
	 * normalised once: a file of 2,000 rows checked against 2,000 titles compared every pair, for 25 seconds.
	 */
	private final Map<Unit, Map<String, ActivityTitle>> existing = new HashMap<>();

	private final Map<NewTitle, Integer> firstLines = new HashMap<>();

	NewActivityTitles(Activities activities) {
		this.activities = activities;
	}

	/** The activity of the plan and department that already has this title (the oldest, if several do). */
	Optional<ActivityTitle> existing(NewTitle title) {
		return Optional.ofNullable(this.existing
			.computeIfAbsent(new Unit(title.planId(), title.leadDepartmentId()), this::titles)
			.get(title.title()));
	}

	/** The line of an earlier new row of the file with the same plan, department and title, if any. */
	Optional<Integer> earlierLine(NewTitle title, int line) {
		return Optional.ofNullable(this.firstLines.putIfAbsent(title, line));
	}

	private Map<String, ActivityTitle> titles(Unit unit) {
		Map<String, ActivityTitle> byTitle = new HashMap<>();
		for (ActivityTitle activity : this.activities.findTitles(unit.planId(), unit.leadDepartmentId())) {
			byTitle.putIfAbsent(ActivityImporter.normal(activity.title()), activity);
		}
		return byTitle;
	}

}
