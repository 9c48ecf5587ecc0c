-- Issue 16, "one rule in one place".

-- 1. One change log for activities, results and agreements (activity_changes and yearly_result_changes were copies
--    of each other; agreements had none). No foreign key to the record: a deleted record keeps its history.
create table record_changes (
    id             bigint generated always as identity primary key,
    record_kind    varchar(20)   not null check (record_kind in ('ACTIVITY', 'RESULT', 'AGREEMENT')),
    record_id      bigint        not null,
    action         varchar(20)   not null check (action in ('CREATED', 'UPDATED', 'COMPLETED', 'SUBMITTED',
                                   'APPROVED', 'RETURNED', 'DELETED', 'CONFIRMED', 'DISPUTED', 'TERMINATED',
                                   'DOCUMENT_ADDED')),
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
create index record_changes_record_idx on record_changes (record_kind, record_id, changed_at);

-- The old rows keep their order within each record (pages sort by time, then by id).
insert into record_changes (record_kind, record_id, action, field, old_value, new_value, version_after, author_id,
                            author_name, changed_at, created_at, updated_at)
select 'ACTIVITY', activity_id, action, field, old_value, new_value, version_after, author_id, author_name,
       changed_at, created_at, updated_at
from activity_changes order by id;
insert into record_changes (record_kind, record_id, action, field, old_value, new_value, version_after, author_id,
                            author_name, changed_at, created_at, updated_at)
select 'RESULT', result_id, action, field, old_value, new_value, version_after, author_id, author_name,
       changed_at, created_at, updated_at
from yearly_result_changes order by id;

drop table activity_changes;
drop table yearly_result_changes;

-- The old names stay as views of the one log: the demo migrations (already landed, never edited) and operators'
-- queries still read and write them. The kind column's default files an insert under the view's kind, and the
-- check option refuses a row of another kind.
create view activity_changes as
    select id, record_kind, record_id as activity_id, action, field, old_value, new_value, version_after,
           author_id, author_name, changed_at, created_at, updated_at
    from record_changes where record_kind = 'ACTIVITY'
    with local check option;
alter view activity_changes alter column record_kind set default 'ACTIVITY';

create view yearly_result_changes as
    select id, record_kind, record_id as result_id, action, field, old_value, new_value, version_after,
           author_id, author_name, changed_at, created_at, updated_at
    from record_changes where record_kind = 'RESULT'
    with local check option;
alter view yearly_result_changes alter column record_kind set default 'RESULT';

-- 2. One definition of a merger lineage, for departments and provinces alike: the unit and every unit merged
--    into it, at any depth (Sở Tài chính of 2025: itself, Sở Kế hoạch và Đầu tư, Sở Tài chính of 2022).
create view merger_links (unit_kind, id, successor_id) as
    select 'DEPARTMENT'::text, id, successor_id from departments
    union all
    select 'PROVINCE'::text, id, successor_id from provinces;

create function merged_units(kind text, unit bigint) returns setof bigint
    language sql stable parallel safe
as $$
    with recursive lineage (id) as (
        select unit
        union
        select m.id from merger_links m join lineage l on m.successor_id = l.id where m.unit_kind = kind
    )
    select id from lineage
$$;
