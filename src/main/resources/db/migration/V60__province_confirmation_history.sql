-- Partner provinces confirm or dispute the approved results shared with them (issue 4). province_confirmations
-- (V10) keeps the current answer per result and province; every answer, the first included, is kept here so that
-- a changed answer does not erase the earlier one. Insert-only.
create table province_confirmation_history (
    id           bigint generated always as identity primary key,
    result_id    bigint        not null references yearly_results (id) on delete cascade,
    province_id  bigint        not null references provinces (id),
    status       varchar(10)   not null check (status in ('CONFIRMED', 'DISPUTED')),
    comment      varchar(2000),
    author_id    bigint references accounts (id) on delete set null,
    author_name  varchar(150)  not null,
    answered_at  timestamptz   not null default now(),
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now(),
    check (status <> 'DISPUTED' or length(btrim(comment)) > 0)
);
create index province_confirmation_history_result_idx on province_confirmation_history (result_id, answered_at);

-- The current answers already present (demo data) start their history.
insert into province_confirmation_history (result_id, province_id, status, comment, author_id, author_name, answered_at)
select result_id, province_id, status, comment, author_id, author_name, confirmed_at from province_confirmations;

-- The result's own history names each answer too, beside its edits and approval.
alter table yearly_result_changes drop constraint yearly_result_changes_action_check;
alter table yearly_result_changes add constraint yearly_result_changes_action_check
    check (action in ('CREATED', 'UPDATED', 'SUBMITTED', 'APPROVED', 'RETURNED', 'DELETED', 'CONFIRMED', 'DISPUTED'));

-- The province's landing page lists its approved results by unit.
create index yearly_results_province_status_idx on yearly_results (province_id, status, year);
