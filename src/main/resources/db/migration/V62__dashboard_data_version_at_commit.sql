-- V61 numbered a change when its statement ran, before its transaction committed: a dashboard computed in
-- between read the new number without the change and kept stale figures under it. The number is now taken at
-- commit (deferred constraint triggers), a moment before the change becomes visible; TRUNCATE, which such
-- triggers cannot watch, keeps its statement trigger.
do $$
declare
    counted text;
begin
    foreach counted in array array['activities', 'activity_partner_provinces', 'plans', 'plan_groups',
                                   'cooperation_groups', 'departments', 'provinces', 'agreements',
                                   'agreement_provinces', 'indicators', 'yearly_results']
    loop
        execute format('drop trigger %I on %I', counted || '_dashboard_version', counted);
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function bump_dashboard_data_version()',
                       counted || '_dashboard_version_truncate', counted);
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function bump_dashboard_data_version()',
                       counted || '_dashboard_version', counted);
    end loop;
end
$$;
