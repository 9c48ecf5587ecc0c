package vn.hanoi.cooperation.activity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The new rows of one import against each other and against the activities their department already leads in
 * the plan, by title as the importer compares names: without this, a file without references uploaded a second
 * time (or confirmed from two uploads) added every one of its activities again.
 */
final class NewActivityTitles {

	private final Activities activities;

	/** One statement per plan and lead department of the file, however many rows name them. */
	private final Map<String, List<ActivityTitle>> existing = new HashMap<>();

	private final Map<String, Integer> firstLines = new HashMap<>();

	NewActivityTitles(Activities activities) {
		this.activities = activities;
	}

	/** The activity of the plan and department that already has this title. */
	Optional<ActivityTitle> existing(ActivityDraft draft) {
		String unit = draft.plan().getId() + "/" + draft.leadDepartment().getId();
		return this.existing
			.computeIfAbsent(unit,
					key -> this.activities.findTitles(draft.plan().getId(), draft.leadDepartment().getId()))
			.stream()
			.filter(activity -> ActivityImporter.sameName(activity.title(), draft.title()))
			.findFirst();
	}

	/** The line of an earlier new row of the file with the same plan, department and title, if any. */
	Optional<Integer> earlierLine(ActivityDraft draft, int line) {
		String key = draft.plan().getId() + "/" + draft.leadDepartment().getId() + "/"
				+ ActivityImporter.normal(draft.title());
		return Optional.ofNullable(this.firstLines.putIfAbsent(key, line));
	}

}
