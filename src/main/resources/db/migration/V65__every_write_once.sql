-- Every write exactly once (issue 14).

-- A confirmed spreadsheet import: the pending upload's id becomes the batch's, so that a second confirmation of
-- the same upload finds what the first one wrote.
create table import_batches (
    id            uuid primary key,
    account_id    bigint       not null references accounts (id) on delete cascade,
    file_name     varchar(200) not null,
    created_count integer      not null check (created_count >= 0),
    updated_count integer      not null check (updated_count >= 0),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);

-- The import that last wrote an activity; the batch row is written after its activities, in the same
-- transaction, hence the deferred check.
alter table activities add column import_batch uuid
    references import_batches (id) on delete set null deferrable initially deferred;
create index activities_import_batch_idx on activities (import_batch) where import_batch is not null;

-- One-time form tokens: the first submission of a token claims it (a unique row, shared by every instance);
-- a later one with the same token is sent where the first one went and writes nothing.
create table form_submissions (
    id         bigint generated always as identity primary key,
    token      uuid          not null,
    username   varchar(60)   not null,
    outcome    varchar(2000),
    created_at timestamptz   not null default now(),
    updated_at timestamptz   not null default now(),
    unique (username, token)
);
create index form_submissions_created_idx on form_submissions (created_at);
