package vn.hanoi.cooperation.result;

import java.util.List;

/**
 * What the coordinator is shown before locking a year: the lock if it already is, and the results not yet
 * approved, counted by state and by department, with the first of them listed. The digest goes back with the
 * confirmation, so that the year is locked only as it was shown.
 */
record YearLockCheck(int year, YearLocks.YearLock lock, List<OpenResults.DepartmentCount> departments,
		List<OpenResults.Entry> entries, String digest) {

	public int drafts() {
		return this.departments.stream().mapToInt(OpenResults.DepartmentCount::drafts).sum();
	}

	public int submitted() {
		return this.departments.stream().mapToInt(OpenResults.DepartmentCount::submitted).sum();
	}

	public int returned() {
		return this.departments.stream().mapToInt(OpenResults.DepartmentCount::returned).sum();
	}

	/** Results of the year not approved yet. */
	public int open() {
		return drafts() + submitted() + returned();
	}

	/** More open results than the page lists. */
	public boolean truncated() {
		return this.entries.size() < open();
	}

}
