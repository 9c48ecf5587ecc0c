package vn.hanoi.cooperation.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.audit.HistoryEntry;
import vn.hanoi.cooperation.province.ProvinceName;
import vn.hanoi.cooperation.system.Names;

/**
 * Everything an activity's page shows, in one statement under the reader's {@link ReadScope}: the activity (no row
 * when the reader may not see it), its names, its notes, files, conversation and history, the lists as JSON. One
 * statement is one snapshot without a transaction; through Hibernate the page took five statements in one, about
 * four times as long (README at 335a456, Performance, "Session 14"). A province reads its own conversations and no
 * history.
 */
@Repository
class ActivityDetails {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Names>> NAMES = new TypeReference<>() {
	};

	private static final TypeReference<List<ProvinceName>> PROVINCES = new TypeReference<>() {
	};

	private static final TypeReference<List<ActivityDetail.ProgressNote>> NOTES = new TypeReference<>() {
	};

	private static final TypeReference<List<ActivityDetail.EvidenceFile>> FILES = new TypeReference<>() {
	};

	private static final TypeReference<List<ActivityDetail.CommentEntry>> COMMENTS = new TypeReference<>() {
	};

	private static final TypeReference<List<HistoryEntry>> HISTORY = new TypeReference<>() {
	};

	private static final String HISTORY_SQL = """
			(select coalesce(json_agg(json_build_object('kind', h.record_kind, 'action', h.action, 'field', h.field,
			          'oldValue', h.old_value, 'newValue', h.new_value, 'authorName', h.author_name,
			          'changedAt', h.changed_at) order by h.changed_at desc, h.id desc), '[]')
			   from record_changes h where h.record_kind = 'ACTIVITY' and h.record_id = v.id)""";

	private final JdbcClient jdbc;

	ActivityDetails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ActivityDetail> find(Long id, ReadScope scope) {
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("id", id);
		// A comment belongs to the partner province it was exchanged with: a province reads its own units' ones.
		String sql = """
				with visible as (select a.* from activities a where a.id = :id and """ + "\n" + scope.activities() + """
				)
				select v.id, v.version, v.title, v.description, p.year, g.number as group_number,
				       g.name_vi as group_name_vi, g.name_en as group_name_en, v.lead_department_id, d.name_vi as lead_name_vi,
				       d.name_en as lead_name_en,
				       (select coalesce(json_agg(json_build_object('nameVi', cd.name_vi, 'nameEn', cd.name_en)
				                 order by cd.id), '[]')
				          from activity_coordinating_departments acd join departments cd on cd.id = acd.department_id
				         where acd.activity_id = v.id) as coordinating_departments,
				       (select coalesce(json_agg(json_build_object('id', pr.id, 'nameVi', pr.name_vi,
				                 'nameEn', pr.name_en, 'validTo', pr.valid_to) order by pr.id), '[]')
				          from activity_partner_provinces ap join provinces pr on pr.id = ap.province_id
				         where ap.activity_id = v.id and """ + "\n" + scope.partnerProvinces("ap.province_id") + """
				       ) as partner_provinces,
				       (select a.title from agreements a where a.id = v.agreement_id and """ + "\n" + scope.agreements() + """
				       ) as agreement_title,
				       v.agreement_id, v.planned_start, v.deadline, v.actual_completion, v.result_summary, v.status,
				       v.budget_planned, v.budget_spent, v.shared_with_provinces,
				       (select coalesce(json_agg(json_build_object('id', u.id, 'notedOn', u.noted_on, 'note', u.note,
				                 'authorName', u.author_name) order by u.noted_on desc, u.id desc), '[]')
				          from activity_progress_updates u where u.activity_id = v.id) as progress,
				       (select coalesce(json_agg(json_build_object('id', e.id, 'progressUpdateId', e.progress_update_id,
				                 'fileName', e.file_name, 'hasThumbnail', e.has_thumbnail, 'sizeBytes', e.size_bytes,
				                 'uploadedBy', e.uploaded_by, 'uploadedByName', e.uploaded_by_name,
				                 'uploaderMayStillEdit', """ + EvidenceFiles.UPLOADER_MAY_STILL_EDIT + """
				                 , 'createdAt', e.created_at) order by e.created_at, e.id), '[]')
				          from activity_evidence e where e.activity_id = v.id) as evidence,
				       (select coalesce(json_agg(json_build_object('id', c.id, 'province', json_build_object('id', cp.id,
				                 'nameVi', cp.name_vi, 'nameEn', cp.name_en, 'validTo', cp.valid_to),
				                 'authorName', c.author_name, 'fromProvince', c.from_province, 'body', c.body,
				                 'commentedAt', c.commented_at) order by c.commented_at, c.id), '[]')
				          from activity_comments c join provinces cp on cp.id = c.province_id
				         where c.activity_id = v.id and """ + "\n" + scope.partnerProvinces("c.province_id") + """
				       ) as comments,
				       """ + (scope.wholeCity() ? HISTORY_SQL : "'[]'") + """
				        as history
				  from visible v
				  join plans p on p.id = v.plan_id
				  join cooperation_groups g on g.id = v.group_id
				  join departments d on d.id = v.lead_department_id""";
		return this.jdbc.sql(sql).params(parameters).query((rs, n) -> detail(rs)).optional();
	}

	private static ActivityDetail detail(ResultSet rs) throws SQLException {
		Long agreementId = rs.getObject("agreement_id", Long.class);
		String agreementTitle = rs.getString("agreement_title");
		ActivityFacts activity = new ActivityFacts(rs.getLong("id"), rs.getLong("version"), rs.getString("title"),
				rs.getString("description"), rs.getInt("year"), rs.getInt("group_number"),
				new Names(rs.getString("group_name_vi"), rs.getString("group_name_en")),
				rs.getLong("lead_department_id"), new Names(rs.getString("lead_name_vi"), rs.getString("lead_name_en")),
				json(rs, "coordinating_departments", NAMES), json(rs, "partner_provinces", PROVINCES),
				agreementTitle == null ? null : new ActivityFacts.AgreementLink(agreementId, agreementTitle),
				rs.getObject("planned_start", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getObject("actual_completion", LocalDate.class), rs.getString("result_summary"),
				ActivityStatus.valueOf(rs.getString("status")), rs.getBigDecimal("budget_planned"),
				rs.getBigDecimal("budget_spent"), rs.getBoolean("shared_with_provinces"));
		return new ActivityDetail(activity, json(rs, "progress", NOTES), json(rs, "evidence", FILES),
				json(rs, "comments", COMMENTS), json(rs, "history", HISTORY));
	}

	private static <T> T json(ResultSet rs, String column, TypeReference<T> type) throws SQLException {
		return JSON.readValue(rs.getString(column), type);
	}

}
