package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.system.Localized;
import vn.hanoi.cooperation.system.SqlValues;

/**
 * Results waiting for the coordinator's approval, filtered, in the order of the year's entry list; read with two
 * statements (the page and the filter choices) whatever the number waiting.
 */
@Repository
class ApprovalQueue {

	/** The most a page shows, and so the most approved in one request. */
	static final int PAGE = 200;

	/** One waiting result as the queue lists it. */
	record Waiting(long id, long version, int year, String indicatorCode, String indicatorVi, String indicatorEn,
			UnitOfMeasure unitOfMeasure, String departmentVi, String departmentEn, String provinceVi, String provinceEn,
			BigDecimal target, BigDecimal actual, boolean lowerBound, Instant submittedAt) {

		public String indicator() {
			return english() ? this.indicatorEn : this.indicatorVi;
		}

		public String department() {
			return english() ? this.departmentEn : this.departmentVi;
		}

		public String province() {
			return english() ? this.provinceEn : this.provinceVi;
		}

		/** What the checkbox posts: the result and the version the coordinator saw. */
		public String pick() {
			return this.id + ":" + this.version;
		}

	}

	/** A filter choice: a group, department or indicator that has something waiting. */
	record Choice(String kind, long id, String nameVi, String nameEn) implements Localized {

		@Override
		public String getNameVi() {
			return this.nameVi;
		}

		@Override
		public String getNameEn() {
			return this.nameEn;
		}

	}

	record Page(List<Waiting> items, int total) {
	}

	private static final String WAITING = """
			from yearly_results r join indicators i on i.id = r.indicator_id
			  join cooperation_groups g on g.id = i.group_id
			  left join departments d on d.id = r.department_id
			  left join provinces p on p.id = r.province_id
			where r.status = 'SUBMITTED' and %s
			""".formatted(YearLocks.YEAR_OPEN);

	private static final String FILTERED = WAITING + """
			  and (:year < 0 or r.year = :year) and (:group < 0 or g.id = :group)
			  and (:department < 0 or d.id = :department) and (:indicator < 0 or i.id = :indicator)
			""";

	private final JdbcClient jdbc;

	ApprovalQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Page page(ResultQueueFilter filter) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("limit", PAGE);
		int[] total = { 0 };
		List<Waiting> items = this.jdbc.sql("""
				select r.id, r.version, r.year, i.code as indicator_code, i.name_vi as indicator_vi,
				       i.name_en as indicator_en, i.unit, i.count_noun_vi, i.count_noun_en,
				       d.name_vi as department_vi, d.name_en as department_en,
				       p.name_vi as province_vi, p.name_en as province_en, r.target, r.actual,
				       r.actual_is_lower_bound, r.submitted_at, count(*) over () as total
				""" + FILTERED + """
				order by r.year, g.number, i.code, d.name_vi nulls first, p.name_vi nulls first, r.id
				limit :limit""").params(parameters).query((rs, n) -> {
			total[0] = rs.getInt("total");
			return new Waiting(rs.getLong("id"), rs.getLong("version"), rs.getInt("year"),
					rs.getString("indicator_code"), rs.getString("indicator_vi"), rs.getString("indicator_en"),
					new UnitOfMeasure(IndicatorUnit.valueOf(rs.getString("unit")), rs.getString("count_noun_vi"),
							rs.getString("count_noun_en")),
					rs.getString("department_vi"), rs.getString("department_en"),
					rs.getString("province_vi"), rs.getString("province_en"), rs.getBigDecimal("target"),
					rs.getBigDecimal("actual"), rs.getBoolean("actual_is_lower_bound"),
					SqlValues.instant(rs, "submitted_at"));
		}).list();
		return new Page(items, total[0]);
	}

	/** The groups, departments and indicators that have results waiting, whatever the filter. */
	@Transactional(readOnly = true)
	List<Choice> choices() {
		return this.jdbc.sql("""
				select kind, id, name_vi, name_en from (
				  select distinct 'group' as kind, g.id, g.number as rank, (g.number || '. ' || g.name_vi) collate vi_vn as name_vi,
				         g.number || '. ' || g.name_en as name_en
				""" + WAITING + """
				  union
				  select distinct 'department', d.id, 0, d.name_vi collate vi_vn, d.name_en
				""" + WAITING + " and d.id is not null" + """

				  union
				  select distinct 'indicator', i.id, 0, (i.code || ' – ' || i.name_vi) collate vi_vn, i.code || ' – ' || i.name_en
				""" + WAITING + """
				) choices order by kind, rank, name_vi""").query(Choice.class).list();
	}

	private static boolean english() {
		return "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
	}

}
