package vn.hanoi.cooperation.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An activity with every field an export (and a re-import) needs, names in Vietnamese. */
public record ActivityExportRow(Long id, String reference, int year, int groupNumber, String groupName,
		String title, String description, String leadDepartment, String coordinatingDepartments,
		String partnerProvinces, LocalDate plannedStart, LocalDate deadline, ActivityStatus status,
		LocalDate completedOn, String resultSummary, BigDecimal budgetPlanned, BigDecimal budgetSpent,
		boolean sharedWithProvinces, Instant lastUpdateAt, DeadlineStatus deadlineStatus, long version) {
}
