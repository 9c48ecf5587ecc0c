-- The year view keeps its report in memory (result/YearReportCache) under the version of the 'results' subject, and
-- the report holds each group's narrative, which had no data version: a narrative written, changed or removed now
-- renews 'results' at commit, as the results beside it do (V70), whoever writes it (the narrative form, the demo
-- records, an operator's SQL). A TRUNCATE renews 'reference' as for the other counted tables.
create constraint trigger group_year_narratives_data_version
    after insert or update or delete on group_year_narratives
    deferrable initially deferred for each row execute function bump_subject_version('results');
create trigger group_year_narratives_data_version_truncate after truncate on group_year_narratives
    for each statement execute function bump_subject_version('reference');
