package vn.hanoi.cooperation.activity;

import java.util.Collection;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;

/**
 * Who may see and change activities; the one place these rules live (the SQL of the list and of an activity's
 * page applies the same read rule through {@code ReadScope}). A record a user may not see answers 404.
 */
@Component
public class ActivityAccess {

	/** What these rules read of an activity: the entity, or the record its page reads ({@link ActivityFacts}). */
	public interface Guarded {

		Long leadDepartmentId();

		boolean isSharedWithProvinces();

		boolean hasPartnerAmong(Collection<Long> provinceIds);

	}

	/** Hanoi's own users read every activity; a province reads only those shared with it or a predecessor. */
	public boolean canRead(Viewer viewer, Guarded activity) {
		if (!viewer.isProvince()) {
			return true;
		}
		return activity.isSharedWithProvinces() && activity.hasPartnerAmong(viewer.provinceLineage());
	}

	/**
	 * A province comments on what it may read; in Hanoi, those who may change the activity answer, and only once it
	 * is shared: a comment to a province that cannot open the activity would never be read. Leaders write nothing.
	 */
	public boolean canComment(Viewer viewer, Guarded activity) {
		return viewer.isProvince() ? canRead(viewer, activity)
				: canEdit(viewer, activity) && activity.isSharedWithProvinces();
	}

	/** An editor who could write to the provinces once the activity is shared with them. */
	public boolean mustShareBeforeCommenting(Viewer viewer, Guarded activity) {
		return !viewer.isProvince() && canEdit(viewer, activity) && !activity.isSharedWithProvinces();
	}

	public boolean canCreate(Viewer viewer) {
		return viewer.actsForEveryDepartment() || viewer.is(Role.STAFF);
	}

	/** Staff change their own department's activities (and those of the departments merged into it). */
	public boolean canEdit(Viewer viewer, Guarded activity) {
		return viewer.actsFor(activity.leadDepartmentId());
	}

	/**
	 * Who may remove a file of evidence, among those who may change the activity: its uploader; the coordinator
	 * and administrators, any file; the lead department's staff, a file whose uploader may no longer change the
	 * activity (account deleted or disabled, moved to another department or role), which nobody could remove
	 * otherwise. {@code uploaderMayStillEdit} comes from {@link EvidenceFiles#UPLOADER_MAY_STILL_EDIT}.
	 */
	public boolean canRemoveEvidence(Viewer viewer, Guarded activity, Long uploadedBy, boolean uploaderMayStillEdit) {
		if (!canEdit(viewer, activity)) {
			return false;
		}
		boolean ownFile = uploadedBy != null && uploadedBy.equals(viewer.accountId());
		return ownFile || viewer.actsForEveryDepartment() || !uploaderMayStillEdit;
	}

}
