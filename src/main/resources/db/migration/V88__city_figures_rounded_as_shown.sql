-- The city's figure is given to two decimals, as every page, report and the read API show it: an average of
-- 90, 95 and 96 is 93.67, and 310000 stays 310000 (not 310000.00). The published open data took it unrounded
-- (93.6666666666666667) while the pages beside it said 93.67; rounding once, where the figure is made, gives
-- every reader the same number.
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
      from result_department_figures(include_unapproved, restrict_to_provinces, provinces) f
      join indicators i on i.id = f.indicator_id
     group by f.indicator_id, f.year, i.aggregation
$$;
