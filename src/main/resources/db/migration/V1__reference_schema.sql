-- Reference data of Plan 188/KH-UBND: departments, provinces, cooperation groups, plans, accounts.
-- Search ignores diacritics through unaccent; pg_trgm backs the text indexes.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with the dictionary named explicitly can back indexes.
create or replace function portal_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table departments (
    id           bigint generated always as identity primary key,
    code         varchar(20)  not null unique,
    name_vi      varchar(200) not null check (length(btrim(name_vi)) > 0),
    name_en      varchar(200) not null check (length(btrim(name_en)) > 0),
    valid_from   date,
    valid_to     date,
    successor_id bigint references departments (id),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    check (valid_to is null or valid_from is null or valid_to >= valid_from),
    check (successor_id is null or successor_id <> id)
);

create table provinces (
    id           bigint generated always as identity primary key,
    code         varchar(2)   not null check (code ~ '^[0-9]{2}$'),
    name_vi      varchar(100) not null check (length(btrim(name_vi)) > 0),
    name_en      varchar(100) not null check (length(btrim(name_en)) > 0),
    name_vi_full varchar(150) not null,
    region       varchar(40)  not null check (region in ('RED_RIVER_DELTA', 'NORTHERN_MIDLANDS_AND_MOUNTAINS',
                     'NORTH_CENTRAL_AND_CENTRAL_COAST', 'CENTRAL_HIGHLANDS', 'SOUTHEAST', 'MEKONG_DELTA')),
    is_city      boolean      not null,
    latitude     numeric(5, 2) not null check (latitude between 8 and 24),
    longitude    numeric(5, 2) not null check (longitude between 102 and 110),
    valid_from   date         not null,
    valid_to     date,
    successor_id bigint references provinces (id),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    version      bigint       not null default 0,
    unique (code, valid_from),
    check (valid_to is null or valid_to >= valid_from),
    check (successor_id is null or successor_id <> id)
);
create index provinces_successor_idx on provinces (successor_id);

create table cooperation_groups (
    id                 bigint generated always as identity primary key,
    number             integer      not null unique check (number between 1 and 15),
    name_vi            varchar(300) not null check (length(btrim(name_vi)) > 0),
    name_en            varchar(300) not null check (length(btrim(name_en)) > 0),
    lead_department_id bigint references departments (id),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);

create table plans (
    id                    bigint generated always as identity primary key,
    year                  integer      not null unique check (year between 2000 and 2100),
    number                varchar(50),
    issued_on             date,
    title_vi              varchar(500) not null,
    title_en              varchar(500) not null,
    summary_vi            text,
    summary_en            text,
    -- How many groups the year's report says were carried out, where the report does not name them (2021: 7).
    reported_group_count  integer check (reported_group_count between 0 and 15),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               bigint       not null default 0
);

create table plan_groups (
    plan_id  bigint not null references plans (id) on delete cascade,
    group_id bigint not null references cooperation_groups (id),
    primary key (plan_id, group_id)
);

create table accounts (
    id                   bigint generated always as identity primary key,
    username             varchar(60)  not null check (username ~ '^[a-z0-9._-]{3,60}$'),
    display_name         varchar(150) not null,
    password_hash        varchar(255),
    role                 varchar(20)  not null check (role in ('ADMIN', 'COORDINATOR', 'STAFF', 'LEADER', 'PROVINCE')),
    department_id        bigint references departments (id),
    province_id          bigint references provinces (id),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    demo                 boolean      not null default false,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    version              bigint       not null default 0,
    -- A staff officer belongs to one department, a province officer to one province, nobody else to either.
    check ((role = 'STAFF') = (department_id is not null)),
    check ((role = 'PROVINCE') = (province_id is not null))
);
create unique index accounts_username_uq on accounts (lower(username));
