package vn.hanoi.cooperation.activity;

/**
 * One spreadsheet row of activities, as text, with its line number in the file (the header is line 1) and, in a
 * file the portal exported, the activity's version then (null in a file made by hand).
 */
public record ImportRow(int line, String reference, String year, String group, String title, String description,
		String leadDepartment, String coordinatingDepartments, String partnerProvinces, String plannedStart,
		String deadline, String status, String completedOn, String resultSummary, String budgetPlanned,
		String budgetSpent, String shared, String exportedVersion) {

	public boolean isBlank() {
		for (String value : new String[] { this.reference, this.year, this.group, this.title, this.description,
				this.leadDepartment, this.coordinatingDepartments, this.partnerProvinces, this.plannedStart,
				this.deadline, this.status, this.completedOn, this.resultSummary, this.budgetPlanned,
				this.budgetSpent, this.shared }) {
			if (value != null && !value.isBlank()) {
				return false;
			}
		}
		return true;
	}

}
