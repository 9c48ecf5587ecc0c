-- V100 covered a row of a department that ended in 2025 by its successor department's row of the same kind only:
-- a total by a total, a province row by the same (or the successor) unit's row. A running total (LAST) reported as
-- Sở NN&PTNT's total (5, by February) and as Sở Nông nghiệp và Môi trường's Tuyên Quang (8, at 31/12) is still one
-- stock reported twice, and the city read 13; Sở TN&MT's Tuyên Quang (3) under the successor's total (9) read 12.
-- A department's total and a breakdown by province are never added together: in the city's figure, the successor
-- department's total now covers its predecessors' province rows, and any of its rows (its figure, however it
-- reported it) covers a predecessor's total, column by column as before (its actual the actual, its target the
-- target; the marks go with the actual).
--
-- Only in the city's figure: on a map a total has no tile, so a former department's province rows stay covered by
-- rows of the same unit only (V100), and a former department's own figure stays its own.
--
-- A new return type: the set is dropped and made anew; the department figures, which read it, are made anew below.
-- The city figures read those and keep their text (V100).
drop function result_rows_covered_by_successor(boolean, boolean, bigint[]);

create function result_rows_covered_by_successor(include_unapproved boolean, restrict_to_provinces boolean,
                                                 provinces bigint[])
    -- covers_*: within the row's department, by its row for the unit's successor (V96): the department's own figure.
    -- covers_*_in_sums: in a sum over departments on a map (a unit's figure on the map of its successor): V96's,
    --   or the successor department's row for the same unit or for the unit's successor.
    -- covers_*_on_own_unit: in a sum over departments on the row's own unit's map: the successor department's row
    --   for the same unit only (a successor unit's rows are not on that map).
    -- covers_*_in_city: in the city's figure: in_sums, or the successor department's total covering a province row,
    --   or any of the successor department's rows covering a total (V101).
    returns table (id bigint, covers_target boolean, covers_actual boolean, covers_target_in_sums boolean,
                   covers_actual_in_sums boolean, covers_target_on_own_unit boolean,
                   covers_actual_on_own_unit boolean, covers_target_in_city boolean,
                   covers_actual_in_city boolean)
    -- PL/pgSQL, never inlined into its caller: the set is computed once and then joined.
    language plpgsql stable parallel safe rows 100
as $$
begin
    return query
        with running as materialized (
            select r.id, r.indicator_id, r.year, r.department_id, r.province_id, r.status,
                   r.target is not null as has_target, r.actual is not null as has_actual
              from yearly_results r
              join indicators i on i.id = r.indicator_id and i.aggregation = 'LAST'),
        former as materialized (
            select r.id, r.indicator_id, r.year, coalesce(r.department_id, 0) as department,
                   coalesce(r.province_id, 0) as unit, p.successor_id as successor_unit,
                   d.successor_id as successor_department
              from running r
              left join (select p.id, p.successor_id, extract(year from p.valid_to)::integer as ended
                           from provinces p where p.successor_id is not null) p
                     on p.id = r.province_id and p.ended = r.year
              left join (select d.id, d.successor_id, extract(year from d.valid_to)::integer as ended
                           from departments d where d.successor_id is not null) d
                     on d.id = r.department_id and d.ended = r.year
             where p.successor_id is not null or d.successor_id is not null),
        successor as materialized (
            select s.indicator_id, s.year, coalesce(s.department_id, 0) as department,
                   coalesce(s.province_id, 0) as unit, sp.id is not null as unit_formed, s.has_target, s.has_actual
              from running s
              left join (select sp.id, extract(year from sp.valid_from)::integer as formed from provinces sp) sp
                     on sp.id = s.province_id and sp.formed = s.year
              left join (select distinct fd.successor_id, extract(year from fd.valid_to)::integer as year
                           from departments fd where fd.successor_id is not null) sd
                     on sd.successor_id = s.department_id and sd.year = s.year
             where (s.status = 'APPROVED' or include_unapproved)
               and (not restrict_to_provinces or s.province_id = any (provinces))
               and (sp.id is not null or sd.successor_id is not null))
        select f.id,
               coalesce(by_unit.has_target, false), coalesce(by_unit.has_actual, false),
               coalesce(by_unit.has_target or by_department.has_target or by_both.has_target, false),
               coalesce(by_unit.has_actual or by_department.has_actual or by_both.has_actual, false),
               coalesce(by_department.has_target, false), coalesce(by_department.has_actual, false),
               coalesce(by_unit.has_target or by_department.has_target or by_both.has_target
                        or by_department_total.has_target or by_department_any.has_target, false),
               coalesce(by_unit.has_actual or by_department.has_actual or by_both.has_actual
                        or by_department_total.has_actual or by_department_any.has_actual, false)
          from former f
          -- The same department's row for the unit's successor (V96).
          left join successor by_unit on by_unit.indicator_id = f.indicator_id and by_unit.year = f.year
                                     and by_unit.department = f.department and by_unit.unit = f.successor_unit
                                     and by_unit.unit_formed
          -- The successor department's row for the same unit (or its total, for a total).
          left join successor by_department on by_department.indicator_id = f.indicator_id
                                           and by_department.year = f.year
                                           and by_department.department = f.successor_department
                                           and by_department.unit = f.unit
          -- The successor department's row for the unit's successor.
          left join successor by_both on by_both.indicator_id = f.indicator_id and by_both.year = f.year
                                     and by_both.department = f.successor_department
                                     and by_both.unit = f.successor_unit and by_both.unit_formed
          -- A province row of the former department, under the successor department's total (V101).
          left join successor by_department_total on f.unit <> 0
                                                 and by_department_total.indicator_id = f.indicator_id
                                                 and by_department_total.year = f.year
                                                 and by_department_total.department = f.successor_department
                                                 and by_department_total.unit = 0
          -- The former department's total, under the successor department's figure however it reported it (V101).
          left join (select s.indicator_id, s.year, s.department, bool_or(s.has_target) as has_target,
                            bool_or(s.has_actual) as has_actual
                       from successor s group by s.indicator_id, s.year, s.department) by_department_any
                 on f.unit = 0 and by_department_any.indicator_id = f.indicator_id
                and by_department_any.year = f.year and by_department_any.department = f.successor_department
         where by_unit.indicator_id is not null or by_department.indicator_id is not null
            or by_both.indicator_id is not null or by_department_total.indicator_id is not null
            or by_department_any.indicator_id is not null;
end
$$;

-- V100's department figures: in_sums (the city's figure) now leaves out what the successor covers across kinds too.
create or replace function result_department_figures_counted(include_unapproved boolean, restrict_to_provinces boolean,
                                                  provinces bigint[], in_sums boolean)
    returns table (indicator_id bigint, year integer, department_id bigint, target numeric, actual numeric,
                   actual_is_lower_bound boolean, disputed boolean)
    language sql stable parallel safe
as $$
    select r.indicator_id, r.year, r.department_id,
           case when bool_or(k.is_total)
                then max(k.target) filter (where k.is_total and k.counted)
                else figure_of_parts(i.aggregation, sum(k.target) filter (where k.counted),
                                     avg(k.target) filter (where k.counted)) end,
           case when bool_or(k.is_total)
                then max(k.actual) filter (where k.is_total and k.counted)
                else figure_of_parts(i.aggregation, sum(k.actual) filter (where k.counted),
                                     avg(k.actual) filter (where k.counted)) end,
           coalesce(case when bool_or(k.is_total)
                         then bool_or(r.actual_is_lower_bound) filter (where k.is_total and k.counted
                                                                             and k.actual_counts)
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
      cross join lateral (select case when in_sums then covered.covers_target_in_city
                                      else covered.covers_target end as target,
                                 case when in_sums then covered.covers_actual_in_city
                                      else covered.covers_actual end as actual) c
      cross join lateral (select r.province_id is null as is_total,
                                 r.status = 'APPROVED' or include_unapproved as counted,
                                 case when c.target then null else r.target end as target,
                                 case when c.actual then null else r.actual end as actual,
                                 c.actual is not true as actual_counts) k
     where not restrict_to_provinces or r.province_id = any (provinces)
     group by r.indicator_id, r.year, r.department_id, i.aggregation
    -- A department appears once the row that gives its figure is counted.
    having case when bool_or(k.is_total) then bool_or(k.is_total and k.counted) else bool_or(k.counted) end
$$;
