-- Evidence on activities and their progress notes (minutes, signed plans, photos), kept in the database like
-- agreement documents so that a backup holds them; the bytes and a photo's thumbnail live in their own table so
-- that listing an activity's evidence never reads them.
-- The text of documents (PDF, Word, Excel) is kept, bounded, unaccented and lower-cased beside a trigram index,
-- so that the activity list and the agreement list find a record by a word inside its files.

-- A note's evidence belongs to the note's own activity.
alter table activity_progress_updates
    add constraint activity_progress_updates_id_activity_key unique (id, activity_id);

create table activity_evidence (
    id                 bigint generated always as identity primary key,
    activity_id        bigint        not null references activities (id) on delete cascade,
    progress_update_id bigint,
    file_name          varchar(200)  not null check (length(btrim(file_name)) > 0 and file_name !~ '[/\\]'),
    content_type       varchar(100)  not null check (content_type in ('application/pdf',
                           'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                           'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                           'image/jpeg', 'image/png')),
    size_bytes         bigint        not null check (size_bytes between 1 and 20971520),
    sha256             varchar(64)   not null,
    has_thumbnail      boolean       not null default false,
    uploaded_by        bigint references accounts (id) on delete set null,
    uploaded_by_name   varchar(150)  not null,
    document_text      text          check (length(document_text) <= 100000),
    search_text        text generated always as
                           (lower(portal_unaccent(file_name || ' ' || coalesce(document_text, '')))) stored,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    foreign key (progress_update_id, activity_id)
        references activity_progress_updates (id, activity_id) on delete cascade
);
create index activity_evidence_activity_idx on activity_evidence (activity_id, progress_update_id);
create index activity_evidence_search_text_idx on activity_evidence using gin (search_text gin_trgm_ops);

create table activity_evidence_contents (
    evidence_id bigint primary key references activity_evidence (id) on delete cascade,
    content     bytea  not null check (length(content) between 1 and 20971520),
    thumbnail   bytea  check (length(thumbnail) <= 1048576)
);

-- Agreement documents read before this version have no text yet (text_read false): the portal reads them once
-- after start-up (agreement/DocumentTextBackfill), one instance per document.
alter table agreement_documents
    add column document_text text check (length(document_text) <= 100000),
    add column text_read boolean not null default false,
    add column search_text text generated always as
        (lower(portal_unaccent(file_name || ' ' || coalesce(document_text, '')))) stored;
create index agreement_documents_search_text_idx on agreement_documents using gin (search_text gin_trgm_ops);
create index agreement_documents_text_unread_idx on agreement_documents (id) where not text_read;

-- The agreement list's own search: title and number unaccented, as the activity list's.
alter table agreements
    add column search_text text generated always as
        (lower(portal_unaccent(title || ' ' || coalesce(document_number, '')))) stored;
create index agreements_search_text_idx on agreements using gin (search_text gin_trgm_ops);
