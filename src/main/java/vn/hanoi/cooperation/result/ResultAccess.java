package vn.hanoi.cooperation.result;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.group.CooperationGroup;

/**
 * Who may see and change yearly results; the one place these rules live (the year view's SQL applies the same
 * read rule in {@link ResultYearReport}). A result a user may not see, or may never act on, answers 404.
 */
@Component
public class ResultAccess {

	/** Hanoi's own users read every result; a province reads only approved results about itself. */
	public boolean canRead(Viewer viewer, YearlyResult result) {
		if (!viewer.isProvince()) {
			return true;
		}
		return result.getStatus() == ResultStatus.APPROVED && result.getProvince() != null
				&& viewer.provinceLineage().contains(result.getProvince().getId());
	}

	/**
	 * Only the partner province answers for itself: a province officer confirms or disputes an approved result
	 * about their unit or one of its predecessors. Hanoi's users never answer on a province's behalf.
	 */
	public boolean canConfirm(Viewer viewer, YearlyResult result) {
		return viewer.isProvince() && canRead(viewer, result);
	}

	/**
	 * Why the viewer may not answer about the result now, or empty when they may: a result they may not answer about
	 * is hidden (404); in a locked year the answer is refused, since a dispute there could not be acted on (sending
	 * the figure back is refused too) until the year is unlocked.
	 */
	Optional<Refusal> answerRefusal(Viewer viewer, YearlyResult result, boolean yearLocked) {
		if (!canConfirm(viewer, result)) {
			return Optional.of(Refusal.HIDDEN);
		}
		return yearLocked ? Optional.of(Refusal.LOCKED) : Optional.empty();
	}

	/** Staff enter their department's results; coordinators and administrators any department's. */
	public boolean canEnter(Viewer viewer) {
		return viewer.actsForEveryDepartment() || viewer.is(Role.STAFF);
	}

	/** A city-level figure (no department) belongs to the coordination; the rest to the department's lineage. */
	public boolean owns(Viewer viewer, Department department) {
		return department == null ? viewer.actsForEveryDepartment() : viewer.actsFor(department.getId());
	}

	public boolean canReview(Viewer viewer) {
		return viewer.is(Role.COORDINATOR);
	}

	public boolean canLock(Viewer viewer) {
		return viewer.is(Role.COORDINATOR);
	}

	public boolean canManageIndicators(Viewer viewer) {
		return viewer.is(Role.ADMIN) || viewer.is(Role.COORDINATOR);
	}

	/** A group's yearly narrative is written by its lead department (and predecessors) or the coordination. */
	public boolean canWriteNarrative(Viewer viewer, CooperationGroup group) {
		return canWriteNarrative(viewer, group.getLeadDepartment() == null ? null : group.getLeadDepartment().getId());
	}

	/** As {@link #canWriteNarrative(Viewer, CooperationGroup)} for a group led by {@code leadDepartmentId}, or none. */
	boolean canWriteNarrative(Viewer viewer, Long leadDepartmentId) {
		return viewer.actsForEveryDepartment() || (viewer.is(Role.STAFF) && leadDepartmentId != null
				&& viewer.departmentLineage().contains(leadDepartmentId));
	}

	/** Why the viewer may not take this step now, or empty when they may. */
	public Optional<Refusal> refusal(Viewer viewer, YearlyResult result, ResultTransition step, boolean yearLocked) {
		if (!canRead(viewer, result)) {
			return Optional.of(Refusal.HIDDEN);
		}
		boolean entitled = step.isReview() ? canReview(viewer) : owns(viewer, result.getDepartment());
		if (!entitled) {
			return Optional.of(Refusal.HIDDEN);
		}
		if (yearLocked) {
			return Optional.of(Refusal.LOCKED);
		}
		boolean stateAllows = step.isReview() ? result.getStatus() == ResultStatus.SUBMITTED
				: result.getStatus().editable();
		return stateAllows ? Optional.empty() : Optional.of(Refusal.STATE);
	}

	/**
	 * Why the viewer may not send an approved figure back to its department now, or empty when they may: the
	 * coordinator's step, for a figure a partner province disputed, in a year not locked.
	 */
	Optional<Refusal> reopenRefusal(Viewer viewer, YearlyResult result, boolean disputed, boolean yearLocked) {
		if (!canRead(viewer, result) || !canReview(viewer)) {
			return Optional.of(Refusal.HIDDEN);
		}
		if (yearLocked) {
			return Optional.of(Refusal.LOCKED);
		}
		return result.getStatus() == ResultStatus.APPROVED && disputed ? Optional.empty()
				: Optional.of(Refusal.STATE);
	}

	public Set<ResultTransition> allowed(Viewer viewer, YearlyResult result, boolean yearLocked) {
		Set<ResultTransition> allowed = EnumSet.noneOf(ResultTransition.class);
		for (ResultTransition step : ResultTransition.values()) {
			if (refusal(viewer, result, step, yearLocked).isEmpty()) {
				allowed.add(step);
			}
		}
		return allowed;
	}

}
