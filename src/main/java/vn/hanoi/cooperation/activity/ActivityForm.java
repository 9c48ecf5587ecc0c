package vn.hanoi.cooperation.activity;

import java.util.List;

/**
 * What the activity form posts, as the user typed it: {@link ActivityFormValidator} reads the text (amounts
 * like "1.500.000.000", dates, ids) and turns it into an {@link ActivityDraft}, with a message per bad field.
 */
record ActivityForm(String planYear, String groupId, String leadDepartmentId, List<String> coordinatingDepartmentIds,
		List<String> partnerProvinceIds, String title, String description, String plannedStart, String deadline,
		String status, String actualCompletion, String resultSummary, String budgetPlanned, String budgetSpent,
		String sharedWithProvinces, String agreementId, String version) {

	static final String[] FIELDS = { "planYear", "groupId", "leadDepartmentId", "coordinatingDepartmentIds",
			"partnerProvinceIds", "title", "description", "plannedStart", "deadline", "status", "actualCompletion",
			"resultSummary", "budgetPlanned", "budgetSpent", "sharedWithProvinces", "agreementId", "version" };

	ActivityForm {
		coordinatingDepartmentIds = coordinatingDepartmentIds == null ? List.of() : coordinatingDepartmentIds;
		partnerProvinceIds = partnerProvinceIds == null ? List.of() : partnerProvinceIds;
	}

	static ActivityForm blank(Integer planYear, Long leadDepartmentId) {
		return new ActivityForm(text(planYear), null, text(leadDepartmentId), List.of(), List.of(), "", "", "", "",
				ActivityStatus.PLANNED.name(), "", "", "", "", "false", "", null);
	}

	static ActivityForm of(Activity activity) {
		return new ActivityForm(text(activity.getPlan().getYear()), text(activity.getGroup().getId()),
				text(activity.getLeadDepartment().getId()),
				activity.getCoordinatingDepartments().stream().map(d -> text(d.getId())).toList(),
				activity.getPartnerProvinces().stream().map(p -> text(p.getId())).toList(), activity.getTitle(),
				activity.getDescription(), text(activity.getPlannedStart()), text(activity.getDeadline()),
				activity.getStatus().name(), text(activity.getActualCompletion()), activity.getResultSummary(),
				Money.plain(activity.getBudgetPlanned()), Money.plain(activity.getBudgetSpent()),
				String.valueOf(activity.isSharedWithProvinces()),
				activity.getAgreement() == null ? "" : text(activity.getAgreement().getId()), text(activity.getVersion()));
	}

	/** The same input, to be saved over the given version (after a conflict the user applies it again). */
	ActivityForm withVersion(long newVersion) {
		return new ActivityForm(this.planYear, this.groupId, this.leadDepartmentId, this.coordinatingDepartmentIds,
				this.partnerProvinceIds, this.title, this.description, this.plannedStart, this.deadline, this.status,
				this.actualCompletion, this.resultSummary, this.budgetPlanned, this.budgetSpent,
				this.sharedWithProvinces, this.agreementId, text(newVersion));
	}

	public boolean shared() {
		return vn.hanoi.cooperation.system.FormValues.checked(this.sharedWithProvinces);
	}

	Integer year() {
		try {
			return this.planYear == null ? null : Integer.valueOf(this.planYear.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String text(Object value) {
		// Days as the form shows and takes them (dd/MM/yyyy), not as LocalDate prints them.
		if (value instanceof java.time.LocalDate day) {
			return vn.hanoi.cooperation.system.FormValues.dayText(day);
		}
		return value == null ? null : value.toString();
	}

}
