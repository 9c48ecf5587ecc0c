package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.group.CooperationGroups;
import vn.hanoi.cooperation.province.ProvinceLineage;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.system.VietnameseOrder;

/**
 * Builds the year view with a fixed number of statements whatever the data size: each indicator's figure per year
 * comes from {@link CityFigures} (a department's total, or its province rows where it has none), and the
 * breakdown by province ("trong đó") from the province rows; {@link FigureSeries} compares the years.
 * The read rule is the one {@link ResultAccess#canRead} states: a province sees its own approved figures only.
 * The province breakdown counts each unit on a map through the merger links ({@link ProvinceLineage}): on the year's
 * map a unit merged during or before the year rolls up to its successor, so that a 2025 province is compared with
 * the figures of the provinces it was formed from; a former unit's own report reads its own map instead.
 */
@Repository
public class ResultYearReport {

	/** Each indicator's city figure per year up to the year asked for. */
	private static final String CITY_FIGURES = "select f.indicator_id, f.year, f.target, f.actual,"
			+ " f.actual_is_lower_bound, f.disputed from " + CityFigures.TABLE + " f where f.year <= :year";

	/** Unapproved figures of the year, counted even when they are left out of the totals. */
	private static final String PENDING = """
			select r.indicator_id, count(*) as pending from yearly_results r
			 where r.year = :year and r.status <> 'APPROVED' group by r.indicator_id""";

	/**
	 * The breakdown by province: a province's own rows combined by the indicator's aggregation (V67's
	 * {@code figure_of_parts}), each counted on the unit of the map it stands for, where a new unit's running total
	 * covers the target or the actual of the units it was formed from, and a successor department's those of the
	 * departments that ended that year ({@link CityFigures#joinCountedOnUnit}).
	 */
	private static final String PROVINCE_FIGURES = """
			select r.indicator_id, r.year, u.id as province_id, u.name_vi, u.name_en,
			       figure_of_parts(i.aggregation, sum(counted.target), avg(counted.target)) as target,
			       figure_of_parts(i.aggregation, sum(counted.actual), avg(counted.actual)) as actual,
			       coalesce(bool_or(r.actual_is_lower_bound) filter (where counted.actual_counts), false)
			         as actual_is_lower_bound,
			""" + CityFigures.disputedAmongCounted("r") + """
			 as disputed
			  from yearly_results r
			  join indicators i on i.id = r.indicator_id
			  join provinces p on p.id = r.province_id
			""" + ProvinceLineage.joinUnitOnMapForFigures("u", "p") + "\n" + CityFigures.joinCountedOnUnit("r", "u")
			+ """
			 where r.year <= :year
			   and (not :restrictToProvinces or r.province_id in (:viewerProvinces))
			   and (r.status = 'APPROVED' or :all)
			 group by r.indicator_id, r.year, u.id, u.name_vi, u.name_en, i.aggregation""";

	/** One indicator's city figures of one year. */
	record CityFigureRow(long indicatorId, int year, BigDecimal target, BigDecimal actual, Boolean actualIsLowerBound,
			Boolean disputed) {

		YearFigures figures() {
			return ResultYearReport.figures(this.target, this.actual, this.actualIsLowerBound, this.disputed);
		}

	}

	/** How many of an indicator's figures of the year wait for approval. */
	record PendingRow(long indicatorId, int pending) {
	}

	/** One indicator's figures of one year about one province (a successor for the units merged into it). */
	record ProvinceFigureRow(long indicatorId, int year, long provinceId, String nameVi, String nameEn,
			BigDecimal target, BigDecimal actual, Boolean actualIsLowerBound, Boolean disputed) {

		YearFigures figures() {
			return ResultYearReport.figures(this.target, this.actual, this.actualIsLowerBound, this.disputed);
		}

	}

	private final JdbcClient jdbc;

	private final Indicators indicators;

	private final CooperationGroups groups;

	private final GroupYearNarratives narratives;

	ResultYearReport(JdbcClient jdbc, Indicators indicators, CooperationGroups groups,
			GroupYearNarratives narratives) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.groups = groups;
		this.narratives = narratives;
	}

	/**
	 * The year's report, its breakdown by province on the year's map; {@code includeUnapproved} adds drafts and
	 * submitted figures (never for a province).
	 */
	@Transactional(readOnly = true)
	public YearReport build(int year, Viewer viewer, boolean includeUnapproved) {
		return build(year, ReadScope.of(viewer), includeUnapproved, ProvincePeriod.forYear(year));
	}

	/** As {@link #build(int, Viewer, boolean)} with the breakdown by province on the units of {@code map}. */
	@Transactional(readOnly = true)
	public YearReport build(int year, Viewer viewer, boolean includeUnapproved, ProvincePeriod map) {
		return build(year, ReadScope.of(viewer), includeUnapproved, map);
	}

	/**
	 * As {@link #build(int, Viewer, boolean)} for whoever reads with {@code scope}: all that the report takes from
	 * its viewer, so that a report kept in memory under the scope is the one its query gives.
	 */
	@Transactional(readOnly = true)
	YearReport build(int year, ReadScope scope, boolean includeUnapproved) {
		return build(year, scope, includeUnapproved, ProvincePeriod.forYear(year));
	}

	private YearReport build(int year, ReadScope scope, boolean includeUnapproved, ProvincePeriod map) {
		boolean all = includeUnapproved && scope.wholeCity();
		Map<Long, FigureSeries> totals = new HashMap<>();
		Map<Long, Map<Long, FigureSeries>> byProvince = new HashMap<>();
		Map<Long, String[]> provinceNames = new HashMap<>();
		Map<Long, Integer> pending = new HashMap<>();
		List<Indicator> catalogue = this.indicators.findAllOrdered();
		Map<Long, Indicator> indicatorsById = new HashMap<>();
		catalogue.forEach(i -> indicatorsById.put(i.getId(), i));

		// The city's figures: a department's total and its breakdown by province are not added together.
		Map<String, Object> cityParameters = new HashMap<>();
		cityParameters.put("year", year);
		CityFigures.bind(cityParameters, scope, all);
		for (CityFigureRow row : this.jdbc.sql(CITY_FIGURES).params(cityParameters).query(CityFigureRow.class).list()) {
			Indicator indicator = indicatorsById.get(row.indicatorId());
			totals.computeIfAbsent(indicator.getId(), id -> series(indicator)).put(row.year(), row.figures());
		}
		if (scope.wholeCity()) {
			this.jdbc.sql(PENDING).param("year", year).query(PendingRow.class).list()
				.forEach(row -> pending.put(row.indicatorId(), row.pending()));
		}
		for (ProvinceFigureRow row : this.jdbc.sql(PROVINCE_FIGURES)
			.params(cityParameters)
			.params(scope.parameters())
			.param(ProvinceLineage.MAP_DAY, map.firstDay())
			.param("all", all)
			.param("restrictToProvinces", !scope.wholeCity())
			.query(ProvinceFigureRow.class)
			.list()) {
			Indicator indicator = indicatorsById.get(row.indicatorId());
			provinceNames.put(row.provinceId(), new String[] { row.nameVi(), row.nameEn() });
			byProvince.computeIfAbsent(indicator.getId(), id -> new LinkedHashMap<>())
				.computeIfAbsent(row.provinceId(), id -> series(indicator))
				.put(row.year(), row.figures());
		}

		Map<Long, YearReport.Narrative> narrativeByGroup = new HashMap<>();
		if (scope.wholeCity()) {
			this.narratives.findByYear(year)
				.forEach(n -> narrativeByGroup.put(n.getGroup().getId(), YearReport.Narrative.of(n)));
		}
		Map<Long, List<YearReport.IndicatorLine>> linesByGroup = new LinkedHashMap<>();
		for (Indicator indicator : catalogue) {
			FigureSeries series = totals.get(indicator.getId());
			int pendingCount = pending.getOrDefault(indicator.getId(), 0);
			FigureLine total = series == null ? null : series.line(year);
			if ((total == null || !total.hasFigures()) && pendingCount == 0) {
				continue;
			}
			if (total == null) {
				total = new FigureSeries(indicator.getAggregation(), indicator.getDirection()).line(year);
			}
			total = withPending(total, pendingCount);
			List<YearReport.ProvinceLine> provinces = new ArrayList<>();
			byProvince.getOrDefault(indicator.getId(), Map.of()).forEach((provinceId, provinceSeries) -> {
				FigureLine line = provinceSeries.line(year);
				if (line.target() != null || line.actual() != null) {
					String[] names = provinceNames.get(provinceId);
					provinces.add(new YearReport.ProvinceLine(provinceId, names[0], names[1], line));
				}
			});
			provinces.sort(VietnameseOrder.by(YearReport.ProvinceLine::nameVi));
			linesByGroup.computeIfAbsent(indicator.getGroup().getId(), id -> new ArrayList<>())
				.add(new YearReport.IndicatorLine(YearReport.IndicatorFacts.of(indicator), total, provinces));
		}
		List<YearReport.GroupSection> sections = new ArrayList<>();
		for (CooperationGroup group : this.groups.findAllByOrderByNumber()) {
			sections.add(new YearReport.GroupSection(YearReport.Group.of(group),
					linesByGroup.getOrDefault(group.getId(), List.of()), narrativeByGroup.get(group.getId())));
		}
		return new YearReport(year, all, sections);
	}

	private static FigureSeries series(Indicator indicator) {
		return new FigureSeries(indicator.getAggregation(), indicator.getDirection());
	}

	private static FigureLine withPending(FigureLine line, int pending) {
		return new FigureLine(line.target(), line.actual(), line.lowerBound(), line.percentOfTarget(), line.reached(),
				line.previousYear(), line.previous(), line.previousLowerBound(), line.change(), line.periodValue(),
				line.periodLowerBound(), line.periodFrom(), line.disputed(), pending);
	}

	/** Figures kept to two decimals, as the pages show them. */
	private static YearFigures figures(BigDecimal target, BigDecimal actual, Boolean lowerBound, Boolean disputed) {
		return new YearFigures(scaled(target), scaled(actual), Boolean.TRUE.equals(lowerBound),
				Boolean.TRUE.equals(disputed), 0);
	}

	private static BigDecimal scaled(BigDecimal value) {
		return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
	}

}
