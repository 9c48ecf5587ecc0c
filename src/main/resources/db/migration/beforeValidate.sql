-- Session 2 landed the dashboard's data version as V43 (7d21373) and V44 (13b8b6f), below the V60 already
-- landed, then renumbered them V61 and V62 (97e88a1): V61 with the very same text, V62 with one comment line
-- changed (the number it names), so the same effect under another checksum. A database migrated in between
-- recorded V43, or V43 and V44: they are recorded here under the numbers they have now, so that validation finds
-- them and V61 and V62 do not run a second time. Anywhere else this does nothing. (Flyway runs this callback
-- before each validation, also before each migration.) LandedMigrationsTest keeps any other number from moving.
do $$
begin
    -- Nested: PL/pgSQL plans a whole condition at once, and a new database has no history table yet.
    if to_regclass('flyway_schema_history') is not null then
        if exists (select 1 from flyway_schema_history
                    where version = '43' and script = 'V43__dashboard_data_version.sql' and success)
           and not exists (select 1 from flyway_schema_history where version = '61') then
            update flyway_schema_history set version = '61', script = 'V61__dashboard_data_version.sql'
             where version = '43' and script = 'V43__dashboard_data_version.sql';
        end if;
        -- Only the text that landed as V44 (its checksum): its effect is V62's.
        if exists (select 1 from flyway_schema_history
                    where version = '44' and script = 'V44__dashboard_data_version_at_commit.sql'
                      and checksum = -2072761124 and success)
           and not exists (select 1 from flyway_schema_history where version = '62') then
            update flyway_schema_history
               set version = '62', script = 'V62__dashboard_data_version_at_commit.sql', checksum = 1410690402
             where version = '44' and script = 'V44__dashboard_data_version_at_commit.sql';
        end if;
    end if;
end
$$;
