package vn.hanoi.cooperation.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.DeadlineStatus;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.ProvinceLineage;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.result.CityFigures;
import vn.hanoi.cooperation.result.Direction;
import vn.hanoi.cooperation.result.IndicatorUnit;
import vn.hanoi.cooperation.result.UnitOfMeasure;

/**
 * The dashboard's figures, each aggregated in SQL: a dozen statements whatever the number of records. What is
 * counted is what the viewer's {@link ReadScope} reads: a province officer's figures count only the activities
 * shared with their province, and their map links only their own units. The figures are the same for every Hanoi
 * role; the staff's own department is marked by {@link Dashboard#markingOwn}.
 */
@Repository
class DashboardQueries {

	/** The deadline status of activity {@code a}, by the database's one definition (V70). */
	private static final String DEADLINE_STATUS = "deadline_status(a.status, a.deadline, a.actual_completion, :today)";

	/** Activities carried out: cancelled ones are not (the SQL side of {@code ActivityStatus.countsAsCarriedOut}). */
	private static final String CARRIED_OUT = "a.status <> 'CANCELLED'";

	private final JdbcClient jdbc;

	private final Provinces provinces;

	DashboardQueries(JdbcClient jdbc, Provinces provinces) {
		this.jdbc = jdbc;
		this.provinces = provinces;
	}

	@Transactional(readOnly = true)
	Dashboard build(int year, ProvincePeriod map, Viewer viewer, LocalDate today) {
		return build(year, map, ReadScope.of(viewer), today, null);
	}

	@Transactional(readOnly = true)
	Dashboard build(int year, ProvincePeriod map, Viewer viewer, LocalDate today, Long colourBy) {
		return build(year, map, ReadScope.of(viewer), today, colourBy);
	}

	@Transactional(readOnly = true)
	Dashboard build(int year, ProvincePeriod map, ReadScope scope, LocalDate today, Long colourBy) {
		Map<Integer, StatusCounts> byYear = countsByYear(scope, today);
		List<Dashboard.GroupRow> groups = groups(year, scope, today);
		List<Dashboard.DepartmentRow> departments = departments(year, scope, today);
		List<Dashboard.OverdueActivity> overdue = mostOverdue(year, scope, today);
		Map<Integer, Long> engaged = provincesEngaged(year, scope);
		List<Dashboard.IndicatorChoice> indicators = provinceIndicators();
		Long indicator = indicators.stream().anyMatch(i -> i.id().equals(colourBy)) ? colourBy : null;
		List<ProvinceTile> tiles = tiles(year, map, scope, indicator);
		Map<Integer, Long> agreements = agreementsInForce(year, scope, today);
		List<Dashboard.TrendPoint> trend = byYear.entrySet()
			.stream()
			.filter(e -> e.getKey() <= Math.max(year, today.getYear()))
			.map(e -> new Dashboard.TrendPoint(e.getKey(), e.getValue()))
			.toList();
		List<Integer> years = new ArrayList<>(byYear.keySet());
		Collections.reverse(years);
		return new Dashboard(year, List.copyOf(years), byYear.getOrDefault(year, StatusCounts.NONE),
				byYear.getOrDefault(year - 1, StatusCounts.NONE), engaged.getOrDefault(year, 0L),
				engaged.getOrDefault(year - 1, 0L), groups, departments, overdue, tiles, map,
				tiles.stream().map(ProvinceTile::figure).filter(Objects::nonNull).max(BigDecimal::compareTo)
					.orElse(BigDecimal.ZERO),
				trend, agreements.getOrDefault(year, 0L),
				agreements.getOrDefault(year - 1, 0L), agreementsDay(year, today), keyIndicators(year, scope), indicatorTrends(scope), indicators,
				indicator);
	}

	/** A number of activities of one deadline status, counted for {@code key} (a year, group or department). */
	private record Counted(long key, String deadlineStatus, long activities) {

		static Counted read(ResultSet rs, String key) throws SQLException {
			return new Counted(rs.getLong(key), rs.getString("deadline_status"), rs.getLong("activities"));
		}

		void addTo(StatusCounts.Tally tally) {
			if (this.deadlineStatus != null) {
				tally.add(DeadlineStatus.valueOf(this.deadlineStatus), this.activities);
			}
		}

	}

	/** Every plan year from 2021, even one without activities, so the trend has no holes. */
	private Map<Integer, StatusCounts> countsByYear(ReadScope scope, LocalDate today) {
		String sql = """
				select p.year, x.deadline_status, coalesce(x.activities, 0) as activities
				from plans p left join (
				  select a.plan_id, """ + "\n" + DEADLINE_STATUS + "\n" + """
				          as deadline_status, count(*) as activities
				  from activities a where """ + "\n" + scope.activities() + "\n" + """
				   group by 1, 2
				) x on x.plan_id = p.id
				order by p.year""";
		Map<Integer, StatusCounts.Tally> tallies = new TreeMap<>();
		query(sql, scope).param("today", today)
			.query((rs, n) -> Counted.read(rs, "year"))
			.list()
			.forEach(c -> c.addTo(tallies.computeIfAbsent((int) c.key(), y -> new StatusCounts.Tally())));
		Map<Integer, StatusCounts> counts = new TreeMap<>();
		tallies.forEach((y, tally) -> counts.put(y, tally.counts()));
		return Collections.unmodifiableMap(counts);
	}

	/** A group of cooperation content, before its counts are frozen. */
	private record GroupTally(Long id, int number, String nameVi, String nameEn, StatusCounts.Tally tally) {
	}

	private List<Dashboard.GroupRow> groups(int year, ReadScope scope, LocalDate today) {
		String sql = """
				select g.id, g.number, g.name_vi, g.name_en, x.deadline_status, coalesce(x.activities, 0) as activities
				from cooperation_groups g left join (
				  select a.group_id, """ + "\n" + DEADLINE_STATUS + "\n" + """
				          as deadline_status, count(*) as activities
				  from activities a join plans p on p.id = a.plan_id
				  where p.year = :year and """ + "\n" + scope.activities() + "\n" + """
				   group by 1, 2
				) x on x.group_id = g.id
				order by g.number""";
		Map<Long, GroupTally> rows = new LinkedHashMap<>();
		query(sql, scope).param("today", today).param("year", year).query((rs, n) -> {
			GroupTally group = rows.computeIfAbsent(rs.getLong("id"), id -> new GroupTally(id, number(rs, "number"),
					text(rs, "name_vi"), text(rs, "name_en"), new StatusCounts.Tally()));
			Counted.read(rs, "id").addTo(group.tally());
			return group;
		}).list();
		return rows.values()
			.stream()
			.map(g -> new Dashboard.GroupRow(g.id(), g.number(), g.nameVi(), g.nameEn(), g.tally().counts()))
			.toList();
	}

	/** A department, before its counts are frozen. */
	private record DepartmentTally(Long id, String nameVi, String nameEn, LocalDate validTo, StatusCounts.Tally tally) {
	}

	private List<Dashboard.DepartmentRow> departments(int year, ReadScope scope, LocalDate today) {
		String sql = """
				select d.id, d.name_vi, d.name_en, d.valid_to, """ + "\n" + DEADLINE_STATUS + "\n" + """
				        as deadline_status, count(*) as activities
				from activities a join plans p on p.id = a.plan_id join departments d on d.id = a.lead_department_id
				where p.year = :year and """ + "\n" + scope.activities() + "\n" + """
				 group by 1, 2, 3, 4, 5""";
		Map<Long, DepartmentTally> rows = new LinkedHashMap<>();
		query(sql, scope).param("today", today).param("year", year).query((rs, n) -> {
			LocalDate validTo = rs.getObject("valid_to", LocalDate.class);
			DepartmentTally department = rows.computeIfAbsent(rs.getLong("id"), id -> new DepartmentTally(id,
					text(rs, "name_vi"), text(rs, "name_en"), validTo, new StatusCounts.Tally()));
			Counted.read(rs, "id").addTo(department.tally());
			return department;
		}).list();
		List<Dashboard.DepartmentRow> sorted = new ArrayList<>(rows.values()
			.stream()
			.map(d -> new Dashboard.DepartmentRow(d.id(), d.nameVi(), d.nameEn(), d.validTo(), d.tally().counts(),
					false))
			.toList());
		// Most overdue first, then the busiest: the order a leader asks about.
		sorted.sort((a, b) -> a.counts().overdue() != b.counts().overdue()
				? Long.compare(b.counts().overdue(), a.counts().overdue())
				: Long.compare(b.counts().active(), a.counts().active()));
		return List.copyOf(sorted);
	}

	private List<Dashboard.OverdueActivity> mostOverdue(int year, ReadScope scope, LocalDate today) {
		String sql = """
				select a.id, a.title, d.name_vi, d.name_en, (:today - a.deadline) as days_overdue
				from activities a join plans p on p.id = a.plan_id join departments d on d.id = a.lead_department_id
				where p.year = :year and """ + "\n" + DEADLINE_STATUS + "\n" + """
				 = 'OVERDUE'
				  and """ + "\n" + scope.activities() + "\n" + """
				 order by a.deadline, a.id limit 10""";
		return query(sql, scope).param("today", today)
			.param("year", year)
			.query((rs, n) -> new Dashboard.OverdueActivity(rs.getLong("id"), rs.getString("title"),
					rs.getString("name_vi"), rs.getString("name_en"), rs.getLong("days_overdue")))
			.list();
	}

	/**
	 * Distinct provinces, this year and last, that an activity carried out (not cancelled) names, each year counted
	 * on the units in force that year (the 63 before 2025, the 34 from 2025, older units rolled up into their
	 * successor), as the year's map shows them.
	 */
	private Map<Integer, Long> provincesEngaged(int year, ReadScope scope) {
		String sql = """
				select p.year, count(distinct t.id) as provinces
				from activities a join plans p on p.id = a.plan_id
				join (values (:year, cast(:yearMap as date)), (:previous, cast(:previousMap as date))) as m(year, day)
				  on m.year = p.year
				join activity_partner_provinces ap on ap.activity_id = a.id
				join provinces pr on pr.id = ap.province_id
				""" + "\n" + ProvinceLineage.joinUnitOnMap("t", "pr", "m.day") + "\n" + """
				 where """ + "\n" + CARRIED_OUT + " and " + scope.activities() + " and "
				+ scope.partnerProvinces("ap.province_id") + "\n" + """

				 group by 1""";
		return query(sql, scope).param("year", year)
			.param("yearMap", ProvincePeriod.forYear(year).firstDay())
			.param("previous", year - 1)
			.param("previousMap", ProvincePeriod.forYear(year - 1).firstDay())
			.query((rs, n) -> Map.entry(rs.getInt("year"), rs.getLong("provinces")))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Activities carried out (cancelled ones are not) per province tile, each counted on the units of the map it
	 * stands for through the merger links ({@link ProvinceLineage}): a pre-merger unit for its successor on the
	 * 34-unit map, a 2025 unit for every unit it was formed from on the 63-unit map. Coloured by an indicator, a
	 * tile holds the approved actuals reported for its province, combined by the indicator's aggregation (a rate is
	 * averaged, never added up), with a 2025 unit's figures left off the 63-unit map (they cannot be split), and is
	 * marked when its province disputes one of them, by the year view's rule, in the same statement.
	 */
	private List<ProvinceTile> tiles(int year, ProvincePeriod map, ReadScope scope, Long indicator) {
		String sql = indicator == null ? """
				select t.id as unit, count(distinct a.id) as figure, false as lower_bound, false as disputed
				from activities a join plans p on p.id = a.plan_id
				join activity_partner_provinces ap on ap.activity_id = a.id
				join provinces pr on pr.id = ap.province_id
				""" + "\n" + ProvinceLineage.joinUnitOnMap("t", "pr") + "\n" + """
				 where p.year = :year and """ + "\n" + CARRIED_OUT + " and " + scope.activities() + " and "
				+ scope.partnerProvinces("ap.province_id") + "\n" + """

				 group by 1"""
				: """
				select t.id as unit,
				       figure_of_parts(i.aggregation, sum(counted.actual), avg(counted.actual)) as figure,
				       coalesce(bool_or(r.actual_is_lower_bound) filter (where counted.actual_counts), false)
				         as lower_bound,
				""" + CityFigures.disputedAmongCounted("r") + """
				 as disputed
				from yearly_results r join provinces pr on pr.id = r.province_id join indicators i on i.id = r.indicator_id
				""" + "\n" + ProvinceLineage.joinUnitOnMapForFigures("t", "pr") + "\n"
				+ CityFigures.joinCountedOnUnit("r", "t") + "\n" + """
				 where r.year = :year and r.status = 'APPROVED' and r.indicator_id = :indicator
				   and """ + "\n" + scope.partnerProvinces("r.province_id") + "\n" + """

				 group by 1, i.aggregation
				having count(counted.actual) > 0""";
		// A tile with no actual has no figure (having); a row with a target only still counts for the disputed mark,
		// as on the year view's line of the province.
		record Figure(BigDecimal value, boolean lowerBound, boolean disputed) {
		}
		Map<Long, Figure> figures = new HashMap<>();
		cityFigures(sql, scope).param(ProvinceLineage.MAP_DAY, map.firstDay())
			.param("year", year)
			.param("indicator", indicator)
			.query((rs, n) -> figures.put(rs.getLong("unit"),
					new Figure(rs.getBigDecimal("figure"), rs.getBoolean("lower_bound"), rs.getBoolean("disputed"))))
			.list();
		List<Province> units = this.provinces.findByValidFromOrderByName(map.firstDay());
		Map<Long, TileGrid.Cell> cells = TileGrid.layout(units);
		Map<Long, String> names = TileNames.of(units);
		double max = figures.values().stream().mapToDouble(f -> f.value().doubleValue()).max().orElse(0);
		// No activity is a count of 0; no approved figure is no figure, not a figure of 0.
		Figure none = new Figure(indicator == null ? BigDecimal.ZERO : null, false, false);
		return units.stream().map(p -> {
			TileGrid.Cell cell = cells.get(p.getId());
			Figure figure = figures.getOrDefault(p.getId(), none);
			double value = figure.value() == null ? 0 : figure.value().doubleValue();
			int shade = value <= 0 ? 0 : (int) Math.max(1, Math.ceil(5.0 * value / max));
			// A province officer opens only their own units' pages: the other tiles are not links.
			boolean linked = scope.wholeCity() || scope.provinces().contains(p.getId());
			return new ProvinceTile(p.getId(), p.getCode(), p.getNameVi(), p.getNameEn(), names.get(p.getId()),
					cell.column(), cell.row(), figure.value(), figure.lowerBound(), figure.disputed(), shade, linked);
		}).toList();
	}

	/**
	 * The past day on which a year's agreements in force are counted, its last, for the card's link to the
	 * agreements in force that day; null for the current year (and a later one), counted today.
	 */
	private static LocalDate agreementsDay(int year, LocalDate today) {
		LocalDate last = LocalDate.of(year, 12, 31);
		return last.isBefore(today) ? last : null;
	}

	/** Agreements in force on the last day of the year (today, for the current year), this year and last. */
	private Map<Integer, Long> agreementsInForce(int year, ReadScope scope, LocalDate today) {
		String sql = """
				select d.year, count(a.id) as agreements
				from (values (:year, cast(:day as date)), (:previous, cast(:previousDay as date))) as d(year, day)
				left join agreements a on coalesce(a.valid_from, a.signed_on) <= d.day
				  and (a.valid_to is null or a.valid_to >= d.day)
				  and (a.terminated_on is null or a.terminated_on > d.day)
				  and """ + "\n" + scope.agreements() + "\n" + """

				group by d.year""";
		return query(sql, scope).param("year", year)
			.param("previous", year - 1)
			.param("day", min(LocalDate.of(year, 12, 31), today))
			.param("previousDay", min(LocalDate.of(year - 1, 12, 31), today))
			.query((rs, n) -> Map.entry(rs.getInt("year"), rs.getLong("agreements")))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Each group's key indicator (its first in the catalogue) with the year's approved figures, by the one rule of
	 * {@link CityFigures}. A province officer counts only figures about their units.
	 */
	private List<KeyIndicator> keyIndicators(int year, ReadScope scope) {
		String sql = """
				with key as (select distinct on (group_id) id, group_id, name_vi, name_en, unit, direction,
				                    count_noun_vi, count_noun_en
				             from indicators order by group_id, id)
				select g.id as group_id, g.number, k.id as indicator_id, k.name_vi, k.name_en, k.unit, k.direction,
				       f.target, f.actual, coalesce(f.actual_is_lower_bound, false) as actual_is_lower_bound,
				       k.count_noun_vi, k.count_noun_en
				from cooperation_groups g join key k on k.group_id = g.id
				left join """ + "\n" + CityFigures.TABLE + "\n" + """
				 f on f.indicator_id = k.id and f.year = :year
				order by g.number""";
		return cityFigures(sql, scope).param("year", year)
			.query((rs, n) -> new KeyIndicator(rs.getLong("group_id"), rs.getInt("number"),
					rs.getLong("indicator_id"), rs.getString("name_vi"), rs.getString("name_en"), unit(rs),
					Direction.valueOf(rs.getString("direction")), decimal(rs, "target"), decimal(rs, "actual"),
					rs.getBoolean("actual_is_lower_bound")))
			.list();
	}

	/** An indicator's trend, before its figures are frozen. */
	private record TrendTally(Long id, String nameVi, String nameEn, UnitOfMeasure unit,
			Map<Integer, BigDecimal> actualByYear, java.util.Set<Integer> lowerBoundYears) {
	}

	/** The indicators with a 2021 baseline, and their approved actual every year since (city-wide figures). */
	private List<IndicatorTrend> indicatorTrends(ReadScope scope) {
		if (!scope.wholeCity()) {
			// City-wide totals are not about any one province.
			return List.of();
		}
		String sql = """
				select i.id, i.name_vi, i.name_en, i.unit, f.year, f.actual, f.actual_is_lower_bound, i.count_noun_vi,
				       i.count_noun_en
				from indicators i join """ + "\n" + CityFigures.TABLE + "\n" + """
				 f on f.indicator_id = i.id
				where f.actual is not null
				  and exists (select 1 from yearly_results b where b.indicator_id = i.id and b.year = 2021)
				order by i.id, f.year""";
		Map<Long, TrendTally> trends = new LinkedHashMap<>();
		cityFigures(sql, scope).query((rs, n) -> {
			TrendTally trend = trends.computeIfAbsent(rs.getLong("id"), id -> new TrendTally(id, text(rs, "name_vi"),
					text(rs, "name_en"), unitOf(rs), new TreeMap<>(), new TreeSet<>()));
			int year = rs.getInt("year");
			trend.actualByYear().put(year, decimal(rs, "actual"));
			if (rs.getBoolean("actual_is_lower_bound")) {
				trend.lowerBoundYears().add(year);
			}
			return trend;
		}).list();
		return trends.values()
			.stream()
			.map(t -> new IndicatorTrend(t.id(), t.nameVi(), t.nameEn(), t.unit(),
					Collections.unmodifiableMap(t.actualByYear()), Collections.unmodifiableSet(t.lowerBoundYears())))
			.toList();
	}

	/** Indicators reported per province, which the map can be coloured by. */
	private List<Dashboard.IndicatorChoice> provinceIndicators() {
		return this.jdbc.sql("""
				select i.id, i.name_vi, i.name_en, i.unit, i.count_noun_vi, i.count_noun_en from indicators i
				where exists (select 1 from yearly_results r where r.indicator_id = i.id and r.province_id is not null)
				order by i.id""")
			.query((rs, n) -> new Dashboard.IndicatorChoice(rs.getLong("id"), rs.getString("name_vi"),
					rs.getString("name_en"), unit(rs)))
			.list();
	}

	private JdbcClient.StatementSpec query(String sql, ReadScope scope) {
		return this.jdbc.sql(sql).params(scope.parameters());
	}

	/**
	 * Binds what {@link CityFigures} reads for the scope, with the scope's own conditions: approved figures, about
	 * its units only.
	 */
	private JdbcClient.StatementSpec cityFigures(String sql, ReadScope scope) {
		Map<String, Object> parameters = new HashMap<>();
		CityFigures.bind(parameters, scope, false);
		return query(sql, scope).params(parameters);
	}

	private static UnitOfMeasure unit(ResultSet rs) throws SQLException {
		return new UnitOfMeasure(IndicatorUnit.valueOf(rs.getString("unit")), rs.getString("count_noun_vi"),
				rs.getString("count_noun_en"));
	}

	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.stripTrailingZeros();
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	// Reading inside computeIfAbsent's function, which may not throw SQLException.

	private static String text(ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int number(ResultSet rs, String column) {
		try {
			return rs.getInt(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static UnitOfMeasure unitOf(ResultSet rs) {
		try {
			return unit(rs);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
