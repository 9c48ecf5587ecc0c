-- The merge 62c9709 landed the demo activities of early 2025 as demo V70; the next commit (12710b0) renumbered
-- them V5 with the very same text (the same checksum). A demo database started in between recorded V70: it is
-- recorded here as V5, so that V5 does not run a second time and V6 onwards run. Anywhere else this does nothing.
do $$
begin
    if to_regclass('demo_data_history') is not null then
        if exists (select 1 from demo_data_history
                    where version = '70' and script = 'V70__demo_activities_name_the_units_of_their_day.sql'
                      and success)
           and not exists (select 1 from demo_data_history where version = '5') then
            update demo_data_history set version = '5', script = 'V5__demo_activities_name_the_units_of_their_day.sql'
             where version = '70' and script = 'V70__demo_activities_name_the_units_of_their_day.sql';
        end if;
    end if;
end
$$;
