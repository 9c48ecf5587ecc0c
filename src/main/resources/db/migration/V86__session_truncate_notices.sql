-- A TRUNCATE of the session tables (an operator ending every session at once) fires no row trigger of V85: it
-- announces '*' on the same channel, and every instance forgets all the sessions it keeps.
create function portal_sessions_truncated() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('portal_session_changed', '*');
    return null;
end
$$;

create trigger spring_session_truncated
    after truncate on spring_session
    for each statement execute function portal_sessions_truncated();

create trigger spring_session_attributes_truncated
    after truncate on spring_session_attributes
    for each statement execute function portal_sessions_truncated();
