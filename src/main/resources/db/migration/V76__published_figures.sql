-- Figures the city publishes (issue 19): the coordinator publishes an indicator's approved city figure for a year.
-- The figure is kept as published, so a later approval changes nothing public until the coordinator publishes again;
-- a withdrawal keeps the row (who, when) and takes the figure off the public page.
create table published_figures (
    id                    bigint generated always as identity primary key,
    indicator_id          bigint      not null references indicators (id),
    year                  integer     not null check (year between 2000 and 2100),
    target                numeric,
    actual                numeric     not null,
    actual_is_lower_bound boolean     not null,
    published_by          bigint      not null references accounts (id),
    published_at          timestamptz not null,
    withdrawn_by          bigint      references accounts (id),
    withdrawn_at          timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    check ((withdrawn_by is null) = (withdrawn_at is null)),
    check (withdrawn_at is null or withdrawn_at >= published_at)
);

-- At most one figure on the public page per indicator and year.
create unique index published_figures_current on published_figures (indicator_id, year) where withdrawn_at is null;
