-- What waits for each person is read from records that had no data version: conversations with the provinces,
-- failed imports, locked years and a leader's inbox visits. They now renew the subject 'inbox', so the menu's
-- count beside "My work" can be kept in memory (inbox/InboxBadge) until one of them, or a subject it also reads
-- (results, agreements, the viewer's departments or provinces), changes. A TRUNCATE renews 'reference' as for the
-- other counted tables (V70).
do $$
declare
    waiting text;
begin
    foreach waiting in array array['activity_comments', 'import_failures', 'locked_years', 'inbox_visits']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function bump_subject_version(''inbox'')',
                       waiting || '_data_version', waiting);
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function bump_subject_version(''reference'')',
                       waiting || '_data_version_truncate', waiting);
    end loop;
end
$$;
