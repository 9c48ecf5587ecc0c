-- V67 dropped the rows not counted (not approved) before it asked whether a department has a total, so a department
-- whose total was returned or still awaited approval was given its approved province rows as its figure, shown as
-- exact: a part of the total standing for the total (demo: Sở Công Thương's returned 12 events for 2025 became the
-- city's 2, "100 % of the target"). The same happened to an approved total with a target and no actual yet.
-- Now a department that has a total row, whatever its status, is measured by that row alone: when the row is not
-- counted the department has no figure yet, as a department that has reported nothing. Only a department without
-- a total is measured by its province rows combined. A partner province still reads its own rows only.
create or replace function result_department_figures(include_unapproved boolean, restrict_to_provinces boolean,
                                                     provinces bigint[])
    returns table (indicator_id bigint, year integer, department_id bigint, target numeric, actual numeric,
                   actual_is_lower_bound boolean, disputed boolean)
    language sql stable parallel safe
as $$
    select r.indicator_id, r.year, r.department_id,
           case when bool_or(k.is_total)
                then max(r.target) filter (where k.is_total and k.counted)
                else figure_of_parts(i.aggregation, sum(r.target) filter (where k.counted),
                                     avg(r.target) filter (where k.counted)) end,
           case when bool_or(k.is_total)
                then max(r.actual) filter (where k.is_total and k.counted)
                else figure_of_parts(i.aggregation, sum(r.actual) filter (where k.counted),
                                     avg(r.actual) filter (where k.counted)) end,
           coalesce(case when bool_or(k.is_total)
                         then bool_or(r.actual_is_lower_bound) filter (where k.is_total and k.counted)
                         else bool_or(r.actual_is_lower_bound) filter (where k.counted) end, false),
           coalesce(bool_or(exists (select 1 from province_confirmations pc
                                     where pc.result_id = r.id and pc.status = 'DISPUTED')) filter (where k.counted),
                    false)
      from yearly_results r
      join indicators i on i.id = r.indicator_id
      cross join lateral (select r.province_id is null as is_total,
                                 r.status = 'APPROVED' or include_unapproved as counted) k
     where not restrict_to_provinces or r.province_id = any (provinces)
     group by r.indicator_id, r.year, r.department_id, i.aggregation
    -- A department appears once the row that gives its figure is counted.
    having case when bool_or(k.is_total) then bool_or(k.is_total and k.counted) else bool_or(k.counted) end
$$;
