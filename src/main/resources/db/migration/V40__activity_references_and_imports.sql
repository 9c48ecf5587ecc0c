-- A stable reference per activity, so that importing the same spreadsheet twice updates instead of duplicating.
-- Activities without one are referred to as HD-<id> in exports and imports.
alter table activities add column reference varchar(40)
    check (reference is null or reference ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$');
create unique index activities_reference_uq on activities (upper(reference));

-- An uploaded spreadsheet waits here between its preview and the user's confirmation.
create table pending_imports (
    id          uuid primary key,
    account_id  bigint       not null references accounts (id) on delete cascade,
    file_name   varchar(200) not null,
    content     bytea        not null,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create index pending_imports_created_idx on pending_imports (created_at);
