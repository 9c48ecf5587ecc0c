-- The province page counts a unit's answers by province (ProvinceResults) and is kept in memory under the data
-- version like the dashboard (province/ProvincePages): the answers now number a change too, and are found by
-- province without reading them all.
create index province_confirmations_province_idx on province_confirmations (province_id);

create trigger province_confirmations_dashboard_version_truncate after truncate on province_confirmations
    for each statement execute function bump_dashboard_data_version();
create constraint trigger province_confirmations_dashboard_version
    after insert or update or delete on province_confirmations
    deferrable initially deferred for each row execute function bump_dashboard_data_version();
