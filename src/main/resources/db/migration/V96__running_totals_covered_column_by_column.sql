-- V95's rule dropped a former unit's row whole once the department had a counted row for the new unit, but a row's
-- target and actual are two figures: Tuyên Quang of 1 July 2025 planned 12 and had not reported, so Hà Giang's 5
-- and the old Tuyên Quang's 3 dropped out and the department's and the city's actual read nothing until the new
-- unit's arrived; letting only a row with an actual cover would instead add their targets 6 and 4 to the 12 (22).
-- A running total covers column by column: the new unit's actual covers the former units' actuals, its target their
-- targets. The set now says which of a row's columns are covered (a new return type: dropped and made anew), and
-- the department figures count each row with its covered columns left out; a row's "lower bound" and "disputed"
-- marks go with its actual.
drop function result_rows_covered_by_successor(boolean, boolean, bigint[]);

create function result_rows_covered_by_successor(include_unapproved boolean, restrict_to_provinces boolean,
                                                 provinces bigint[])
    returns table (id bigint, covers_target boolean, covers_actual boolean)
    -- PL/pgSQL, never inlined into its caller: the set is computed once and then joined.
    language plpgsql stable parallel safe rows 100
as $$
begin
    return query
        -- Two small sets, each read once and then hashed together (as CTEs they cannot be probed row by row):
        -- the LAST rows of units that ended during their year, and the counted LAST rows of units formed during it.
        with former as materialized (
            select r.id, r.indicator_id, r.year, coalesce(r.department_id, 0) as department, p.successor_id
              from yearly_results r
              join provinces p on p.id = r.province_id and extract(year from p.valid_to) = r.year
              join indicators i on i.id = r.indicator_id and i.aggregation = 'LAST'),
        successor as materialized (
            select s.indicator_id, s.year, coalesce(s.department_id, 0) as department, s.province_id,
                   s.target is not null as has_target, s.actual is not null as has_actual
              from yearly_results s
              join provinces sp on sp.id = s.province_id and extract(year from sp.valid_from) = s.year
              join indicators si on si.id = s.indicator_id and si.aggregation = 'LAST'
             where (s.status = 'APPROVED' or include_unapproved)
               and (not restrict_to_provinces or s.province_id = any (provinces)))
        select former.id, successor.has_target, successor.has_actual
          from former
          join successor on successor.indicator_id = former.indicator_id and successor.year = former.year
                        and successor.department = former.department and successor.province_id = former.successor_id;
end
$$;

-- V94's department figures, reading the set column by column: a covered target or actual is left out of the
-- department's province rows, and so are the marks of a covered actual.
create or replace function result_department_figures(include_unapproved boolean, restrict_to_provinces boolean,
                                                     provinces bigint[])
    returns table (indicator_id bigint, year integer, department_id bigint, target numeric, actual numeric,
                   actual_is_lower_bound boolean, disputed boolean)
    language sql stable parallel safe
as $$
    select r.indicator_id, r.year, r.department_id,
           case when bool_or(k.is_total)
                then max(r.target) filter (where k.is_total and k.counted)
                else figure_of_parts(i.aggregation, sum(k.target) filter (where k.counted),
                                     avg(k.target) filter (where k.counted)) end,
           case when bool_or(k.is_total)
                then max(r.actual) filter (where k.is_total and k.counted)
                else figure_of_parts(i.aggregation, sum(k.actual) filter (where k.counted),
                                     avg(k.actual) filter (where k.counted)) end,
           coalesce(case when bool_or(k.is_total)
                         then bool_or(r.actual_is_lower_bound) filter (where k.is_total and k.counted)
                         else bool_or(r.actual_is_lower_bound) filter (where k.counted and k.actual_counts) end,
                    false),
           coalesce(bool_or(exists (select 1 from province_confirmations pc
                                     where pc.result_id = r.id and pc.status = 'DISPUTED'))
                        filter (where k.counted and k.actual_counts),
                    false)
      from yearly_results r
      join indicators i on i.id = r.indicator_id
      left join result_rows_covered_by_successor(include_unapproved, restrict_to_provinces, provinces) covered
             on covered.id = r.id
      cross join lateral (select r.province_id is null as is_total,
                                 r.status = 'APPROVED' or include_unapproved as counted,
                                 case when covered.covers_target then null else r.target end as target,
                                 case when covered.covers_actual then null else r.actual end as actual,
                                 covered.covers_actual is not true as actual_counts) k
     where not restrict_to_provinces or r.province_id = any (provinces)
     group by r.indicator_id, r.year, r.department_id, i.aggregation
    -- A department appears once the row that gives its figure is counted.
    having case when bool_or(k.is_total) then bool_or(k.is_total and k.counted) else bool_or(k.counted) end
$$;
