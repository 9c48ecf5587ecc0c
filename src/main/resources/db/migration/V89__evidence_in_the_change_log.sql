-- An activity's evidence files, added and removed, are lines of its history like an agreement's documents: the
-- uploader could delete a file without a trace. DOCUMENT_REMOVED joins the actions the change log accepts.
alter table record_changes drop constraint record_changes_action_check;
alter table record_changes add constraint record_changes_action_check
    check (action in ('CREATED', 'UPDATED', 'COMPLETED', 'SUBMITTED', 'APPROVED', 'RETURNED', 'DELETED', 'CONFIRMED',
                      'DISPUTED', 'TERMINATED', 'DOCUMENT_ADDED', 'DOCUMENT_REMOVED'));
