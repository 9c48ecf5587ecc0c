-- Imports that failed (issue 17): the file was refused, or its check found errors, or its confirmation was
-- refused. The import itself wrote nothing; this row, written in its own transaction, is all that remains of it,
-- so the coordinator can see what failed, who tried, when and why. The reason is kept in both languages as the
-- importer was told it. A failure leaves the coordinator's inbox when dismissed, or when a later import of the
-- same kind succeeds for the same department (for someone who acts for no department: by the same person).
create table import_failures (
    id            bigint generated always as identity primary key,
    kind          varchar(20)   not null check (kind in ('ACTIVITIES', 'RESULTS')),
    year          integer,
    account_id    bigint        references accounts (id) on delete set null,
    account_name  varchar(150)  not null,
    department_id bigint        references departments (id),
    file_name     varchar(200)  not null,
    -- The upload whose check or confirmation failed (none for a file refused at upload): one failure per upload.
    upload_id     uuid          unique,
    reason_vi     varchar(2000) not null,
    reason_en     varchar(2000) not null,
    failed_at     timestamptz   not null default now(),
    dismissed_at  timestamptz,
    dismissed_by  varchar(150),
    resolved_at   timestamptz,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    check ((dismissed_at is null) = (dismissed_by is null))
);

-- The coordinator's inbox reads the open ones, newest first.
create index import_failures_open_idx on import_failures (failed_at desc)
    where dismissed_at is null and resolved_at is null;
