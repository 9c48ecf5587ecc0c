package vn.hanoi.cooperation.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.system.SqlValues;

/**
 * Departments' yearly results for the API in one statement whatever the page size, under the reader's
 * {@link ReadScope}. A department's results of an indicator and year are one item, placed in id order by the first
 * row the reader may see: a row is the first when no visible row of its department, indicator and year has a lower
 * id, which the primary key and the unique index answer without grouping the whole table.
 */
@Repository
class ApiResultReads {

	private static final TypeReference<List<ApiResult.Part>> PARTS = new TypeReference<>() {
	};

	/** The same department's results of the same indicator and year, of aliases {@code a} and {@code b}. */
	private static final String SAME = """
			%1$s.indicator_id = %2$s.indicator_id and %1$s.year = %2$s.year
			and coalesce(%1$s.department_id, 0) = coalesce(%2$s.department_id, 0)""";

	private final JdbcClient jdbc;

	ApiResultReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} items after {@code afterId}, in id order. */
	@Transactional(readOnly = true)
	List<ApiResult> find(ApiResultFilter filter, ReadScope scope, long afterId, int limit) {
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("after", afterId);
		parameters.put("limit", limit);
		String sql = """
				with visible as not materialized (
				  select r.id, r.indicator_id, r.year, r.department_id, r.province_id, r.target, r.actual,
				         r.actual_is_lower_bound, r.status, r.updated_at
				    from yearly_results r
				   where """ + " " + scope.results() + conditions(filter, parameters) + """
				),
				firsts as materialized (
				  select v.id, v.indicator_id, v.year, v.department_id from visible v
				   where v.id > :after
				     and not exists (select 1 from visible w where """ + same("w", "v") + """
				                     and w.id < v.id)""" + changedSince(filter, parameters) + """
				   order by v.id limit :limit
				),
				shown as materialized (
				  select f.id as first_id, t.*,
				         greatest(t.updated_at, (select max(rc.changed_at) from record_changes rc
				                                  where rc.record_kind = 'RESULT' and rc.record_id = t.id)) as changed_at
				    from firsts f join visible t on """ + same("t", "f") + """
				)
				select f.id, f.year, """ + " " + ApiIndicator.COLUMNS + """
				       , d.id as department_id, d.code as department_code, d.name_vi as department_name_vi,
				       d.name_en as department_name_en,
				       (select json_build_object('resultId', t.id, 'target', t.target, 'actual', t.actual,
				                                 'actualIsLowerBound', t.actual_is_lower_bound, 'status', t.status)
				          from shown t where t.first_id = f.id and t.province_id is null) as total,
				       (select coalesce(json_agg(json_build_object('resultId', t.id,
				                 'province', json_build_object('id', p.id, 'code', p.code, 'nameVi', p.name_vi,
				                                               'nameEn', p.name_en),
				                 'target', t.target, 'actual', t.actual,
				                 'actualIsLowerBound', t.actual_is_lower_bound, 'status', t.status)
				                 order by p.name_vi, t.id), '[]')
				          from shown t join provinces p on p.id = t.province_id where t.first_id = f.id) as breakdown,
				       (select max(t.changed_at) from shown t where t.first_id = f.id) as changed_at
				  from firsts f
				  join indicators i on i.id = f.indicator_id
				  left join departments d on d.id = f.department_id
				 order by f.id""";
		return this.jdbc.sql(sql).params(parameters).query((rs, n) -> result(rs)).list();
	}

	private static String conditions(ApiResultFilter filter, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder("\n");
		if (filter.year() != null) {
			where.append(" and r.year = :year\n");
			parameters.put("year", filter.year());
		}
		if (filter.group() != null) {
			where.append(" and r.indicator_id in (select gi.id from indicators gi where gi.group_id = :group)\n");
			parameters.put("group", filter.group());
		}
		if (filter.indicator() != null) {
			where.append(" and r.indicator_id = :indicator\n");
			parameters.put("indicator", filter.indicator());
		}
		if (filter.department() != null) {
			where.append(" and r.department_id in (select merged_units('DEPARTMENT', :department))\n");
			parameters.put("department", filter.department());
		}
		if (filter.province() != null) {
			where.append(" and r.province_id in (select merged_units('PROVINCE', :province))\n");
			parameters.put("province", filter.province());
		}
		if (filter.status() != null) {
			where.append(" and r.status = :status\n");
			parameters.put("status", filter.status().name());
		}
		if (filter.resultId() != null) {
			where.append(" and exists (select 1 from yearly_results h where h.id = :resultId and ")
				.append(same("h", "r"))
				.append(")\n");
			parameters.put("resultId", filter.resultId());
		}
		return where.toString();
	}

	/** An item is changed when any of its rows the reader sees was edited or logged since then. */
	private static String changedSince(ApiResultFilter filter, Map<String, Object> parameters) {
		if (filter.updatedSince() == null) {
			return "\n";
		}
		parameters.put("since", OffsetDateTime.ofInstant(filter.updatedSince(), ZoneOffset.UTC));
		return "\n and exists (select 1 from visible c where " + same("c", "v") + """
				 and (c.updated_at >= :since
				      or exists (select 1 from record_changes rc where rc.record_kind = 'RESULT'
				                  and rc.record_id = c.id and rc.changed_at >= :since)))
				""";
	}

	private static String same(String a, String b) {
		// Spaces around it: a text block drops the trailing space of the line it is appended to.
		return " " + SAME.formatted(a, b).replace('\n', ' ') + " ";
	}

	private static ApiResult result(ResultSet rs) throws SQLException {
		Long departmentId = rs.getObject("department_id", Long.class);
		return new ApiResult(rs.getLong("id"), rs.getInt("year"), ApiIndicator.of(rs),
				departmentId == null ? null
						: new ApiUnit(departmentId, rs.getString("department_code"),
								rs.getString("department_name_vi"), rs.getString("department_name_en")),
				ApiRows.json(rs, "total", ApiResult.Total.class), ApiRows.json(rs, "breakdown", PARTS),
				SqlValues.instant(rs, "changed_at"));
	}

}
