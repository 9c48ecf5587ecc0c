-- The dashboard's figures are computed once per change of the data they count (and per day) and then served
-- from memory. Every statement that changes one of those tables takes the next number of this sequence;
-- a portal instance whose cached figures were computed under an older number computes them again.
-- A sequence, not a counter row: writers never wait for each other on it.
create sequence dashboard_data_version;

create function bump_dashboard_data_version() returns trigger
    language plpgsql as $$
begin
    perform nextval('dashboard_data_version');
    return null;
end
$$;

do $$
declare
    counted text;
begin
    foreach counted in array array['activities', 'activity_partner_provinces', 'plans', 'plan_groups',
                                   'cooperation_groups', 'departments', 'provinces', 'agreements',
                                   'agreement_provinces', 'indicators', 'yearly_results']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_dashboard_data_version()',
                       counted || '_dashboard_version', counted);
    end loop;
end
$$;
