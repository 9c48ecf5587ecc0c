package vn.hanoi.cooperation.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.ReadCache;
import vn.hanoi.cooperation.system.ReadOnlyTransaction;
import vn.hanoi.cooperation.system.SearchText;

import static vn.hanoi.cooperation.system.SqlValues.idsForIn;
import static vn.hanoi.cooperation.system.SqlValues.instant;

/**
 * The activity list in one SQL statement whatever the data size: filters, the viewer's {@link ReadScope}, the page
 * and the total (a window count) together. Each row's deadline status comes from the database's
 * {@code deadline_status} (V70), the one definition that every query uses.
 */
@Repository
public class ActivitySearch {

	/** Rows per round trip of an export's cursor: a few hundred kilobytes, few round trips. */
	static final int EXPORT_FETCH_SIZE = 500;

	private static final int MAX_PAGES_KEPT = 2_000;

	/**
	 * What a list page depends on: the version of the activities it can show, the day (deadlines), the filters and
	 * what the viewer may read.
	 */
	private record PageKey(long dataVersion, LocalDate today, ActivityFilter filter, ReadScope scope) {
	}

	private final ReadCache<PageKey, ActivityPage> pages = new ReadCache<>(MAX_PAGES_KEPT);

	private final JdbcClient jdbc;

	private final Departments departments;

	private final Provinces provinces;

	private final DataVersion dataVersion;

	private final ReadOnlyTransaction readOnly;

	ActivitySearch(JdbcClient jdbc, Departments departments, Provinces provinces, DataVersion dataVersion,
			ReadOnlyTransaction readOnly) {
		this.jdbc = jdbc;
		this.departments = departments;
		this.provinces = provinces;
		this.dataVersion = dataVersion;
		this.readOnly = readOnly;
	}

	/**
	 * One page of the list, kept in memory until the activities it can show change: many people open the same few
	 * pages (the unfiltered list, their year, a search).
	 */
	public ActivityPage find(ActivityFilter filter, Viewer viewer, LocalDate today) {
		ReadScope scope = ReadScope.of(viewer);
		PageKey key = new PageKey(versionOf(filter, scope), today, filter, scope);
		return this.pages.get(key, k -> this.readOnly.run(() -> read(filter, scope, today)));
	}

	/**
	 * The version of the activities a list with this filter can show to this scope, for a page kept in memory
	 * under it (the list page's, the read API's).
	 */
	public long versionOf(ActivityFilter filter, ReadScope scope) {
		return this.dataVersion.of(subjects(filter, scope));
	}

	/**
	 * The narrowest data subjects that hold every activity the page can show: a province officer's units (each
	 * activity they read names one of them), else the filtered year, else all activities.
	 */
	private static List<String> subjects(ActivityFilter filter, ReadScope scope) {
		if (!scope.wholeCity()) {
			return DataVersion.provinces(scope.provinces());
		}
		return List.of(filter.year() != null ? DataVersion.year(filter.year()) : DataVersion.ACTIVITIES);
	}

	private ActivityPage read(ActivityFilter filter, ReadScope scope, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		String conditions = conditions(filter, scope, today, parameters);
		String order = switch (filter.sortOrder()) {
			case DEADLINE -> "order by a.deadline asc nulls last, a.id desc";
			case UPDATED -> "order by a.last_update_at desc, a.id desc";
			case TITLE -> "order by a.title collate vi_vn asc, a.id asc";
		};
		// The page's keys first, the names and partner provinces for its 20 rows only. The total: a window count
		// while the filters narrow the rows; with none, a plain count beside a page read in index order (the
		// window would sort every activity: 45 vs 10 ms on 50,000).
		boolean everything = filter.isEmpty() && scope.wholeCity();
		String sql = "with page as (select a.id" + (everything ? "" : ", count(*) over () as total")
				+ " from activities a" + (filter.year() != null ? " join plans p on p.id = a.plan_id" : "")
				+ " where true " + conditions + " " + order + " limit :limit offset :offset)\n" + "\n" + """
				select a.id, a.title, p.year, g.number as group_number, g.name_vi as group_name_vi,
				       g.name_en as group_name_en, d.name_vi as department_name_vi, d.name_en as department_name_en,
				       (select string_agg(pr.name_vi, ', ' order by pr.name_vi)
				          from activity_partner_provinces ap join provinces pr on pr.id = ap.province_id
				         where ap.activity_id = a.id and """ + "\n" + scope.partnerProvinces("ap.province_id") + "\n" + """
				       ) as provinces_vi,
				       (select string_agg(pr.name_en, ', ' order by pr.name_en)
				          from activity_partner_provinces ap join provinces pr on pr.id = ap.province_id
				         where ap.activity_id = a.id and """ + "\n" + scope.partnerProvinces("ap.province_id") + "\n" + """
				       ) as provinces_en,
				       a.status, a.deadline, a.actual_completion, a.last_update_at,
				       deadline_status(a.status, a.deadline, a.actual_completion, :today) as deadline_status,
				""" + (everything ? "(select count(*) from activities)" : "page.total") + "\n" + """
				        as total
				  from page
				  join activities a on a.id = page.id
				  join plans p on p.id = a.plan_id
				  join cooperation_groups g on g.id = a.group_id
				  join departments d on d.id = a.lead_department_id
				""" + "\n" + order;
		parameters.put("today", today);
		parameters.put("limit", ActivityFilter.PAGE_SIZE);
		// As a long: page 107,374,184 and beyond overflowed an int into a negative offset.
		parameters.put("offset", (long) filter.pageIndex() * ActivityFilter.PAGE_SIZE);
		long[] total = { 0 };
		List<ActivityRow> rows = this.jdbc.sql(sql).params(parameters).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return new ActivityRow(rs.getLong("id"), rs.getString("title"), rs.getInt("year"),
					rs.getInt("group_number"), rs.getString("group_name_vi"), rs.getString("group_name_en"),
					rs.getString("department_name_vi"), rs.getString("department_name_en"),
					rs.getString("provinces_vi"), rs.getString("provinces_en"),
					ActivityStatus.valueOf(rs.getString("status")), day(rs, "deadline"),
					day(rs, "actual_completion"), instant(rs, "last_update_at"),
					DeadlineStatus.valueOf(rs.getString("deadline_status")));
		}).list();
		if (rows.isEmpty() && filter.pageIndex() > 0) {
			// Past the end the page holds no row to carry the count (a bookmark after deletions, a typed number):
			// the last page instead of "nothing matches" without a way back. Two more statements, only here.
			ActivityPage first = read(filter.onPage(1), scope, today);
			return first.pageCount() == 1 ? first : read(filter.onPage(first.pageCount()), scope, today);
		}
		return new ActivityPage(List.copyOf(rows), total[0], filter.pageIndex(), ActivityFilter.PAGE_SIZE);
	}

	/** The filters and the scope's read rule as SQL conditions on activity {@code a} and plan {@code p}. */
	private String conditions(ActivityFilter filter, ReadScope scope, LocalDate today,
			Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder();
		where.append(" and ").append(scope.activities()).append('\n');
		parameters.putAll(scope.parameters());
		if (filter.year() != null) {
			where.append(" and p.year = :year\n");
			parameters.put("year", filter.year());
		}
		if (filter.group() != null) {
			where.append(" and a.group_id = :group\n");
			parameters.put("group", filter.group());
		}
		if (filter.department() != null) {
			where.append(" and a.lead_department_id in (:departments)\n");
			parameters.put("departments", idsForIn(filter.leavesOutPredecessors() ? List.of(filter.department())
					: this.departments.findLineageIds(filter.department())));
		}
		if (filter.province() != null) {
			where.append("""
					 and exists (select 1 from activity_partner_provinces fp
					              where fp.activity_id = a.id and fp.province_id in (:provinces))
					""");
			parameters.put("provinces",
					idsForIn(scope.partnerProvincesAmong(this.provinces.findLineageIds(filter.province()))));
		}
		if (filter.status() != null) {
			where.append(" and a.status = :status\n");
			parameters.put("status", filter.status().name());
		}
		if (filter.leavesOutCancelled()) {
			where.append(" and a.status <> 'CANCELLED'\n");
		}
		if (filter.deadline() != null) {
			where.append(" and deadline_status(a.status, a.deadline, a.actual_completion, :today) = :deadline\n");
			parameters.put("today", today);
			parameters.put("deadline", filter.deadline().name());
		}
		if (filter.importBatch() != null) {
			where.append(" and a.import_batch = :importBatch\n");
			parameters.put("importBatch", filter.importBatch());
		}
		if (filter.text() != null) {
			// search_text is the unaccented title and description (V30), with a trigram index. A partner province's
			// name is tested on the 97 provinces and its activities' keys joined into the same bitmap scan, so that
			// the year and the text narrow the rows together (18 vs 34 ms within a year, 28 vs 71 ms across all
			// years, on 50,000 activities).
			// The text of attached evidence (V82, its own trigram index) joins the same bitmap scan the same way.
			// A province officer matches only their own units' names: another partner's name must not reveal it.
			where.append("""
					 and (a.search_text like :text
					      or a.id = any (array(select tp.activity_id from activity_partner_provinces tp
					                            join provinces tpr on tpr.id = tp.province_id
					                           where lower(portal_unaccent(tpr.name_vi)) like :text
					                             and\s""").append(scope.partnerProvinces("tp.province_id")).append("""
					))
					      or a.id = any (array(select te.activity_id from activity_evidence te
					                           where te.search_text like :text)))
					""");
			parameters.put("text", SearchText.containing(filter.text()));
		}
		return where.toString();
	}

	/**
	 * The ids of the activities the filters select, in id order after {@code afterId}, at most {@code limit}: the
	 * read API's cursor pages. {@code changedSince} keeps those edited, noted or logged in the change log since then.
	 */
	@Transactional(readOnly = true)
	public List<Long> idsAfter(ActivityFilter filter, Viewer viewer, LocalDate today, Instant changedSince,
			long afterId, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String sql = "select a.id from activities a"
				+ (filter.year() != null ? " join plans p on p.id = a.plan_id" : "") + " where a.id > :after\n"
				+ conditions(filter, ReadScope.of(viewer), today, parameters)
				+ (changedSince == null ? "" : """
						 and (a.last_update_at >= :since or a.updated_at >= :since
						      or a.id in (select rc.record_id from record_changes rc
						                   where rc.record_kind = 'ACTIVITY' and rc.changed_at >= :since))
						""")
				+ " order by a.id limit :limit";
		parameters.put("after", afterId);
		parameters.put("limit", limit);
		if (changedSince != null) {
			parameters.put("since", OffsetDateTime.ofInstant(changedSince, java.time.ZoneOffset.UTC));
		}
		return this.jdbc.sql(sql).params(parameters).query(Long.class).list();
	}

	/** Every activity the filters select, at most {@code limit}, with all of its fields: for reports of a few rows. */
	@Transactional(readOnly = true)
	public List<ActivityExportRow> findForExport(ActivityFilter filter, Viewer viewer, LocalDate today, int limit) {
		try (Stream<ActivityExportRow> rows = exportRows(filter, viewer, today, limit)) {
			return rows.toList();
		}
	}

	/**
	 * The same rows read from the database as they are consumed ({@value #EXPORT_FETCH_SIZE} at a time through a
	 * cursor), so that an export of 50,000 activities never holds them all. The cursor lives in the caller's
	 * read-only transaction; the caller closes the stream.
	 */
	@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
	public Stream<ActivityExportRow> streamForExport(ActivityFilter filter, Viewer viewer, LocalDate today,
			int limit) {
		return exportRows(filter, viewer, today, limit);
	}

	private Stream<ActivityExportRow> exportRows(ActivityFilter filter, Viewer viewer, LocalDate today, int limit) {
		ReadScope scope = ReadScope.of(viewer);
		Map<String, Object> parameters = new HashMap<>();
		String sql = """
				select a.id, coalesce(a.reference, 'HD-' || a.id) as reference, p.year, g.number as group_number,
				       g.name_vi as group_name, a.title, a.description, d.name_vi as lead_department,
				       (select string_agg(cd.name_vi, '; ' order by cd.name_vi)
				          from activity_coordinating_departments acd join departments cd on cd.id = acd.department_id
				         where acd.activity_id = a.id) as coordinating_departments,
				       (select string_agg(pr.name_vi, '; ' order by pr.name_vi)
				          from activity_partner_provinces ap join provinces pr on pr.id = ap.province_id
				         where ap.activity_id = a.id and """ + "\n" + scope.partnerProvinces("ap.province_id") + "\n" + """
				       ) as partner_provinces,
				       a.planned_start, a.deadline, a.status, a.actual_completion, a.result_summary,
				       a.budget_planned, a.budget_spent, a.shared_with_provinces, a.last_update_at,
				       deadline_status(a.status, a.deadline, a.actual_completion, :today) as deadline_status, a.version
				  from activities a
				  join plans p on p.id = a.plan_id
				  join cooperation_groups g on g.id = a.group_id
				  join departments d on d.id = a.lead_department_id
				 where true
				""" + "\n" + conditions(filter, scope, today, parameters) + "\n" + """
				 order by p.year, g.number, a.id
				 limit :limit""";
		parameters.put("today", today);
		parameters.put("limit", limit);
		return this.jdbc.sql(sql)
			.params(parameters)
			.withFetchSize(EXPORT_FETCH_SIZE)
			.query((rs, n) -> new ActivityExportRow(rs.getLong("id"), rs.getString("reference"), rs.getInt("year"),
					rs.getInt("group_number"), rs.getString("group_name"), rs.getString("title"),
					rs.getString("description"), rs.getString("lead_department"),
					rs.getString("coordinating_departments"), rs.getString("partner_provinces"),
					day(rs, "planned_start"), day(rs, "deadline"), ActivityStatus.valueOf(rs.getString("status")),
					day(rs, "actual_completion"), rs.getString("result_summary"),
					rs.getBigDecimal("budget_planned"), rs.getBigDecimal("budget_spent"),
					rs.getBoolean("shared_with_provinces"), instant(rs, "last_update_at"),
					DeadlineStatus.valueOf(rs.getString("deadline_status")), rs.getLong("version")))
			.stream();
	}

	private static LocalDate day(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
