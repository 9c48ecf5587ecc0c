package vn.hanoi.cooperation.activity;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;

/**
 * Who may see and change activities; the one place these rules live (the list's SQL applies the same read
 * rule in {@link ActivitySearch}). A record a user may not see answers 404.
 */
@Component
public class ActivityAccess {

	/** Hanoi's own users read every activity; a province reads only those shared with it or a predecessor. */
	public boolean canRead(Viewer viewer, Activity activity) {
		if (!viewer.isProvince()) {
			return true;
		}
		return activity.isSharedWithProvinces()
				&& activity.getPartnerProvinces().stream().anyMatch(p -> viewer.provinceLineage().contains(p.getId()));
	}

	/**
	 * A province comments on what it may read; in Hanoi, those who may change the activity answer, and only once it
	 * is shared: a comment to a province that cannot open the activity would never be read. Leaders write nothing.
	 */
	public boolean canComment(Viewer viewer, Activity activity) {
		return viewer.isProvince() ? canRead(viewer, activity)
				: canEdit(viewer, activity) && activity.isSharedWithProvinces();
	}

	/** An editor who could write to the provinces once the activity is shared with them. */
	public boolean mustShareBeforeCommenting(Viewer viewer, Activity activity) {
		return !viewer.isProvince() && canEdit(viewer, activity) && !activity.isSharedWithProvinces();
	}

	public boolean canCreate(Viewer viewer) {
		return viewer.actsForEveryDepartment() || viewer.is(Role.STAFF);
	}

	/** Staff change their own department's activities (and those of the departments merged into it). */
	public boolean canEdit(Viewer viewer, Activity activity) {
		return viewer.actsFor(activity.getLeadDepartment().getId());
	}

}
