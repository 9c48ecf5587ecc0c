-- Issue 8: account management, one-time password links and the insert-only security audit log.

-- A session that started before this instant is ended on its next request (disabling, password reset).
alter table accounts add column sessions_valid_after timestamptz;
alter table accounts add column password_changed_at timestamptz;
create index accounts_role_idx on accounts (role);
create index accounts_search_idx on accounts using gin (portal_unaccent(lower(username || ' ' || display_name)) gin_trgm_ops);

-- Only a SHA-256 of the token is kept: a copy of the table does not let anyone set a password.
create table password_reset_tokens (
    id          bigint generated always as identity primary key,
    account_id  bigint       not null references accounts (id) on delete cascade,
    token_hash  varchar(64)  not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_by  varchar(60)  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    check (expires_at > created_at),
    check (used_at is null or used_at >= created_at)
);
create index password_reset_tokens_account_idx on password_reset_tokens (account_id);

-- Insert-only: no updated_at or version, since a row never changes.
create table security_events (
    id          bigint generated always as identity primary key,
    type        varchar(40)   not null check (type ~ '^[A-Z_]+$'),
    username    varchar(60),
    client      varchar(64),
    detail      varchar(1000),
    created_at  timestamptz   not null default now()
);
create index security_events_created_idx on security_events (created_at desc);
create index security_events_type_idx on security_events (type, created_at desc);
create index security_events_username_idx on security_events (lower(username), created_at desc);

-- The trigger is what holds even for a superuser (the embedded database runs as postgres).
create function security_events_insert_only() returns trigger
    language plpgsql
    as $$
begin
    raise exception 'security_events is insert-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger security_events_no_update_or_delete
    before update or delete on security_events
    for each row execute function security_events_insert_only();
create trigger security_events_no_truncate
    before truncate on security_events
    for each statement execute function security_events_insert_only();

-- For a non-superuser portal role (external database), privileges say the same.
revoke update, delete, truncate on security_events from public;
do $$
begin
    execute format('revoke update, delete, truncate on security_events from %I', current_user);
end
$$;
