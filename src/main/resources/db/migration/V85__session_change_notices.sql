-- Every change to a kept session announces the session's id on the channel portal_session_changed, whoever makes
-- it (another portal instance, the expiry clean-up, an operator in psql): each instance keeps the sessions it has
-- read in memory and forgets one as soon as its row or its attributes change.
create function portal_session_changed() returns trigger
    language plpgsql as $$
begin
    if tg_table_name = 'spring_session' then
        perform pg_notify('portal_session_changed', old.session_id::text);
        if tg_op = 'UPDATE' and new.session_id <> old.session_id then
            perform pg_notify('portal_session_changed', new.session_id::text);
        end if;
    else
        perform pg_notify('portal_session_changed', s.session_id::text)
           from spring_session s
          where s.primary_id = case when tg_op = 'DELETE' then old.session_primary_id else new.session_primary_id end;
    end if;
    return null;
end
$$;

create trigger spring_session_changed
    after update or delete on spring_session
    for each row execute function portal_session_changed();

create trigger spring_session_attributes_changed
    after insert or update or delete on spring_session_attributes
    for each row execute function portal_session_changed();
