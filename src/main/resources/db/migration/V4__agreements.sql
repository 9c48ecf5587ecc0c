-- Cooperation agreements (thỏa thuận, chương trình, biên bản hợp tác), their signed documents, the downloads of
-- those documents, the link from an activity to its agreement, and partner provinces' comments on activities.

create table agreements (
    id                       bigint generated always as identity primary key,
    kind                     varchar(30)   not null check (kind in ('COOPERATION_AGREEMENT',
                                 'COOPERATION_PROGRAMME', 'MEMORANDUM_OF_UNDERSTANDING', 'WORKING_MINUTES', 'OTHER')),
    document_number          varchar(60),
    title                    varchar(500)  not null check (length(btrim(title)) > 0),
    signed_on                date,
    valid_from               date,
    valid_to                 date,
    hanoi_signatory_name     varchar(150),
    hanoi_signatory_title    varchar(200),
    province_signatory_name  varchar(150),
    province_signatory_title varchar(200),
    summary                  varchar(10000),
    shared_with_provinces    boolean       not null default false,
    terminated_on            date,
    termination_reason       varchar(2000),
    created_by               bigint references accounts (id),
    updated_by               bigint references accounts (id),
    created_at               timestamptz   not null default now(),
    updated_at               timestamptz   not null default now(),
    version                  bigint        not null default 0,
    check (valid_to is null or valid_from is null or valid_to >= valid_from),
    check (valid_from is null or signed_on is null or valid_from >= signed_on),
    -- A termination always says when and why.
    check ((terminated_on is null) = (termination_reason is null)),
    check (termination_reason is null or length(btrim(termination_reason)) > 0)
);
create index agreements_signed_on_idx on agreements (signed_on desc);
create index agreements_kind_idx on agreements (kind);
create index agreements_validity_idx on agreements (valid_from, valid_to, terminated_on);

create table agreement_provinces (
    agreement_id bigint not null references agreements (id) on delete cascade,
    province_id  bigint not null references provinces (id),
    primary key (agreement_id, province_id)
);
create index agreement_provinces_province_idx on agreement_provinces (province_id);

create table agreement_groups (
    agreement_id bigint not null references agreements (id) on delete cascade,
    group_id     bigint not null references cooperation_groups (id),
    primary key (agreement_id, group_id)
);
create index agreement_groups_group_idx on agreement_groups (group_id);

-- Scans of the signed text, kept in the database so that a backup holds them. The bytes live in their own table:
-- listing an agreement's documents never reads them.
create table agreement_documents (
    id               bigint generated always as identity primary key,
    agreement_id     bigint        not null references agreements (id) on delete cascade,
    file_name        varchar(200)  not null check (length(btrim(file_name)) > 0 and file_name !~ '[/\\]'),
    content_type     varchar(100)  not null check (content_type in ('application/pdf',
                         'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    size_bytes       bigint        not null check (size_bytes between 1 and 20971520),
    sha256           varchar(64)   not null,
    uploaded_by      bigint references accounts (id) on delete set null,
    uploaded_by_name varchar(150)  not null,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now()
);
create index agreement_documents_agreement_idx on agreement_documents (agreement_id);

create table agreement_document_contents (
    document_id bigint primary key references agreement_documents (id) on delete cascade,
    content     bytea  not null check (length(content) between 1 and 20971520)
);

-- Who downloaded which document when. No foreign keys: the record outlives the document and the account.
create table agreement_document_downloads (
    id            bigint generated always as identity primary key,
    document_id   bigint       not null,
    agreement_id  bigint       not null,
    account_id    bigint,
    username      varchar(100) not null,
    role          varchar(20)  not null,
    downloaded_at timestamptz  not null default now(),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index agreement_document_downloads_document_idx on agreement_document_downloads (document_id, downloaded_at);

alter table activities add column agreement_id bigint references agreements (id);
create index activities_agreement_idx on activities (agreement_id);

-- A conversation per activity and partner province: the province's officers and Hanoi's users write in it, and
-- only that province (with its 2025 successor) and Hanoi read it.
create table activity_comments (
    id           bigint generated always as identity primary key,
    activity_id  bigint        not null references activities (id) on delete cascade,
    province_id  bigint        not null references provinces (id),
    author_id    bigint references accounts (id) on delete set null,
    author_name  varchar(150)  not null,
    from_province boolean      not null,
    body         varchar(4000) not null check (length(btrim(body)) > 0),
    commented_at timestamptz   not null default now(),
    created_at   timestamptz   not null default now(),
    updated_at   timestamptz   not null default now()
);
create index activity_comments_activity_idx on activity_comments (activity_id, commented_at);
