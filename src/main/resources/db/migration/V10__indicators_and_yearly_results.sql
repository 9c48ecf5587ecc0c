-- Indicators (chỉ tiêu) and yearly results (kết quả năm): targets and actuals per indicator, department and
-- optional partner province, with their approval workflow, history, per-group narratives and locked years.

create table indicators (
    id          bigint generated always as identity primary key,
    code        varchar(30)  not null check (code ~ '^[A-Z0-9][A-Z0-9_.-]{1,29}$'),
    name_vi     varchar(300) not null check (length(btrim(name_vi)) > 0),
    name_en     varchar(300) not null check (length(btrim(name_en)) > 0),
    unit        varchar(20)  not null check (unit in ('BILLION_VND', 'TONNE', 'PERSON_TIMES', 'PERSON', 'COUNT', 'PERCENT')),
    group_id    bigint       not null references cooperation_groups (id),
    -- How figures of several periods combine: SUM adds them, LAST keeps the latest (running totals), AVERAGE averages.
    aggregation varchar(10)  not null check (aggregation in ('SUM', 'LAST', 'AVERAGE')),
    direction   varchar(10)  not null check (direction in ('HIGHER', 'LOWER')),
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create unique index indicators_code_uq on indicators (upper(code));
create index indicators_group_idx on indicators (group_id);

create table yearly_results (
    id                    bigint generated always as identity primary key,
    indicator_id          bigint         not null references indicators (id),
    year                  integer        not null check (year between 2000 and 2100),
    -- Null for city-level figures that no single department reported (the 2021 totals of Plan 188).
    department_id         bigint references departments (id),
    province_id           bigint references provinces (id),
    target                numeric(18, 2) check (target >= 0),
    actual                numeric(18, 2) check (actual >= 0),
    -- "trên 300.000 tấn": the actual is a lower bound.
    actual_is_lower_bound boolean        not null default false,
    narrative             varchar(4000),
    status                varchar(10)    not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    return_reason         varchar(2000),
    submitted_by          bigint references accounts (id) on delete set null,
    submitted_at          timestamptz,
    approved_by           bigint references accounts (id) on delete set null,
    approved_by_name      varchar(150),
    approved_at           timestamptz,
    created_by            bigint references accounts (id) on delete set null,
    updated_by            bigint references accounts (id) on delete set null,
    created_at            timestamptz    not null default now(),
    updated_at            timestamptz    not null default now(),
    version               bigint         not null default 0,
    check (target is not null or actual is not null),
    check (not actual_is_lower_bound or actual is not null),
    check ((status = 'RETURNED') = (return_reason is not null)),
    check ((status = 'APPROVED') = (approved_at is not null))
);
-- One figure per indicator, year, department and province; a missing department or province counts as one value.
create unique index yearly_results_uq on yearly_results
    (indicator_id, year, coalesce(department_id, 0), coalesce(province_id, 0));
create index yearly_results_year_idx on yearly_results (year, status);
create index yearly_results_department_idx on yearly_results (department_id, year);
create index yearly_results_province_idx on yearly_results (province_id);

-- History of every step. No foreign key to yearly_results: a deleted draft keeps its history.
create table yearly_result_changes (
    id            bigint generated always as identity primary key,
    result_id     bigint        not null,
    action        varchar(20)   not null
        check (action in ('CREATED', 'UPDATED', 'SUBMITTED', 'APPROVED', 'RETURNED', 'DELETED')),
    field         varchar(60),
    old_value     text,
    new_value     text,
    version_after bigint,
    author_id     bigint references accounts (id) on delete set null,
    author_name   varchar(150)  not null,
    changed_at    timestamptz   not null default now(),
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now()
);
create index yearly_result_changes_result_idx on yearly_result_changes (result_id, changed_at);

-- Filled by partner provinces (issue 4); the year view flags results a province disputes.
create table province_confirmations (
    id           bigint generated always as identity primary key,
    result_id    bigint        not null references yearly_results (id) on delete cascade,
    province_id  bigint        not null references provinces (id),
    status       varchar(10)   not null check (status in ('CONFIRMED', 'DISPUTED')),
    comment      varchar(2000),
    author_id    bigint references accounts (id) on delete set null,
    author_name  varchar(150)  not null,
    confirmed_at timestamptz   not null default now(),
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      bigint        not null default 0,
    unique (result_id, province_id),
    check (status <> 'DISPUTED' or length(btrim(comment)) > 0)
);
create index province_confirmations_disputed_idx on province_confirmations (result_id) where status = 'DISPUTED';

-- The yearly report's narrative per group: what was done, difficulties, proposals.
create table group_year_narratives (
    id           bigint generated always as identity primary key,
    group_id     bigint        not null references cooperation_groups (id),
    year         integer       not null check (year between 2000 and 2100),
    achievements varchar(8000),
    difficulties varchar(8000),
    proposals    varchar(8000),
    updated_by   bigint references accounts (id) on delete set null,
    updated_by_name varchar(150),
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    version      bigint        not null default 0,
    unique (group_id, year)
);

-- A locked year takes no more edits; locking and unlocking (with its reason) are kept in year_lock_events.
create table locked_years (
    id             bigint generated always as identity primary key,
    year           integer      not null unique check (year between 2000 and 2100),
    locked_by      bigint references accounts (id) on delete set null,
    locked_by_name varchar(150) not null,
    locked_at      timestamptz  not null default now(),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);

create table year_lock_events (
    id          bigint generated always as identity primary key,
    year        integer       not null,
    action      varchar(10)   not null check (action in ('LOCKED', 'UNLOCKED')),
    reason      varchar(2000),
    author_id   bigint references accounts (id) on delete set null,
    author_name varchar(150)  not null,
    changed_at  timestamptz   not null default now(),
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    check (action <> 'UNLOCKED' or length(btrim(reason)) > 0)
);
create index year_lock_events_year_idx on year_lock_events (year, changed_at);
