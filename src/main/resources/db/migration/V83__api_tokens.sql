-- Personal access tokens for the read API (/api/v1): only the SHA-256 of a token is kept, so a copy of the database
-- lets no one call the API. A token dies at its expiry, when revoked, or with its account.
create table api_tokens (
    id            bigint generated always as identity primary key,
    account_id    bigint       not null references accounts (id) on delete cascade,
    name          varchar(100) not null check (length(btrim(name)) > 0),
    token_hash    char(64)     not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    expires_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    check (expires_at > created_at)
);
create index api_tokens_account_idx on api_tokens (account_id, created_at desc);

-- The rate limit: calls per token in fixed one-minute windows, counted here so that every instance shares them.
create table api_call_windows (
    token_id      bigint      not null references api_tokens (id) on delete cascade,
    window_start  timestamptz not null,
    calls         integer     not null check (calls > 0),
    primary key (token_id, window_start)
);

-- updated_since reads the change log by time across records.
create index record_changes_kind_changed_idx on record_changes (record_kind, changed_at);
