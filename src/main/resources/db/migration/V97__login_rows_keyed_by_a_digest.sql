-- The login throttle's attempts and the remembered browsers were filed under the name typed at login, stripped and
-- lower-cased. People type their password in the username field: it sat here in clear for up to an hour, and in
-- any backup taken then. They are filed under its SHA-256 (hex) now, which account/LoginThrottle.accountKey
-- computes the same way (a test checks the two agree). The rows already here are converted, not dropped: the
-- remembered browsers keep passing a spent hourly budget, and the hour's failures keep counting.
update login_attempts set username = encode(sha256(convert_to(username, 'UTF8')), 'hex');
update login_devices set username = encode(sha256(convert_to(username, 'UTF8')), 'hex');

-- Renamed, so that a query by the name itself fails instead of quietly finding nothing, and checked, so that no
-- code path can store a typed name again.
alter table login_attempts rename column username to account_digest;
alter table login_attempts alter column account_digest type varchar(64);
alter table login_attempts add constraint login_attempts_account_digest_check
    check (account_digest ~ '^[0-9a-f]{64}$');
alter index login_attempts_username_idx rename to login_attempts_account_digest_idx;

alter table login_devices rename column username to account_digest;
alter table login_devices alter column account_digest type varchar(64);
alter table login_devices add constraint login_devices_account_digest_check
    check (account_digest ~ '^[0-9a-f]{64}$');
alter index login_devices_username_idx rename to login_devices_account_digest_idx;
