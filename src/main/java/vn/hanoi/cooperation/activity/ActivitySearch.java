package vn.hanoi.cooperation.activity;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.DataVersion;
import vn.hanoi.cooperation.system.VersionedMemory;

/**
 * The activity list in one SQL statement whatever the data size: filters, the viewer's read rule, the page and
 * the total (a window count) together. The read rule is the one {@link ActivityAccess#canRead} states.
 */
@Repository
public class ActivitySearch {

	private static final int MAX_PAGES_KEPT = 2_000;

	/** What a list page depends on: the data, the day (deadlines), the filters and a province officer's units. */
	private record PageKey(long dataVersion, LocalDate today, ActivityFilter filter, Set<Long> viewerUnits) {
	}

	private final VersionedMemory<PageKey, ActivityPage> pages = new VersionedMemory<>(PageKey::dataVersion,
			PageKey::today, MAX_PAGES_KEPT);

	private final EntityManager entityManager;

	private final Departments departments;

	private final Provinces provinces;

	private final DataVersion dataVersion;

	ActivitySearch(EntityManager entityManager, Departments departments, Provinces provinces,
			DataVersion dataVersion) {
		this.entityManager = entityManager;
		this.departments = departments;
		this.provinces = provinces;
		this.dataVersion = dataVersion;
	}

	/**
	 * One page of the list, kept in memory until the activities change: many people open the same few pages (the
	 * unfiltered list, their year, a search), and Hanoi's users all see the same rows.
	 */
	@Transactional(readOnly = true)
	public ActivityPage find(ActivityFilter filter, Viewer viewer, LocalDate today) {
		PageKey key = new PageKey(this.dataVersion.current(), today, filter,
				viewer.isProvince() ? Set.copyOf(viewer.provinceLineage()) : null);
		return this.pages.get(key, () -> read(filter, viewer, today));
	}

	private ActivityPage read(ActivityFilter filter, Viewer viewer, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>();
		boolean restrictProvinces = viewer.isProvince();
		String provinceNames = """
				(select string_agg(pr.name_%s, ', ' order by pr.name_%s)
				   from activity_partner_provinces ap join provinces pr on pr.id = ap.province_id
				  where ap.activity_id = a.id %s)""";
		String ownProvincesOnly = restrictProvinces ? "and ap.province_id in (:viewerProvinces)" : "";
		String conditions = conditions(filter, viewer, today, parameters);
		String order = switch (filter.sortOrder()) {
			case DEADLINE -> "order by a.deadline asc nulls last, a.id desc";
			case UPDATED -> "order by a.last_update_at desc, a.id desc";
			case TITLE -> "order by a.title collate vi_vn asc, a.id asc";
		};
		// The page's keys first, the names and partner provinces for its 20 rows only. The total: a window count
		// while the filters narrow the rows; with none, a plain count beside a page read in index order (the
		// window would sort every activity: 45 vs 10 ms on 50,000).
		boolean everything = filter.isEmpty() && !restrictProvinces;
		String sql = """
				with page as (
				  select a.id %s
				    from activities a %s
				   where 1 = 1
				%s
				   %s
				   limit :limit offset :offset)
				select a.id, a.title, p.year, g.number, g.name_vi, g.name_en, d.name_vi, d.name_en,
				       %s, %s, a.status, a.deadline, a.actual_completion, a.last_update_at, %s
				  from page
				  join activities a on a.id = page.id
				  join plans p on p.id = a.plan_id
				  join cooperation_groups g on g.id = a.group_id
				  join departments d on d.id = a.lead_department_id
				 %s""".formatted(everything ? "" : ", count(*) over () as total",
				filter.year() != null ? "join plans p on p.id = a.plan_id" : "", conditions, order,
				provinceNames.formatted("vi", "vi", ownProvincesOnly), provinceNames.formatted("en", "en", ownProvincesOnly),
				everything ? "(select count(*) from activities)" : "page.total", order);
		parameters.put("limit", ActivityFilter.PAGE_SIZE);
		parameters.put("offset", filter.pageIndex() * ActivityFilter.PAGE_SIZE);

		Query query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		@SuppressWarnings("unchecked")
		List<Object[]> results = query.getResultList();
		List<ActivityRow> rows = new ArrayList<>(results.size());
		long total = 0;
		for (Object[] r : results) {
			ActivityStatus status = ActivityStatus.valueOf((String) r[10]);
			LocalDate deadline = day(r[11]);
			LocalDate completedOn = day(r[12]);
			rows.add(new ActivityRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
					((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
					(String) r[8], (String) r[9], status, deadline, completedOn, instant(r[13]),
					DeadlineStatus.of(status, deadline, completedOn, today)));
			total = ((Number) r[14]).longValue();
		}
		return new ActivityPage(rows, total, filter.pageIndex(), ActivityFilter.PAGE_SIZE);
	}

	/** The filters and the viewer's read rule as SQL conditions on activity {@code a} and plan {@code p}. */
	String conditions(ActivityFilter filter, Viewer viewer, LocalDate today, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder();
		where.append(" and ").append(readableBy(viewer, parameters)).append('\n');
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
			parameters.put("departments", nonEmpty(this.departments.findLineageIds(filter.department())));
		}
		if (filter.province() != null) {
			where.append("""
					 and exists (select 1 from activity_partner_provinces fp
					              where fp.activity_id = a.id and fp.province_id in (:provinces))
					""");
			parameters.put("provinces", nonEmpty(this.provinces.findLineageIds(filter.province())));
		}
		if (filter.status() != null) {
			where.append(" and a.status = :status\n");
			parameters.put("status", filter.status().name());
		}
		if (filter.deadline() != null) {
			String condition = deadlineCondition(filter.deadline());
			where.append(" and ").append(condition).append('\n');
			if (condition.contains(":today")) {
				parameters.put("today", today);
			}
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
			where.append("""
					 and (a.search_text like :text
					      or a.id = any (array(select tp.activity_id from activity_partner_provinces tp
					                            join provinces tpr on tpr.id = tp.province_id
					                           where lower(portal_unaccent(tpr.name_vi)) like :text)))
					""");
			parameters.put("text", "%" + likeEscaped(unaccentedLower(filter.text())) + "%");
		}
		return where.toString();
	}

	/** Every activity the filters select (the export), at most {@code limit}, with all of its fields. */
	@Transactional(readOnly = true)
	public List<ActivityExportRow> findForExport(ActivityFilter filter, Viewer viewer, LocalDate today, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		String ownProvincesOnly = viewer.isProvince() ? "and ap.province_id in (:viewerProvinces)" : "";
		String sql = """
				select a.id, coalesce(a.reference, 'HD-' || a.id), p.year, g.number, g.name_vi, a.title, a.description, d.name_vi,
				       (select string_agg(cd.name_vi, '; ' order by cd.name_vi)
				          from activity_coordinating_departments acd join departments cd on cd.id = acd.department_id
				         where acd.activity_id = a.id),
				       (select string_agg(pr.name_vi, '; ' order by pr.name_vi)
				          from activity_partner_provinces ap join provinces pr on pr.id = ap.province_id
				         where ap.activity_id = a.id %s),
				       a.planned_start, a.deadline, a.status, a.actual_completion, a.result_summary,
				       a.budget_planned, a.budget_spent, a.shared_with_provinces, a.last_update_at
				  from activities a
				  join plans p on p.id = a.plan_id
				  join cooperation_groups g on g.id = a.group_id
				  join departments d on d.id = a.lead_department_id
				 where 1 = 1
				%s
				 order by p.year, g.number, a.id
				 limit :limit""".formatted(ownProvincesOnly, conditions(filter, viewer, today, parameters));
		parameters.put("limit", limit);
		Query query = this.entityManager.createNativeQuery(sql);
		parameters.forEach(query::setParameter);
		@SuppressWarnings("unchecked")
		List<Object[]> results = query.getResultList();
		List<ActivityExportRow> rows = new ArrayList<>(results.size());
		for (Object[] r : results) {
			ActivityStatus status = ActivityStatus.valueOf((String) r[12]);
			LocalDate deadline = day(r[11]);
			LocalDate completedOn = day(r[13]);
			rows.add(new ActivityExportRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
					((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], (String) r[7],
					(String) r[8], (String) r[9], day(r[10]), deadline, status, completedOn, (String) r[14],
					(java.math.BigDecimal) r[15], (java.math.BigDecimal) r[16], (Boolean) r[17], instant(r[18]),
					DeadlineStatus.of(status, deadline, completedOn, today)));
		}
		return rows;
	}

	/**
	 * The deadline status of activity {@code a} as one SQL expression, for aggregation (dashboards); the twin of
	 * {@link DeadlineStatus#of}. {@code :today} is bound by the caller.
	 */
	public static final String DEADLINE_STATUS_SQL = """
			case when a.status = 'CANCELLED' then 'CANCELLED'
			     when a.status = 'COMPLETED' then
			          case when a.deadline is null or a.actual_completion <= a.deadline then 'COMPLETED_ON_TIME'
			               else 'COMPLETED_LATE' end
			     when a.deadline < :today then 'OVERDUE'
			     when a.status = 'PLANNED' then 'NOT_STARTED'
			     when a.deadline is null then 'NO_DEADLINE'
			     else 'ON_TRACK' end""";

	/** The SQL twin of {@link ActivityStatus#countsAsCarriedOut()}, on activity {@code a}. */
	public static final String CARRIED_OUT_SQL = "a.status <> 'CANCELLED'";

	/** What a viewer may read, as a condition on activity {@code a}; binds {@code :viewerProvinces} if needed. */
	public static String readableBy(Viewer viewer, Map<String, Object> parameters) {
		if (!viewer.isProvince()) {
			return "true";
		}
		parameters.put("viewerProvinces", nonEmpty(viewer.provinceLineage()));
		return """
				(a.shared_with_provinces and exists (select 1 from activity_partner_provinces vp
				  where vp.activity_id = a.id and vp.province_id in (:viewerProvinces)))""";
	}

	/** The SQL twin of {@link DeadlineStatus#of}; {@code :today} is bound by the caller. */
	static String deadlineCondition(DeadlineStatus deadline) {
		String open = "a.status in ('PLANNED', 'IN_PROGRESS', 'SUSPENDED')";
		return switch (deadline) {
			case COMPLETED_ON_TIME ->
				"(a.status = 'COMPLETED' and (a.deadline is null or a.actual_completion <= a.deadline))";
			case COMPLETED_LATE -> "(a.status = 'COMPLETED' and a.actual_completion > a.deadline)";
			case ON_TRACK -> "(a.status in ('IN_PROGRESS', 'SUSPENDED') and a.deadline >= :today)";
			case NOT_STARTED -> "(a.status = 'PLANNED' and (a.deadline is null or a.deadline >= :today))";
			case OVERDUE -> "(" + open + " and a.deadline < :today)";
			case NO_DEADLINE -> "(a.status in ('IN_PROGRESS', 'SUSPENDED') and a.deadline is null)";
			case CANCELLED -> "a.status = 'CANCELLED'";
		};
	}

	/** Java's side of portal_unaccent: the same letters lose their marks, and đ becomes d. */
	static String unaccentedLower(String text) {
		String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	public static Collection<Long> nonEmpty(Collection<Long> ids) {
		// "in ()" is not SQL; an id that no row has keeps the condition false.
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	static LocalDate day(Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
	}

	static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		return (Instant) value;
	}

}
