-- When each person opened their inbox (/my-work): a leader's digest lists what changed since the visit before the
-- current one, and the menu badge what changed since the current one. Everything else in the inbox is computed
-- from the records themselves, so nothing here says whether an item is done.
create table inbox_visits (
    account_id        bigint      primary key references accounts (id) on delete cascade,
    last_visit_at     timestamptz not null,
    previous_visit_at timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);

