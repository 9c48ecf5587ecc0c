package vn.hanoi.cooperation.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import vn.hanoi.cooperation.province.ProvinceName;
import vn.hanoi.cooperation.system.Names;

/**
 * An activity as its own page shows it: plain data read in SQL with the names it shows, partners and agreement
 * already narrowed to what the reader may see ({@link ActivityDetails}).
 */
public record ActivityFacts(Long id, long version, String title, String description, int planYear, int groupNumber,
		Names groupName, Long leadDepartmentId, Names leadDepartment, List<Names> coordinatingDepartments,
		List<ProvinceName> partnerProvinces, AgreementLink agreement, LocalDate plannedStart, LocalDate deadline,
		LocalDate actualCompletion, String resultSummary, ActivityStatus status, BigDecimal budgetPlanned,
		BigDecimal budgetSpent, boolean sharedWithProvinces) implements ActivityAccess.Guarded {

	/** The agreement the activity carries out, when the reader may open it. */
	public record AgreementLink(Long id, String title) {
	}

	public DeadlineStatus deadlineStatus(LocalDate today) {
		return DeadlineStatus.of(this.status, this.deadline, this.actualCompletion, today);
	}

	@Override
	public boolean isSharedWithProvinces() {
		return this.sharedWithProvinces;
	}

	@Override
	public boolean hasPartnerAmong(Collection<Long> provinceIds) {
		return this.partnerProvinces.stream().anyMatch(p -> provinceIds.contains(p.id()));
	}

}
