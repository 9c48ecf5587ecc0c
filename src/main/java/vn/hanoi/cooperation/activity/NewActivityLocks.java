package vn.hanoi.cooperation.activity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an import that adds activities holds until it commits, taken before it looks for their titles and
 * references: two uploads of one file confirmed at once (two tabs) are checked one after the other, each seeing
 * what the other wrote. Held per plan and lead department, and per new reference (unique across the portal), so
 * that imports for different departments do not wait for each other as they did behind one lock for the city.
 */
final class NewActivityLocks {

	/** Lock classes, the first half of each key (the login throttle has 14_001 and 14_002, year locks 1_882_022). */
	private static final int TITLES = 15_001;

	private static final int REFERENCES = 15_002;

	/** A lock; two units that share a hashed key only wait for each other, which is safe. */
	private record Key(int kind, int key) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int byKind = Integer.compare(this.kind, other.kind);
			return byKind != 0 ? byKind : Integer.compare(this.key, other.key);
		}

	}

	private final Activities activities;

	private final Set<Key> held = new HashSet<>();

	NewActivityLocks(Activities activities) {
		this.activities = activities;
	}

	/**
	 * Waits for, then holds until the transaction ends, the locks of these new activities and their references
	 * (null for none) that this import does not hold yet, in one order for every import: no two wait in a circle.
	 */
	void hold(List<ActivityDraft> drafts, List<String> references) {
		Set<Key> keys = new TreeSet<>();
		for (ActivityDraft draft : drafts) {
			keys.add(new Key(TITLES, Objects.hash(draft.plan().getId(), draft.leadDepartment().getId())));
		}
		for (String reference : references) {
			if (reference != null) {
				keys.add(new Key(REFERENCES, reference.toUpperCase(Locale.ROOT).hashCode()));
			}
		}
		keys.removeAll(this.held);
		if (!keys.isEmpty()) {
			this.activities.holdLocks(keys.stream().map(Key::kind).toArray(Integer[]::new),
					keys.stream().map(Key::key).toArray(Integer[]::new));
			this.held.addAll(keys);
		}
	}

	/** Whether another import, which held these references' locks before, gave one of them to an activity. */
	boolean anyTaken(List<String> references) {
		List<String> upper = references.stream()
			.filter(Objects::nonNull)
			.map(reference -> reference.toUpperCase(Locale.ROOT))
			.toList();
		return !upper.isEmpty() && this.activities.anyWithReference(upper);
	}

}
