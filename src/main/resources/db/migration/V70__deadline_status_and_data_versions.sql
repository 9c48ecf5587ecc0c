-- 1. The deadline status of an activity, defined once for every query (the Java mirror for one record is
--    activity/DeadlineStatus.of; DeadlineStatusAgreementTest holds the two together). A plain SQL function, so
--    the planner inlines it into each query as if the expression were written there.
create function deadline_status(status text, deadline date, completed_on date, today date) returns text
    language sql immutable parallel safe as $$
select case when status = 'CANCELLED' then 'CANCELLED'
            when status = 'COMPLETED' then
                 case when deadline is null or completed_on is null or completed_on <= deadline
                      then 'COMPLETED_ON_TIME' else 'COMPLETED_LATE' end
            when deadline < today then 'OVERDUE'
            when status = 'PLANNED' then 'NOT_STARTED'
            when deadline is null then 'NO_DEADLINE'
            else 'ON_TRACK' end
$$;

-- 2. Data versions per subject instead of one number for everything (V61-V63): what is kept in memory is keyed by
--    the versions of the subjects it reads, so a note on one activity renews only what shows that activity: its
--    year, its department, its partner provinces, the whole list and the dashboard — not every province page.
--    Subjects: 'activities', 'activity figures', 'year:<plan year>', 'department:<id>', 'province:<id>',
--    'agreements', 'results', and 'reference' (units, groups, plans, indicators, and any TRUNCATE), which every
--    reader includes.
--    The numbers come from the existing sequence, taken at commit (deferred triggers) as before.
create table data_versions (
    subject text   primary key,
    version bigint not null
);

-- Each subject is renewed once per transaction (later rows of the same transaction find it already renewed: a
-- bulk insert does not rewrite the row ten thousand times), in subject order so that writers lock alike.
create function bump_data_versions(subjects text[]) returns void
    language sql as $$
insert into data_versions as v (subject, version)
select s, nextval('dashboard_data_version')
  from (select distinct s from unnest(subjects) s where s is not null order by s) t
    on conflict (subject) do update set version = excluded.version
 where v.xmin <> xid(pg_current_xact_id())
$$;

create function activity_subjects(activity bigint, plan bigint, department bigint) returns text[]
    language sql stable as $$
select array['activities', 'year:' || (select year from plans where id = plan), 'department:' || department]
       || coalesce((select array_agg('province:' || province_id) from activity_partner_provinces
                     where activity_id = activity), '{}')
$$;

-- 'activity figures' is what the dashboard counts: a progress note (which only touches last_update_at) or an edit
-- of the description leaves it, so the city's dashboard stays in memory while notes come every few seconds.
create function bump_activity_versions() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        perform bump_data_versions(activity_subjects(old.id, old.plan_id, old.lead_department_id)
            || case when (old.status, old.deadline, old.actual_completion, old.plan_id, old.group_id,
                          old.lead_department_id, old.shared_with_provinces, old.title)
                         is not distinct from
                         (new.status, new.deadline, new.actual_completion, new.plan_id, new.group_id,
                          new.lead_department_id, new.shared_with_provinces, new.title)
                    then '{}'::text[] else array['activity figures'] end
            || activity_subjects(new.id, new.plan_id, new.lead_department_id));
    elsif tg_op = 'INSERT' then
        perform bump_data_versions(array['activity figures']
                                   || activity_subjects(new.id, new.plan_id, new.lead_department_id));
    else
        perform bump_data_versions(array['activity figures']
                                   || activity_subjects(old.id, old.plan_id, old.lead_department_id));
    end if;
    return null;
end
$$;

create function bump_activity_province_versions() returns trigger
    language plpgsql as $$
declare
    changed activity_partner_provinces;
begin
    changed := case when tg_op = 'DELETE' then old else new end;
    perform bump_data_versions(array['activity figures', 'province:' || changed.province_id]
                               || (select activity_subjects(a.id, a.plan_id, a.lead_department_id)
                                     from activities a where a.id = changed.activity_id));
    return null;
end
$$;

create function bump_agreement_versions() returns trigger
    language plpgsql as $$
declare
    agreement bigint;
begin
    agreement := case when tg_op = 'DELETE' then old.id else new.id end;
    perform bump_data_versions(array['agreements']
                               || coalesce((select array_agg('province:' || province_id) from agreement_provinces
                                             where agreement_id = agreement), '{}'));
    return null;
end
$$;

-- Agreement provinces, results and the provinces' answers: the subject and the row's province, if any.
create function bump_province_row_versions() returns trigger
    language plpgsql as $$
declare
    province bigint;
begin
    province := case when tg_op = 'DELETE' then old.province_id else new.province_id end;
    if tg_op = 'UPDATE' and old.province_id is distinct from new.province_id then
        perform bump_data_versions(array['province:' || old.province_id]);
    end if;
    perform bump_data_versions(array[tg_argv[0], 'province:' || province]);
    return null;
end
$$;

create function bump_subject_version() returns trigger
    language plpgsql as $$
begin
    perform bump_data_versions(array[tg_argv[0]]);
    return null;
end
$$;

do $$
declare
    counted text;
begin
    foreach counted in array array['activities', 'activity_partner_provinces', 'plans', 'plan_groups',
                                   'cooperation_groups', 'departments', 'provinces', 'agreements',
                                   'agreement_provinces', 'indicators', 'yearly_results', 'province_confirmations']
    loop
        execute format('drop trigger %I on %I', counted || '_dashboard_version', counted);
        execute format('drop trigger %I on %I', counted || '_dashboard_version_truncate', counted);
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function bump_subject_version(''reference'')',
                       counted || '_data_version_truncate', counted);
    end loop;
    foreach counted in array array['plans', 'plan_groups', 'cooperation_groups', 'departments', 'provinces',
                                   'indicators']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function bump_subject_version(''reference'')',
                       counted || '_data_version', counted);
    end loop;
end
$$;

drop function bump_dashboard_data_version();

create constraint trigger activities_data_version after insert or update or delete on activities
    deferrable initially deferred for each row execute function bump_activity_versions();
create constraint trigger activity_partner_provinces_data_version
    after insert or update or delete on activity_partner_provinces
    deferrable initially deferred for each row execute function bump_activity_province_versions();
create constraint trigger agreements_data_version after insert or update or delete on agreements
    deferrable initially deferred for each row execute function bump_agreement_versions();
create constraint trigger agreement_provinces_data_version after insert or update or delete on agreement_provinces
    deferrable initially deferred for each row execute function bump_province_row_versions('agreements');
create constraint trigger yearly_results_data_version after insert or update or delete on yearly_results
    deferrable initially deferred for each row execute function bump_province_row_versions('results');
create constraint trigger province_confirmations_data_version
    after insert or update or delete on province_confirmations
    deferrable initially deferred for each row execute function bump_province_row_versions('results');
