-- The sender claims an e-mail for a while (a lease) instead of holding its row lock through the SMTP exchange:
-- the claim and the outcome are two short transactions and the exchange runs between them, outside any
-- transaction, so a slow exchange can no longer be rolled back after the server accepted the e-mail.
alter table outgoing_emails drop constraint outgoing_emails_status_check;
alter table outgoing_emails add constraint outgoing_emails_status_check
    check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD'));

-- Until when the sender that claimed it may be sending it (the database's clock, shared by every instance), and
-- which claim it is: the outcome is written only by the claim that is still current.
alter table outgoing_emails add column claimed_until timestamptz, add column claim_token uuid;
alter table outgoing_emails add constraint outgoing_emails_claimed_check
    check ((status = 'SENDING') = (claimed_until is not null)),
    add constraint outgoing_emails_claim_token_check check ((claimed_until is null) = (claim_token is null));

-- A sender that died mid-send leaves its row SENDING; the next claim looks here for leases that ran out.
create index outgoing_emails_claimed_idx on outgoing_emails (claimed_until) where status = 'SENDING';
