package vn.hanoi.cooperation.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.activity.ActivityStatus;
import vn.hanoi.cooperation.activity.DeadlineStatus;
import vn.hanoi.cooperation.system.SqlValues;

/**
 * Activities for the API in one statement for any number of ids, under the reader's {@link ReadScope} (an id the
 * reader may not see yields no row). An activity's {@code updatedAt} is its latest edit, progress note or line in
 * the change log.
 */
@Repository
class ApiActivityReads {

	private static final TypeReference<List<ApiUnit>> UNITS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	ApiActivityReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<ApiActivity> find(Collection<Long> ids, ReadScope scope, LocalDate today) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("ids", ids);
		parameters.put("today", today);
		String sql = """
				select a.id, coalesce(a.reference, 'HD-' || a.id) as reference, a.title, a.description, p.year,
				       g.id as group_id, g.number as group_number, g.name_vi as group_name_vi, g.name_en as group_name_en,
				       d.id as department_id, d.code as department_code, d.name_vi as department_name_vi,
				       d.name_en as department_name_en,
				       (select coalesce(json_agg(json_build_object('id', cd.id, 'code', cd.code, 'nameVi', cd.name_vi,
				                                 'nameEn', cd.name_en) order by cd.id), '[]')
				          from activity_coordinating_departments acd join departments cd on cd.id = acd.department_id
				         where acd.activity_id = a.id) as coordinating_departments,
				       (select coalesce(json_agg(json_build_object('id', pr.id, 'code', pr.code, 'nameVi', pr.name_vi,
				                                 'nameEn', pr.name_en) order by pr.id), '[]')
				          from activity_partner_provinces ap join provinces pr on pr.id = ap.province_id
				         where ap.activity_id = a.id and """ + "\n" + scope.partnerProvinces("ap.province_id") + "\n" + """
				       ) as partner_provinces,
				       """ + agreementIdReadBy(scope) + """
				        as agreement_id, a.status,
				       deadline_status(a.status, a.deadline, a.actual_completion, :today) as deadline_status,
				       a.planned_start, a.deadline, a.actual_completion, a.result_summary, a.budget_planned,
				       a.budget_spent, a.shared_with_provinces,
				       greatest(a.last_update_at, a.updated_at,
				                (select max(rc.changed_at) from record_changes rc
				                  where rc.record_kind = 'ACTIVITY' and rc.record_id = a.id)) as changed_at
				  from activities a
				  join plans p on p.id = a.plan_id
				  join cooperation_groups g on g.id = a.group_id
				  join departments d on d.id = a.lead_department_id
				 where a.id in (:ids) and """ + "\n" + scope.activities() + "\n" + """
				 order by a.id""";
		return this.jdbc.sql(sql).params(parameters).query((rs, n) -> activity(rs)).list();
	}

	/**
	 * The activity's agreement as the reader may know it: a province does not learn the id of an agreement that is
	 * not shared with it (the activity's page leaves it out too).
	 */
	private static String agreementIdReadBy(ReadScope scope) {
		return scope.wholeCity() ? "a.agreement_id" : """
				(select ag.id from agreements ag
				  where ag.id = a.agreement_id
				    and ag.id in (select a.id from agreements a where """ + scope.agreements() + "))";
	}

	/** The notes of an activity, newest first (the caller has checked that the reader may see the activity). */
	@Transactional(readOnly = true)
	List<ApiProgressNote> progressNotes(Long activityId) {
		return this.jdbc.sql("""
				select id, noted_on, note, author_name, created_at from activity_progress_updates
				 where activity_id = :activityId order by noted_on desc, id desc""")
			.param("activityId", activityId)
			.query((rs, n) -> new ApiProgressNote(rs.getLong("id"), rs.getObject("noted_on", LocalDate.class),
					rs.getString("note"), rs.getString("author_name"), SqlValues.instant(rs, "created_at")))
			.list();
	}

	private static ApiActivity activity(ResultSet rs) throws SQLException {
		return new ApiActivity(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
				rs.getString("description"), rs.getInt("year"),
				new ApiActivity.Group(rs.getLong("group_id"), rs.getInt("group_number"), rs.getString("group_name_vi"),
						rs.getString("group_name_en")),
				new ApiUnit(rs.getLong("department_id"), rs.getString("department_code"),
						rs.getString("department_name_vi"), rs.getString("department_name_en")),
				ApiRows.json(rs, "coordinating_departments", UNITS), ApiRows.json(rs, "partner_provinces", UNITS),
				rs.getObject("agreement_id", Long.class), ActivityStatus.valueOf(rs.getString("status")),
				DeadlineStatus.valueOf(rs.getString("deadline_status")), rs.getObject("planned_start", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), rs.getObject("actual_completion", LocalDate.class),
				rs.getString("result_summary"), ApiMoney.vnd(rs.getBigDecimal("budget_planned")),
				ApiMoney.vnd(rs.getBigDecimal("budget_spent")), rs.getBoolean("shared_with_provinces"),
				SqlValues.instant(rs, "changed_at"));
	}

}
