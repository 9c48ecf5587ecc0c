-- V93's rule (a running total of a unit of 1 July 2025 covers the same department's rows of the units merged into
-- it) asked result_covered_by_successor once for each row of a unit that ended during the row's year. PostgreSQL
-- cannot inline a function holding a sub-select, and on 200,000 results (55,000 such rows) the city figures took
-- 18 s instead of 0.1-0.3 s: the year view ran into the statement timeout. The same rule as one set, joined once by
-- every reader: the rows not to count (measured on 200,000 results: the set 0.17 s, the department figures
-- 0.3-0.4 s instead of 0.1-0.2 s without the rule; a year view computed afresh 1.2-1.6 s instead of 0.6-0.8 s).
--
-- For a LAST indicator, within one department, indicator and year, a row of a unit that ended during the year is
-- covered when the department has a counted row for the unit's successor that year. "Counted" is the caller's:
-- approved rows, or all rows with include_unapproved; a partner province's reader sees only its own units, so only
-- a successor row it may read covers a row. At most one successor row matches a row (yearly_results_uq).
create function result_rows_covered_by_successor(include_unapproved boolean, restrict_to_provinces boolean,
                                                 provinces bigint[])
    returns table (id bigint)
    -- PL/pgSQL, never inlined into its caller: the set is computed once and then joined, whatever the planner
    -- guesses of the tables' sizes (inlined, it was joined row by row after a large import and timed out).
    language plpgsql stable parallel safe rows 100
as $$
begin
    return query
        select r.id
          from yearly_results r
          join provinces p on p.id = r.province_id and extract(year from p.valid_to) = r.year
          join indicators i on i.id = r.indicator_id and i.aggregation = 'LAST'
          -- The counted rows of units formed during their year.
          join (select s.indicator_id, s.year, coalesce(s.department_id, 0) as department, s.province_id
                  from yearly_results s
                  join provinces sp on sp.id = s.province_id and extract(year from sp.valid_from) = s.year
                 where (s.status = 'APPROVED' or include_unapproved)
                   and (not restrict_to_provinces or s.province_id = any (provinces))) successor
               on successor.indicator_id = r.indicator_id and successor.year = r.year
              and successor.department = coalesce(r.department_id, 0) and successor.province_id = p.successor_id;
end
$$;

-- V93's department figures, reading the set: a covered row is not counted among the department's province rows.
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
      left join result_rows_covered_by_successor(include_unapproved, restrict_to_provinces, provinces) covered
             on covered.id = r.id
      cross join lateral (select r.province_id is null as is_total,
                                 (r.status = 'APPROVED' or include_unapproved) and covered.id is null as counted) k
     where not restrict_to_provinces or r.province_id = any (provinces)
     group by r.indicator_id, r.year, r.department_id, i.aggregation
    -- A department appears once the row that gives its figure is counted.
    having case when bool_or(k.is_total) then bool_or(k.is_total and k.counted) else bool_or(k.counted) end
$$;

drop function result_covered_by_successor(yearly_results, boolean, boolean, bigint[]);
