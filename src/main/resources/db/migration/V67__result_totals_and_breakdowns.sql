-- One rule for every reader of yearly results (year view, dashboard, map, exports, reports), as Akvo RSR and IATI
-- treat disaggregations: a department's row without a province is its total for the indicator and year; its
-- province rows are the breakdown of that total ("trong đó"), never added to it. The department's figure is its
-- total where it has one, otherwise its province rows combined; the city's figure combines the departments'.
-- A total that includes a lower bound ("trên 300.000") is itself a lower bound.

-- How the figures of several departments or provinces combine within one year: a rate is averaged, anything else
-- (a flow, a running total) adds up.
create function figure_of_parts(aggregation varchar, total numeric, average numeric) returns numeric
    language sql immutable parallel safe
    return case when aggregation = 'AVERAGE' then average else total end;

-- Each department's figure per indicator and year (department_id null: the city-level figures no department
-- reported, such as 2021's). With restrict_to_provinces only the rows about those provinces are read: a partner
-- province sees its own rows, never a department's total.
create function result_department_figures(include_unapproved boolean, restrict_to_provinces boolean,
                                          provinces bigint[])
    returns table (indicator_id bigint, year integer, department_id bigint, target numeric, actual numeric,
                   actual_is_lower_bound boolean, disputed boolean)
    language sql stable parallel safe
as $$
    select r.indicator_id, r.year, r.department_id,
           coalesce(max(r.target) filter (where r.province_id is null),
                    figure_of_parts(i.aggregation, sum(r.target) filter (where r.province_id is not null),
                                    avg(r.target) filter (where r.province_id is not null))),
           coalesce(max(r.actual) filter (where r.province_id is null),
                    figure_of_parts(i.aggregation, sum(r.actual) filter (where r.province_id is not null),
                                    avg(r.actual) filter (where r.province_id is not null))),
           case when count(r.actual) filter (where r.province_id is null) > 0
                then bool_or(r.actual_is_lower_bound) filter (where r.province_id is null)
                else coalesce(bool_or(r.actual_is_lower_bound) filter (where r.province_id is not null), false) end,
           coalesce(bool_or(exists (select 1 from province_confirmations pc
                                     where pc.result_id = r.id and pc.status = 'DISPUTED')), false)
      from yearly_results r
      join indicators i on i.id = r.indicator_id
     where (r.status = 'APPROVED' or include_unapproved)
       and (not restrict_to_provinces or r.province_id = any (provinces))
     group by r.indicator_id, r.year, r.department_id, i.aggregation
$$;

-- The city's figure per indicator and year: its departments' figures combined by the indicator's aggregation.
create function result_city_figures(include_unapproved boolean, restrict_to_provinces boolean, provinces bigint[])
    returns table (indicator_id bigint, year integer, target numeric, actual numeric, actual_is_lower_bound boolean,
                   disputed boolean)
    language sql stable parallel safe
as $$
    select f.indicator_id, f.year,
           figure_of_parts(i.aggregation, sum(f.target), avg(f.target)),
           figure_of_parts(i.aggregation, sum(f.actual), avg(f.actual)),
           coalesce(bool_or(f.actual_is_lower_bound) filter (where f.actual is not null), false),
           bool_or(f.disputed)
      from result_department_figures(include_unapproved, restrict_to_provinces, provinces) f
      join indicators i on i.id = f.indicator_id
     group by f.indicator_id, f.year, i.aggregation
$$;
