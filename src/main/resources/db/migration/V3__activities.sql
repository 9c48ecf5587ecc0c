-- Activities (hoạt động, nhiệm vụ) that departments carry out under a plan year and one of its groups.

create table activities (
    id                    bigint generated always as identity primary key,
    plan_id               bigint        not null references plans (id),
    group_id              bigint        not null references cooperation_groups (id),
    lead_department_id    bigint        not null references departments (id),
    title                 varchar(300)  not null check (length(btrim(title)) > 0),
    description           varchar(10000),
    planned_start         date,
    deadline              date,
    actual_completion     date,
    result_summary        varchar(5000),
    status                varchar(20)   not null
        check (status in ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'CANCELLED')),
    budget_planned        numeric(18, 0) check (budget_planned >= 0),
    budget_spent          numeric(18, 0) check (budget_spent >= 0),
    shared_with_provinces boolean       not null default false,
    -- Edits and progress notes both count as "updated"; progress notes must not bump the version.
    last_update_at        timestamptz   not null default now(),
    created_by            bigint references accounts (id),
    updated_by            bigint references accounts (id),
    created_at            timestamptz   not null default now(),
    updated_at            timestamptz   not null default now(),
    version               bigint        not null default 0,
    -- The group must be one that the activity's plan selects.
    foreign key (plan_id, group_id) references plan_groups (plan_id, group_id),
    check (deadline is null or planned_start is null or deadline >= planned_start),
    check ((status = 'COMPLETED') = (actual_completion is not null)),
    check (actual_completion is null or planned_start is null or actual_completion >= planned_start)
);
create index activities_plan_idx on activities (plan_id);
create index activities_group_idx on activities (group_id);
create index activities_lead_department_idx on activities (lead_department_id);
create index activities_status_deadline_idx on activities (status, deadline);
create index activities_last_update_idx on activities (last_update_at);
create index activities_title_search_idx on activities using gin (lower(portal_unaccent(title)) gin_trgm_ops);

create table activity_coordinating_departments (
    activity_id   bigint not null references activities (id) on delete cascade,
    department_id bigint not null references departments (id),
    primary key (activity_id, department_id)
);
create index activity_coordinating_departments_department_idx on activity_coordinating_departments (department_id);

create table activity_partner_provinces (
    activity_id bigint not null references activities (id) on delete cascade,
    province_id bigint not null references provinces (id),
    primary key (activity_id, province_id)
);
create index activity_partner_provinces_province_idx on activity_partner_provinces (province_id);

create table activity_progress_updates (
    id          bigint generated always as identity primary key,
    activity_id bigint        not null references activities (id) on delete cascade,
    noted_on    date          not null,
    note        varchar(4000) not null check (length(btrim(note)) > 0),
    author_id   bigint references accounts (id),
    author_name varchar(150)  not null,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now()
);
create index activity_progress_updates_activity_idx on activity_progress_updates (activity_id, noted_on desc);

-- Change history. No foreign key to activities: a deleted activity keeps its history, snapshot included.
create table activity_changes (
    id             bigint generated always as identity primary key,
    activity_id    bigint        not null,
    action         varchar(20)   not null check (action in ('CREATED', 'UPDATED', 'COMPLETED', 'DELETED')),
    field          varchar(60),
    old_value      text,
    new_value      text,
    version_after  bigint,
    author_id      bigint references accounts (id) on delete set null,
    author_name    varchar(150)  not null,
    changed_at     timestamptz   not null default now(),
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now()
);
create index activity_changes_activity_idx on activity_changes (activity_id, changed_at);
