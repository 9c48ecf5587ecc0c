-- Notifications: what each person is told in the portal, and the e-mails that carry them (an outbox written in
-- the same transaction as the change that caused them, sent by one job across all instances).

-- An optional e-mail address and the language the portal writes to the person in (mail, digest).
alter table accounts add column email varchar(254)
    check (email is null or email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$');
alter table accounts add column language varchar(2) not null default 'vi' check (language in ('vi', 'en'));

create table notifications (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references accounts (id) on delete cascade,
    kind         varchar(40)  not null check (kind in ('RESULT_SUBMITTED', 'RESULT_RETURNED', 'RESULT_APPROVED',
                     'RESULT_CONFIRMED', 'RESULT_DISPUTED', 'COMMENT_FROM_PROVINCE', 'COMMENT_TO_PROVINCE',
                     'ACTIVITY_OVERDUE', 'AGREEMENT_EXPIRING', 'YEAR_LOCKED')),
    -- A path of the portal (never another host): where the item is.
    link         varchar(300) not null check (link ~ '^/[^/]'),
    label_vi     varchar(600) not null,
    label_en     varchar(600) not null,
    -- What a person wrote (a reason, a comment), shown as written.
    detail       varchar(2000),
    -- Time-based notifications (overdue, expiring) are recorded once per person and item.
    once_key     varchar(100),
    -- Waiting for the person's daily digest.
    digest_pending boolean    not null default false,
    read_at      timestamptz,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    unique (account_id, once_key)
);
create index notifications_of_account_idx on notifications (account_id, created_at desc, id desc);
create index notifications_unread_idx on notifications (account_id) where read_at is null;
create index notifications_digest_idx on notifications (account_id) where digest_pending;

-- How each person wants each kind by e-mail; a kind without a row takes its default (returns and disputes at
-- once, the rest in the daily digest).
create table notification_preferences (
    account_id bigint      not null references accounts (id) on delete cascade,
    kind       varchar(40) not null,
    delivery   varchar(10) not null check (delivery in ('IMMEDIATE', 'DAILY', 'NONE')),
    primary key (account_id, kind)
);

create table outgoing_emails (
    id              bigint generated always as identity primary key,
    account_id      bigint       references accounts (id) on delete set null,
    recipient       varchar(254) not null,
    language        varchar(2)   not null,
    subject         varchar(300) not null,
    body            text         not null,
    -- One e-mail per notification, one digest per person and day: recording it twice fails.
    notification_id bigint       unique references notifications (id) on delete set null,
    digest_day      date,
    status          varchar(10)  not null default 'PENDING'
        check (status in ('PENDING', 'SENT', 'FAILED', 'HELD')),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(1000),
    sent_at         timestamptz,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    check ((notification_id is null) or (digest_day is null)),
    check ((status = 'SENT') = (sent_at is not null)),
    unique (account_id, digest_day)
);
create index outgoing_emails_due_idx on outgoing_emails (next_attempt_at, id) where status = 'PENDING';
create index outgoing_emails_recent_idx on outgoing_emails (created_at desc, id desc);
