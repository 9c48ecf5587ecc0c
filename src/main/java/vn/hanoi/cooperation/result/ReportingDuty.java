package vn.hanoi.cooperation.result;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Which department must report which indicator in a year, and how far each of those figures has come: the one
 * rule that the completeness view, the staff inbox ("not entered yet") and the coordinator's inbox ("departments
 * behind") share.
 * <p>
 * A department reports the indicators of the groups it leads (through the lead department of the day, rolled up
 * to its successor) that the year's plan selects (every group when the year has no plan yet). Its figure is any
 * row it or a predecessor entered for the indicator and year, total or breakdown; the cell's state is the least
 * advanced of them (returned, draft, submitted, approved), and its link the total row, else the first row.
 */
public final class ReportingDuty {

	/** Cell states in the {@code state} column of {@link #CELLS}; a missing figure has none (null). */
	public static final int RETURNED = 0;

	public static final int DRAFT = 1;

	public static final int SUBMITTED = 2;

	public static final int APPROVED = 3;

	/**
	 * A {@code with} clause ending in {@code cells (department_id, indicator_id, group_number, result_id, state)}
	 * for the year given as the named parameter {@code :year}.
	 */
	public static final String CELLS = """
			with plan_of_year as (
			  select pg.group_id from plans pl join plan_groups pg on pg.plan_id = pl.id where pl.year = :year
			),
			duty as (
			  select distinct coalesce(ld.successor_id, ld.id) as department_id, i.id as indicator_id,
			         g.number as group_number
			  from cooperation_groups g
			  join departments ld on ld.id = g.lead_department_id
			  join indicators i on i.group_id = g.id
			  where not exists (select 1 from plan_of_year) or g.id in (select group_id from plan_of_year)
			),
			cells as (
			  select duty.department_id, duty.indicator_id, duty.group_number, figure.result_id, figure.state
			  from duty left join lateral (
			    select (array_agg(r.id order by r.province_id nulls first, r.id))[1] as result_id,
			           min(case r.status when 'RETURNED' then 0 when 'DRAFT' then 1 when 'SUBMITTED' then 2 else 3 end)
			             as state
			    from yearly_results r join departments rd on rd.id = r.department_id
			    where r.year = :year and r.indicator_id = duty.indicator_id
			      and (rd.id = duty.department_id or rd.successor_id = duty.department_id)
			  ) figure on true
			)
			""";

	private ReportingDuty() {
	}

	/**
	 * The year whose figures departments are asked for on the day: the year before until {@code previousYearUntil}
	 * (included) while it is not locked, otherwise the latest year up to this one that is not locked; null when every
	 * year is. Last year's figures are closed in the first months ({@link ReportingYear}: end of March unless
	 * configured), and from 1 January every indicator of the new year would otherwise read as missing while last
	 * year's real gaps disappeared from everyone's work.
	 */
	public static Integer reportingYear(LocalDate today, MonthDay previousYearUntil, Set<Integer> lockedYears) {
		int thisYear = today.getYear();
		if (!MonthDay.from(today).isAfter(previousYearUntil) && !lockedYears.contains(thisYear - 1)
				&& thisYear - 1 >= ResultFormValidator.FIRST_YEAR) {
			return thisYear - 1;
		}
		for (int year = thisYear; year >= ResultFormValidator.FIRST_YEAR; year--) {
			if (!lockedYears.contains(year)) {
				return year;
			}
		}
		return null;
	}

}
