-- The one-time link that creates the first administrator, printed on the console at start-up when no
-- administrator exists and none is configured. As for password links, only a SHA-256 of the token is kept.
create table first_administrator_links (
    id          bigint generated always as identity primary key,
    token_hash  varchar(64)  not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    expires_at  timestamptz  not null,
    used_at     timestamptz,
    created_at  timestamptz  not null default now(),
    check (expires_at > created_at),
    check (used_at is null or used_at >= created_at)
);
