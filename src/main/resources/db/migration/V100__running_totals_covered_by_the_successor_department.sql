-- V93-V96's rule matched equal department ids only, but Hanoi's departments of 2022 ended on 28 February 2025, each
-- pointing at its successor (several may share one: Sở NN&PTNT and Sở TN&MT → Sở Nông nghiệp và Môi trường). A
-- running total (LAST) of 2025 reported by Sở NN&PTNT (5) and Sở TN&MT (3) before the merger and by Sở Nông nghiệp và
-- Môi trường at 31/12 (8) is one stock reported three times: the city read 16.
--
-- The rule, beside V96's: for a LAST indicator, a row of a department that ended during the row's year is covered,
-- column by column, by its successor department's counted row for the same indicator and year and the same unit:
-- the same province, or the province's successor where the province also ended that year, or both being the
-- department's total (province null; a total and a province breakdown never stand for each other). The successor's
-- actual covers the actual, its target the target; the "lower bound" and "disputed" marks go with the actual. A
-- department without a successor (not reorganised, or split, which one successor link cannot state) covers nothing.
-- "Counted" is the caller's, as in V96.
--
-- Where it applies: only where departments' figures are added up (the city's figure; a province's figure over the
-- departments on a map). A former department's own figure stays its own, as a former province's rows stay their own
-- on its own map (the 63 units); on that map only the successor department's row for that same province covers one.
--
-- The set stays one set computed once and joined: the LAST rows, read once; of them, those of units or departments
-- that ended during their year, and the counted ones that can cover them (of a unit formed during the year, or of a
-- successor department), then joined; each row matches at most one row per join (yearly_results_uq). Measured
-- on the benchmark's 200,000 results (2025 holds rows of both the departments of 2022 and those of March 2025):
-- 0.07-0.09 s for 6,121 rows (V96's 0.06-0.08 s for 3,714), the city figures 0.14-0.2 s as before (0.13-0.17 s).
-- A new return type: the set is dropped and made anew; the department figures, which read it, are made anew below.
drop function result_rows_covered_by_successor(boolean, boolean, bigint[]);

create function result_rows_covered_by_successor(include_unapproved boolean, restrict_to_provinces boolean,
                                                 provinces bigint[])
    -- covers_*: within the row's department, by its row for the unit's successor (V96): the department's own figure.
    -- covers_*_in_sums: in a sum over departments (the city's figure, a unit's figure on the map of its successor):
    --   V96's, or the successor department's row for the same unit or for the unit's successor.
    -- covers_*_on_own_unit: in a sum over departments on the row's own unit's map: the successor department's row
    --   for the same unit only (a successor unit's rows are not on that map).
    returns table (id bigint, covers_target boolean, covers_actual boolean, covers_target_in_sums boolean,
                   covers_actual_in_sums boolean, covers_target_on_own_unit boolean,
                   covers_actual_on_own_unit boolean)
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
               coalesce(by_department.has_target, false), coalesce(by_department.has_actual, false)
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
         where by_unit.indicator_id is not null or by_department.indicator_id is not null
            or by_both.indicator_id is not null;
end
$$;

-- V96's department figures, once: in_sums leaves out what the successor department covers too, for the figures that
-- add departments up; without it a department's own figure, where only its own successor unit's rows cover a row.
create function result_department_figures_counted(include_unapproved boolean, restrict_to_provinces boolean,
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
      cross join lateral (select case when in_sums then covered.covers_target_in_sums
                                      else covered.covers_target end as target,
                                 case when in_sums then covered.covers_actual_in_sums
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

-- Each department's own figure: a former department keeps its own.
create or replace function result_department_figures(include_unapproved boolean, restrict_to_provinces boolean,
                                                     provinces bigint[])
    returns table (indicator_id bigint, year integer, department_id bigint, target numeric, actual numeric,
                   actual_is_lower_bound boolean, disputed boolean)
    language sql stable parallel safe
as $$
    select * from result_department_figures_counted(include_unapproved, restrict_to_provinces, provinces, false)
$$;

-- V88's city figures over the departments' figures as they add up: a former department's column covered by its
-- successor department is left out.
create or replace function result_city_figures(include_unapproved boolean, restrict_to_provinces boolean,
                                               provinces bigint[])
    returns table (indicator_id bigint, year integer, target numeric, actual numeric, actual_is_lower_bound boolean,
                   disputed boolean)
    language sql stable parallel safe
as $$
    select f.indicator_id, f.year,
           trim_scale(round(figure_of_parts(i.aggregation, sum(f.target), avg(f.target)), 2)),
           trim_scale(round(figure_of_parts(i.aggregation, sum(f.actual), avg(f.actual)), 2)),
           coalesce(bool_or(f.actual_is_lower_bound) filter (where f.actual is not null), false),
           bool_or(f.disputed)
      from result_department_figures_counted(include_unapproved, restrict_to_provinces, provinces, true) f
      join indicators i on i.id = f.indicator_id
     group by f.indicator_id, f.year, i.aggregation
$$;
