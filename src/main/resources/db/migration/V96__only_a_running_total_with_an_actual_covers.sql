-- V95's rule let an approved successor row with a target and no actual yet cover the former units' rows: Tuyên Quang
-- of 1 July 2025 planned 12 and had not reported, so Hà Giang's 5 and the old Tuyên Quang's 3 dropped out and the
-- department's and the city's figure read nothing until the new unit's actual arrived. A running total covers the
-- units merged into it only once it is a figure: only a counted successor row with an actual covers.
create or replace function result_rows_covered_by_successor(include_unapproved boolean, restrict_to_provinces boolean,
                                                            provinces bigint[])
    returns table (id bigint)
    -- PL/pgSQL, never inlined into its caller: the set is computed once and then joined.
    language plpgsql stable parallel safe rows 100
as $$
begin
    return query
        -- Two small sets, each read once and then hashed together (as CTEs they cannot be probed row by row):
        -- the LAST rows of units that ended during their year, and the counted LAST actuals of units formed during it.
        with former as materialized (
            select r.id, r.indicator_id, r.year, coalesce(r.department_id, 0) as department, p.successor_id
              from yearly_results r
              join provinces p on p.id = r.province_id and extract(year from p.valid_to) = r.year
              join indicators i on i.id = r.indicator_id and i.aggregation = 'LAST'),
        successor as materialized (
            select s.indicator_id, s.year, coalesce(s.department_id, 0) as department, s.province_id
              from yearly_results s
              join provinces sp on sp.id = s.province_id and extract(year from sp.valid_from) = s.year
              join indicators si on si.id = s.indicator_id and si.aggregation = 'LAST'
             where s.actual is not null
               and (s.status = 'APPROVED' or include_unapproved)
               and (not restrict_to_provinces or s.province_id = any (provinces)))
        select former.id
          from former
          join successor on successor.indicator_id = former.indicator_id and successor.year = former.year
                        and successor.department = former.department and successor.province_id = former.successor_id;
end
$$;
