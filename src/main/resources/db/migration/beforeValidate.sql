-- Session 2 landed the dashboard's data version as V43, below the V60 already landed, then renumbered it V61 with
-- the very same content (and checksum). A database migrated in between recorded it as V43: it is recorded here
-- under the number it has now, so that validation finds it and V61 does not run a second time. Anywhere else
-- this does nothing. (Flyway runs this callback before each validation, also before each migration.)
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
    end if;
end
$$;
