-- Login throttling (account/LoginThrottle) counts in PostgreSQL, so that every instance sees the same counts and a
-- restart forgets nothing. One row per login attempt, written before the password is hashed and deleted when the
-- attempt succeeds: what stays are failures. Rows older than the hour the limits look at are purged.
create table login_attempts (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null,
    -- 'address:<ip>', or 'device:<login_devices.id>' for a browser that proved itself on this account
    client        varchar(80)  not null,
    address       varchar(64)  not null,
    -- The client has logged in since: the failure no longer counts toward that client's own back-off.
    forgiven      boolean      not null default false,
    attempted_at  timestamptz  not null
);
create index login_attempts_username_idx on login_attempts (username, attempted_at);
create index login_attempts_address_idx on login_attempts (address, attempted_at);
create index login_attempts_attempted_idx on login_attempts (attempted_at);

-- Browsers that logged in to an account: their device cookie (only its SHA-256 here) lets them past the account's
-- hourly budget, so that an attacker who spends it cannot keep the owner out. At most 20 per account; rows unused
-- for 180 days are purged.
create table login_devices (
    id             bigint generated always as identity primary key,
    username       varchar(100) not null,
    token_hash     bytea        not null unique check (octet_length(token_hash) = 32),
    last_address   varchar(64)  not null,
    last_login_at  timestamptz  not null,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index login_devices_username_idx on login_devices (username, last_login_at desc);
create index login_devices_last_login_idx on login_devices (last_login_at);
