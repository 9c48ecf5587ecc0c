package vn.hanoi.cooperation.inbox;

import java.util.List;
import java.util.Set;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.province.UnitNames;
import vn.hanoi.cooperation.result.ReportingDuty;
import vn.hanoi.cooperation.result.YearLocks;

/**
 * What waits for each role, as SQL over the records themselves (no "done" flag anywhere): parameters
 * {@code :departments} and {@code :provinces} (the viewer's lineage), {@code :year} (the reporting year),
 * {@code :today}, {@code :recent} (30 days ago) and {@code :since} (the leader's previous visit).
 */
final class InboxQueries {

	/**
	 * "Indicator (2025) – Điện Biên": a breakdown row names its province, or a department's rows all read alike; a
	 * unit that has ended is marked as the rest of the portal marks it, or Điện Biên of 2008 and of 2025 read alike.
	 */
	private static final String RESULT_TITLE = """
			i.name_vi || ' (' || r.year || ')'
			  || coalesce((select ' – ' || %s from provinces rp where rp.id = r.province_id), '') as title_vi,
			i.name_en || ' (' || r.year || ')'
			  || coalesce((select ' – ' || %s from provinces rp where rp.id = r.province_id), '') as title_en"""
		.formatted(UnitNames.sql("rp", "vi"), UnitNames.sql("rp", "en"));

	/**
	 * Each year of the section's rows ({@code w}) with how many: "2024:3 2025:12". The results' own list is a year's
	 * ({@code /results/years/{year}/entries}), and a section spans every open year.
	 */
	private static final String YEARS_OF_W = """
			(select string_agg(y.year || ':' || y.n, ' ' order by y.year)
			 from (select w.year, count(*) as n from w group by w.year) y) as years""";

	/**
	 * Latest comment of each conversation that the where clause keeps: an activity and a province as it is today
	 * ({@code c.unit}), whichever of its units (2008 or 2025) each side wrote under.
	 */
	private static final String LATEST_COMMENTS = """
			(select distinct on (c.activity_id, c.unit) c.*
			 from (select c.*, current_unit('PROVINCE', c.province_id) as unit from activity_comments c where %s) c
			 order by c.activity_id, c.unit, c.commented_at desc, c.id desc) c
			""";

	/**
	 * The activity ({@code a}) is one the province officer may open, by the rule of every page ({@link ReadScope}):
	 * an answer on an activity no longer shared with the province, or whose partners no longer include it, must not
	 * show its title and text in the inbox when its page answers 404.
	 */
	private static final String PROVINCE_READS_ACTIVITY = new ReadScope(false, Set.of()).activities();

	static final List<InboxQuery> STAFF = List.of(new InboxQuery("returned", """
			with w as (select r.* from yearly_results r
			           where r.status = 'RETURNED' and r.department_id in (:departments) and %s)
			select r.id, %s, r.return_reason as detail_vi, r.return_reason as detail_en, r.updated_at as at,
			       cast(null as date) as day, cast(null as int) as first, cast(null as int) as second, count(*) over () as total,
			       %s
			from w r join indicators i on i.id = r.indicator_id
			order by r.updated_at desc, r.id""".formatted(YearLocks.YEAR_OPEN, RESULT_TITLE, YEARS_OF_W), "/results/{id}",
			null, "/results/years/{year}/entries?status=RETURNED"),
			new InboxQuery("drafts", """
					with w as (select r.* from yearly_results r
					           where r.status = 'DRAFT' and r.department_id in (:departments) and %s)
					select r.id, %s, null as detail_vi, null as detail_en, r.updated_at as at, cast(null as date) as day,
					       cast(null as int) as first, cast(null as int) as second, count(*) over () as total, %s
					from w r join indicators i on i.id = r.indicator_id
					order by r.updated_at, r.id""".formatted(YearLocks.YEAR_OPEN, RESULT_TITLE, YEARS_OF_W), "/results/{id}",
					null, "/results/years/{year}/entries?status=DRAFT"),
			new InboxQuery("missing", ReportingDuty.CELLS + """
					select i.id, i.code || ' – ' || i.name_vi as title_vi, i.code || ' – ' || i.name_en as title_en,
					       null as detail_vi, null as detail_en, cast(null as timestamptz) as at, cast(null as date) as day,
					       cast(null as int) as first, cast(null as int) as second, count(*) over () as total
					from cells c join indicators i on i.id = c.indicator_id
					where c.state is null and c.department_id in (:departments)
					order by c.group_number, i.code""", "/results/new?year={year}&indicator={id}",
					"/results/years/{year}/completeness"),
			new InboxQuery("comments", """
					select a.id, a.title as title_vi, a.title as title_en,
					       c.author_name || ' – ' || p.name_vi || ': ' || left(c.body, 300) as detail_vi,
					       c.author_name || ' – ' || p.name_en || ': ' || left(c.body, 300) as detail_en, c.commented_at as at,
					       cast(null as date) as day, cast(null as int) as first, cast(null as int) as second,
					       count(*) over () as total
					from %s join activities a on a.id = c.activity_id join provinces p on p.id = c.unit
					  left join accounts au on au.id = c.author_id
					where c.from_province or (au.role = 'COORDINATOR' and c.commented_at >= :recent)
					order by c.commented_at desc, c.id""".formatted(LATEST_COMMENTS.formatted(
					"c.activity_id in (select id from activities where lead_department_id in (:departments))")),
					"/activities/{id}#comments", null));

	static final List<InboxQuery> COORDINATOR = List.of(new InboxQuery("waiting", """
			select r.id, %s, d.name_vi as detail_vi, d.name_en as detail_en, r.submitted_at as at, cast(null as date) as day,
			       cast(null as int) as first, cast(null as int) as second, count(*) over () as total
			from yearly_results r join indicators i on i.id = r.indicator_id
			  left join departments d on d.id = r.department_id
			where r.status = 'SUBMITTED' and %s
			order by r.submitted_at nulls first, r.id""".formatted(RESULT_TITLE, YearLocks.YEAR_OPEN), "/results/{id}", "/results/queue"),
			// A dispute in a locked year stays (it is still open) but says that the year must be unlocked to act on
			// it ({first}: its year), after those that can be acted on now.
			new InboxQuery("disputes", """
					select r.id, %s, %s || ': ' || c.comment as detail_vi, %s || ': ' || c.comment as detail_en,
					       c.confirmed_at as at, cast(null as date) as day,
					       case when %s then null else r.year end as first,
					       cast(null as int) as second, count(*) over () as total
					from province_confirmations c join yearly_results r on r.id = c.result_id
					  join indicators i on i.id = r.indicator_id join provinces p on p.id = c.province_id
					where c.status = 'DISPUTED'
					order by %s desc, c.confirmed_at desc, c.id""".formatted(RESULT_TITLE, UnitNames.sql("p", "vi"),
					UnitNames.sql("p", "en"), YearLocks.YEAR_OPEN, YearLocks.YEAR_OPEN), "/results/{id}", null),
			new InboxQuery("behind", ReportingDuty.CELLS + """
					select d.id, d.name_vi as title_vi, d.name_en as title_en, null as detail_vi, null as detail_en,
					       cast(null as timestamptz) as at, cast(null as date) as day,
					       cast(count(*) filter (where c.state is null) as int) as first,
					       cast(count(*) filter (where c.state < 2) as int) as second, count(*) over () as total
					from cells c join departments d on d.id = c.department_id
					group by d.id, d.name_vi, d.name_en
					having count(*) filter (where c.state is null or c.state < 2) > 0
					order by d.name_vi, d.id""", "/results/years/{year}/completeness#department-{id}",
					"/results/years/{year}/completeness"),
			new InboxQuery("expiring", """
					select a.id, a.title as title_vi, a.title as title_en, null as detail_vi, null as detail_en,
					       cast(null as timestamptz) as at, a.valid_to as day, cast(null as int) as first,
					       cast(null as int) as second, count(*) over () as total
					from agreements a
					where a.terminated_on is null and a.valid_to between cast(:today as date)
					      and cast(:today as date) + 90
					order by a.valid_to, a.id""", "/agreements/{id}", null),
			// Open until dismissed or until a later import of the same kind succeeds (see ImportFailures).
			new InboxQuery("failedImports", """
					select f.id, f.file_name as title_vi, f.file_name as title_en,
					       f.account_name || coalesce(' – ' || d.name_vi, '') || ': ' || f.reason_vi as detail_vi,
					       f.account_name || coalesce(' – ' || d.name_en, '') || ': ' || f.reason_en as detail_en,
					       f.failed_at as at, cast(null as date) as day, coalesce(f.year, 0) as first,
					       cast(null as int) as second, count(*) over () as total
					from import_failures f left join departments d on d.id = f.department_id
					where f.dismissed_at is null and f.resolved_at is null
					order by f.failed_at desc, f.id""", "/imports/failures/{id}", null));

	static final List<InboxQuery> PROVINCE = List.of(new InboxQuery("toConfirm", """
			select r.id, %s, d.name_vi as detail_vi, d.name_en as detail_en, r.approved_at as at, cast(null as date) as day,
			       cast(null as int) as first, cast(null as int) as second, count(*) over () as total
			from yearly_results r join indicators i on i.id = r.indicator_id
			  left join departments d on d.id = r.department_id
			where r.status = 'APPROVED' and r.province_id in (:provinces) and %s
			  and not exists (select 1 from province_confirmations c where c.result_id = r.id)
			order by r.approved_at desc nulls last, r.id""".formatted(RESULT_TITLE, YearLocks.YEAR_OPEN), "/results/{id}", null),
			new InboxQuery("shared", """
					select a.id, a.title as title_vi, a.title as title_en, null as detail_vi, null as detail_en,
					       a.updated_at as at, a.valid_to as day, cast(null as int) as first, cast(null as int) as second,
					       count(*) over () as total
					from agreements a
					where a.shared_with_provinces and a.terminated_on is null and a.updated_at >= :recent
					  and exists (select 1 from agreement_provinces ap
					              where ap.agreement_id = a.id and ap.province_id in (:provinces))
					order by a.updated_at desc, a.id""", "/agreements/{id}", null),
			new InboxQuery("answers", """
					select a.id, a.title as title_vi, a.title as title_en, c.author_name || ': ' || left(c.body, 300) as detail_vi,
					       c.author_name || ': ' || left(c.body, 300) as detail_en, c.commented_at as at, cast(null as date) as day,
					       cast(null as int) as first, cast(null as int) as second, count(*) over () as total
					from %s join activities a on a.id = c.activity_id
					where not c.from_province and %s and c.commented_at >= :recent
					  and exists (select 1 from activity_comments q where q.activity_id = c.activity_id
					              and current_unit('PROVINCE', q.province_id) = c.unit and q.from_province)
					order by c.commented_at desc, c.id""".formatted(LATEST_COMMENTS.formatted(
					"c.province_id in (:provinces)"), PROVINCE_READS_ACTIVITY), "/activities/{id}#comments", null));

	static final List<InboxQuery> LEADER = List.of(new InboxQuery("approvals", """
			select r.id, %s, d.name_vi as detail_vi, d.name_en as detail_en, r.approved_at as at, cast(null as date) as day,
			       cast(null as int) as first, cast(null as int) as second, count(*) over () as total
			from yearly_results r join indicators i on i.id = r.indicator_id
			  left join departments d on d.id = r.department_id
			where r.status = 'APPROVED' and r.approved_at > :since
			order by r.approved_at desc, r.id""".formatted(RESULT_TITLE), "/results/{id}", null),
			new InboxQuery("newAgreements", """
					select a.id, a.title as title_vi, a.title as title_en, null as detail_vi, null as detail_en,
					       a.created_at as at, a.signed_on as day, cast(null as int) as first, cast(null as int) as second,
					       count(*) over () as total
					from agreements a where a.created_at > :since
					order by a.created_at desc, a.id""", "/agreements/{id}", null),
			new InboxQuery("newlyOverdue", """
					select a.id, a.title as title_vi, a.title as title_en, d.name_vi as detail_vi, d.name_en as detail_en,
					       cast(null as timestamptz) as at, a.deadline as day, cast(null as int) as first,
					       cast(null as int) as second, count(*) over () as total
					from activities a join departments d on d.id = a.lead_department_id
					where a.status in ('PLANNED', 'IN_PROGRESS', 'SUSPENDED')
					  and a.deadline < cast(:today as date)
					  and a.deadline >= cast(cast(:since as timestamptz) at time zone 'Asia/Ho_Chi_Minh' as date)
					order by a.deadline desc, a.id""", "/activities/{id}", null));

	private InboxQueries() {
	}

}
