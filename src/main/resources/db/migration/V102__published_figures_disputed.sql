-- A published figure keeps whether a partner province disputed it when the coordinator published it (the publishing
-- page has shown the mark since it was added), so the public page and files say "Địa phương không thống nhất" with
-- the figure the public reads, and a later dispute or its end shows on the coordinator's page as a change.
--
-- Existing rows are false, not derived from province_confirmations: a dispute's state today is not its state when
-- the figure was published (a province may have disputed or confirmed since), and until now the public was told of
-- no dispute, which is what false records. A figure disputed today thus shows as changed on the coordinator's page,
-- who publishes it again with its mark.
alter table published_figures add column disputed boolean not null default false;
