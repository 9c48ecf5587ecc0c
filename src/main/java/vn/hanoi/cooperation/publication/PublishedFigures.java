package vn.hanoi.cooperation.publication;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.result.CityFigures;
import vn.hanoi.cooperation.result.IndicatorUnit;
import vn.hanoi.cooperation.result.PublishedIndicators;
import vn.hanoi.cooperation.result.UnitOfMeasure;

import static vn.hanoi.cooperation.system.SqlValues.instant;

/**
 * The published figures and the approved city figures they are taken from. Approved figures are read only
 * through {@link CityFigures}, where a department's total and its breakdown by province are never added together.
 * It tells the indicator catalogue which indicators have a figure on the public page.
 */
@Repository
class PublishedFigures implements PublishedIndicators {

	/**
	 * What the approved city figure of an indicator and year is now, or the published one; {@code disputed} when a
	 * partner province disputes a figure counted in it (as the coordinator saw it when publishing, for the published).
	 */
	record Approved(BigDecimal target, BigDecimal actual, boolean lowerBound, boolean disputed) {
	}

	private final JdbcClient jdbc;

	PublishedFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every figure on the public page: newest year first, then by group and indicator code. */
	List<PublishedFigure> published() {
		return this.jdbc.sql("""
				select p.year, pl.number as plan_number, g.number as group_number, g.name_vi as group_vi,
				       g.name_en as group_en, i.code, i.name_vi as indicator_vi, i.name_en as indicator_en, i.unit,
				       i.aggregation, p.target, p.actual, p.actual_is_lower_bound, p.disputed, p.published_at,
				       i.count_noun_vi, i.count_noun_en
				  from published_figures p
				  join indicators i on i.id = p.indicator_id
				  join cooperation_groups g on g.id = i.group_id
				  left join plans pl on pl.year = p.year
				 where p.withdrawn_at is null
				 order by p.year desc, g.number, i.code""")
			.query((rs, n) -> new PublishedFigure(rs.getInt("year"), rs.getString("plan_number"),
					rs.getInt("group_number"), rs.getString("group_vi"), rs.getString("group_en"), rs.getString("code"),
					rs.getString("indicator_vi"), rs.getString("indicator_en"), rs.getString("unit"),
					rs.getString("aggregation"), rs.getBigDecimal("target"), rs.getBigDecimal("actual"),
					rs.getBoolean("actual_is_lower_bound"), rs.getBoolean("disputed"), instant(rs, "published_at"),
					measure(rs)))
			.list();
	}

	/** The coordinator's page: every indicator, its approved city figure of the year and what is published of it. */
	List<PublicationRow> rows(int year, Viewer coordinator) {
		Map<String, Object> parameters = approvedOnly(coordinator);
		parameters.put("year", year);
		return this.jdbc.sql("""
				select i.id, g.number as group_number, g.name_vi as group_vi, g.name_en as group_en, i.code,
				       i.name_vi as indicator_vi, i.name_en as indicator_en, i.unit,
				       f.target as approved_target, f.actual as approved_actual,
				       coalesce(f.actual_is_lower_bound, false) as approved_lower_bound,
				       coalesce(f.disputed, false) as approved_disputed,
				       p.target as published_target, p.actual as published_actual,
				       coalesce(p.actual_is_lower_bound, false) as published_lower_bound,
				       coalesce(p.disputed, false) as published_disputed,
				       a.display_name as published_by_name, p.published_at, i.count_noun_vi, i.count_noun_en
				  from indicators i
				  join cooperation_groups g on g.id = i.group_id
				  left join %s f on f.indicator_id = i.id and f.year = :year
				  left join published_figures p on p.indicator_id = i.id and p.year = :year and p.withdrawn_at is null
				  left join accounts a on a.id = p.published_by
				 order by g.number, i.code""".formatted(CityFigures.TABLE))
			.params(parameters)
			.query((rs, n) -> new PublicationRow(rs.getLong("id"), rs.getInt("group_number"), rs.getString("group_vi"),
					rs.getString("group_en"), rs.getString("code"), rs.getString("indicator_vi"),
					rs.getString("indicator_en"), rs.getString("unit"), rs.getBigDecimal("approved_target"),
					rs.getBigDecimal("approved_actual"), rs.getBoolean("approved_lower_bound"),
					rs.getBoolean("approved_disputed"),
					rs.getBigDecimal("published_target"), rs.getBigDecimal("published_actual"),
					rs.getBoolean("published_lower_bound"), rs.getBoolean("published_disputed"),
					rs.getString("published_by_name"),
					instant(rs, "published_at"), measure(rs)))
			.list();
	}

	@Override
	public boolean hasPublishedFigure(long indicatorId) {
		return this.jdbc.sql("""
				select exists (select 1 from published_figures where indicator_id = :indicator and withdrawn_at is null)""")
			.param("indicator", indicatorId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Holds the indicator's row until the transaction ends, so two publications of it follow each other, and an
	 * edit of the indicator's unit or aggregation (which holds the row as well) comes before or after it.
	 */
	boolean lockIndicator(long indicatorId) {
		return this.jdbc.sql("select id from indicators where id = :id for update")
			.param("id", indicatorId)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/** The approved city figure now; empty when no approved result gives the indicator an actual figure that year. */
	Optional<Approved> approved(long indicatorId, int year, Viewer coordinator) {
		Map<String, Object> parameters = approvedOnly(coordinator);
		parameters.put("indicator", indicatorId);
		parameters.put("year", year);
		return this.jdbc.sql("""
				select f.target, f.actual, f.actual_is_lower_bound, coalesce(f.disputed, false) as disputed from %s f
				 where f.indicator_id = :indicator and f.year = :year and f.actual is not null"""
			.formatted(CityFigures.TABLE))
			.params(parameters)
			.query(PublishedFigures::approved)
			.optional();
	}

	/** The figure on the public page now, if any. */
	Optional<Approved> current(long indicatorId, int year) {
		return this.jdbc.sql("""
				select target, actual, actual_is_lower_bound, disputed from published_figures
				 where indicator_id = :indicator and year = :year and withdrawn_at is null""")
			.param("indicator", indicatorId)
			.param("year", year)
			.query(PublishedFigures::approved)
			.optional();
	}

	void publish(long indicatorId, int year, Approved figure, long accountId, Instant at) {
		this.jdbc.sql("""
				insert into published_figures (indicator_id, year, target, actual, actual_is_lower_bound, disputed,
				                               published_by, published_at)
				values (:indicator, :year, :target, :actual, :lowerBound, :disputed, :account, :at)""")
			.param("indicator", indicatorId)
			.param("year", year)
			.param("target", figure.target())
			.param("actual", figure.actual())
			.param("lowerBound", figure.lowerBound())
			.param("disputed", figure.disputed())
			.param("account", accountId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Takes the indicator's figure of the year off the public page; false when none was on it. */
	boolean withdraw(long indicatorId, int year, long accountId, Instant at) {
		return this.jdbc.sql("""
				update published_figures set withdrawn_by = :account, withdrawn_at = :at, updated_at = :at
				 where indicator_id = :indicator and year = :year and withdrawn_at is null""")
			.param("indicator", indicatorId)
			.param("year", year)
			.param("account", accountId)
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	private static Map<String, Object> approvedOnly(Viewer coordinator) {
		Map<String, Object> parameters = new HashMap<>();
		CityFigures.bind(parameters, coordinator, false);
		return parameters;
	}

	private static Approved approved(ResultSet rs, int row) throws SQLException {
		return new Approved(rs.getBigDecimal("target"), rs.getBigDecimal("actual"),
				rs.getBoolean("actual_is_lower_bound"), rs.getBoolean("disputed"));
	}

	/** The unit in words (a count names what it counts), from the indicator's unit and its two count nouns. */
	private static UnitOfMeasure measure(ResultSet rs) throws SQLException {
		return new UnitOfMeasure(IndicatorUnit.valueOf(rs.getString("unit")), rs.getString("count_noun_vi"),
				rs.getString("count_noun_en"));
	}

}
