package vn.hanoi.cooperation.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.hanoi.cooperation.agreement.Agreement;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.province.Province;

/** An activity form after validation, with its references loaded: what {@link Activity#apply} takes. */
record ActivityDraft(Plan plan, CooperationGroup group, Department leadDepartment,
		List<Department> coordinatingDepartments, List<Province> partnerProvinces, String title, String description,
		LocalDate plannedStart, LocalDate deadline, ActivityStatus status, LocalDate actualCompletion,
		String resultSummary, BigDecimal budgetPlanned, BigDecimal budgetSpent, boolean sharedWithProvinces,
		Agreement agreement) {
}
