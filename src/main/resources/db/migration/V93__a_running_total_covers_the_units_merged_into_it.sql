-- A LAST indicator ("lũy kế") is a running total: Tuyên Quang of 1 July 2025 reporting 10 at 31/12 counts the
-- whole merged territory, so Hà Giang's 5 and the old Tuyên Quang's 3 at 30/6 are already inside it. Added up as the
-- parts of a flow are (V67's figure_of_parts), they made 18. The one rule, for every reader that combines the
-- province rows of a year: for a LAST indicator, within one department, indicator and year, a row of a unit that
-- ended during the year is not counted when the department has a counted row for the unit's successor that year.
-- Without such a row the former unit's rows still count. A sum or an average is unchanged. "Counted" is the
-- caller's: approved rows, or all rows with include_unapproved; a partner province's reader sees only its own units,
-- so only a successor row it may read can cover a row.
create function result_covered_by_successor(r yearly_results, include_unapproved boolean,
                                            restrict_to_provinces boolean, provinces bigint[])
    returns boolean
    language sql stable parallel safe
as $$
    select exists (select 1
                     from indicators i
                     join provinces p on p.id = r.province_id
                     join yearly_results s on s.indicator_id = r.indicator_id and s.year = r.year
                                          and s.department_id is not distinct from r.department_id
                                          and s.province_id = p.successor_id
                    where i.id = r.indicator_id
                      and i.aggregation = 'LAST'
                      and extract(year from p.valid_to) = r.year
                      and (s.status = 'APPROVED' or include_unapproved)
                      and (not restrict_to_provinces or s.province_id = any (provinces)))
$$;

-- V87's department figures with the rule above: a covered row is not counted among the department's province rows.
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
      left join provinces rp on rp.id = r.province_id
      -- Only a row of a unit that ended during its year is looked up: the function runs once a row.
      cross join lateral (select r.province_id is null as is_total,
                                 (r.status = 'APPROVED' or include_unapproved)
                                 and (r.province_id is null or rp.valid_to is null
                                      or extract(year from rp.valid_to) <> r.year
                                      or not result_covered_by_successor(r, include_unapproved, restrict_to_provinces,
                                                                         provinces)) as counted) k
     where not restrict_to_provinces or r.province_id = any (provinces)
     group by r.indicator_id, r.year, r.department_id, i.aggregation
    -- A department appears once the row that gives its figure is counted.
    having case when bool_or(k.is_total) then bool_or(k.is_total and k.counted) else bool_or(k.counted) end
$$;
