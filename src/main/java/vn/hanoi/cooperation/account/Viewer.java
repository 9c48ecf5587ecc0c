package vn.hanoi.cooperation.account;

import java.util.Set;

import vn.hanoi.cooperation.audit.ChangeAuthor;

/**
 * The logged-in person as access rules need them: the role, and the ids of the department or province they act
 * for together with every unit merged into it (a 2025 department holds its predecessors' records, a 2025
 * province sees its predecessors' records).
 */
public record Viewer(Long accountId, String displayName, Role role, Long departmentId, Set<Long> departmentLineage,
		Long provinceId, Set<Long> provinceLineage) implements ChangeAuthor {

	public boolean is(Role role) {
		return this.role == role;
	}

	/** Coordinators and administrators act for every department. */
	public boolean actsForEveryDepartment() {
		return this.role == Role.ADMIN || this.role == Role.COORDINATOR;
	}

	public boolean actsFor(Long departmentId) {
		return actsForEveryDepartment() || (this.role == Role.STAFF && this.departmentLineage.contains(departmentId));
	}

	public boolean isProvince() {
		return this.role == Role.PROVINCE;
	}

}
