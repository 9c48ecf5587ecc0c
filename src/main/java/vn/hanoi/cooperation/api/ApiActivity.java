package vn.hanoi.cooperation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.hanoi.cooperation.activity.ActivityStatus;
import vn.hanoi.cooperation.activity.DeadlineStatus;

/**
 * An activity as the API gives it. Field names are the API's contract: add fields, never rename or remove one.
 * {@code partnerProvinces} holds only those the reader may see (a province officer: their own units).
 */
record ApiActivity(Long id, String reference, String title, String description, int year, Group group,
		ApiUnit leadDepartment, List<ApiUnit> coordinatingDepartments, List<ApiUnit> partnerProvinces,
		Long agreementId, ActivityStatus status, DeadlineStatus deadlineStatus, LocalDate plannedStart,
		LocalDate deadline, LocalDate completedOn, String resultSummary, ApiMoney budgetPlanned, ApiMoney budgetSpent,
		boolean sharedWithProvinces, Instant updatedAt) {

	/** The activity's group of cooperation content. */
	record Group(Long id, int number, String nameVi, String nameEn) {
	}

}
