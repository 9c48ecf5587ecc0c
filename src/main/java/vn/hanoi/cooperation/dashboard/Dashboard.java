package vn.hanoi.cooperation.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.hanoi.cooperation.activity.DeadlineStatus;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.result.UnitOfMeasure;

/**
 * Everything the dashboard page shows for one year, computed by SQL aggregation in a few statements.
 * {@code agreementsInForceOn} is the past day the agreements in force were counted on (a past year's last day),
 * null when they were counted today.
 */
public record Dashboard(int year, List<Integer> years, StatusCounts thisYear, StatusCounts lastYear,
		long provincesEngaged, long provincesEngagedLastYear, List<GroupRow> groups, List<DepartmentRow> departments,
		List<OverdueActivity> mostOverdue, List<ProvinceTile> tiles, ProvincePeriod map, BigDecimal maxTileFigure,
		List<TrendPoint> trend, long agreementsInForce, long agreementsInForceLastYear, LocalDate agreementsInForceOn,
		List<KeyIndicator> keyIndicators, List<IndicatorTrend> indicatorTrends, List<IndicatorChoice> indicators,
		Long colouredBy) {

	/** An indicator the map can be coloured by, and the unit its figures are in. */
	public record IndicatorChoice(Long id, String nameVi, String nameEn, UnitOfMeasure unit) implements Named {
	}

	/** The indicator the map is coloured by, or null when it counts activities. */
	public IndicatorChoice colouring() {
		return this.indicators.stream().filter(i -> i.id().equals(this.colouredBy)).findFirst().orElse(null);
	}

	/** The same figures with these departments marked as the viewer's own (staff see theirs highlighted). */
	public Dashboard markingOwn(java.util.Set<Long> ownDepartments) {
		if (ownDepartments.isEmpty()) {
			return this;
		}
		List<DepartmentRow> marked = this.departments.stream()
			.map(d -> new DepartmentRow(d.id(), d.nameVi(), d.nameEn(), d.validTo(), d.counts(),
					ownDepartments.contains(d.id())))
			.toList();
		return new Dashboard(this.year, this.years, this.thisYear, this.lastYear, this.provincesEngaged,
				this.provincesEngagedLastYear, this.groups, marked, this.mostOverdue, this.tiles, this.map,
				this.maxTileFigure, this.trend, this.agreementsInForce, this.agreementsInForceLastYear,
				this.agreementsInForceOn, this.keyIndicators, this.indicatorTrends, this.indicators, this.colouredBy);
	}

	public KeyIndicator keyIndicatorOf(Long groupId) {
		return this.keyIndicators.stream().filter(k -> k.groupId().equals(groupId)).findFirst().orElse(null);
	}

	public List<KeyIndicator> keyIndicatorsWithFigures() {
		return this.keyIndicators.stream().filter(KeyIndicator::hasFigures).toList();
	}

	/** The statuses in the order the stacked bars draw them, from done to late. */
	public static final List<DeadlineStatus> BAR_ORDER = List.of(DeadlineStatus.COMPLETED_ON_TIME,
			DeadlineStatus.COMPLETED_LATE, DeadlineStatus.ON_TRACK, DeadlineStatus.NOT_STARTED, DeadlineStatus.NO_DEADLINE,
			DeadlineStatus.OVERDUE);

	public record GroupRow(Long id, int number, String nameVi, String nameEn, StatusCounts counts) implements Named {
	}

	/** A department's activities; {@code validTo} when it ended (1 March 2025), to tell it from its successor. */
	public record DepartmentRow(Long id, String nameVi, String nameEn, LocalDate validTo, StatusCounts counts,
			boolean own)
			implements Named {
	}

	public record OverdueActivity(Long id, String title, String departmentVi, String departmentEn, long daysOverdue) {
	}

	public record TrendPoint(int year, StatusCounts counts) {
	}

	/** Colour-blind-safe fills (Okabe–Ito) for each deadline status, with a text label beside every use. */
	public static final Map<DeadlineStatus, String> FILLS = Map.of(DeadlineStatus.COMPLETED_ON_TIME, "#0072B2",
			DeadlineStatus.COMPLETED_LATE, "#E69F00", DeadlineStatus.ON_TRACK, "#56B4E9", DeadlineStatus.NOT_STARTED,
			"#CC79A7", DeadlineStatus.NO_DEADLINE, "#999999", DeadlineStatus.OVERDUE, "#D55E00", DeadlineStatus.CANCELLED, "#DDDDDD");

	/** One coloured piece of a stacked bar, in a 0–100 wide coordinate space. */
	public record Segment(DeadlineStatus status, long count, double x, double width) {
	}

	/** The pieces of a stacked bar for these counts, scaled so that {@code max} fills the width. */
	public List<Segment> segments(StatusCounts counts, long max) {
		List<Segment> segments = new java.util.ArrayList<>();
		double x = 0;
		for (DeadlineStatus status : BAR_ORDER) {
			long count = counts.get(status);
			if (count > 0 && max > 0) {
				double width = 100.0 * count / max;
				segments.add(new Segment(status, count, x, width));
				x += width;
			}
		}
		return segments;
	}

	/** Height of a year's bar in the trend chart, out of 100. */
	public double trendHeight(TrendPoint point) {
		long max = maxTrendTotal();
		return max == 0 ? 0 : 100.0 * point.counts().active() / max;
	}

	public int mapWidth() {
		return this.tiles.stream().mapToInt(ProvinceTile::x).max().orElse(0) + ProvinceTile.SIZE;
	}

	public int mapHeight() {
		return this.tiles.stream().mapToInt(ProvinceTile::y).max().orElse(0) + ProvinceTile.SIZE;
	}

	/** Whether a tile's figure is disputed by its province: the legend then says what the tiles' mark means. */
	public boolean anyTileDisputed() {
		return this.tiles.stream().anyMatch(ProvinceTile::disputed);
	}

	/**
	 * The shades the legend explains: only the grey of "none" while no tile has a figure, where every other step
	 * would read "> 0".
	 */
	public List<Integer> legendShades() {
		return this.maxTileFigure.signum() == 0 ? List.of(0) : List.of(0, 1, 2, 3, 4, 5);
	}

	/**
	 * The query of this dashboard at another year or map, still coloured by its indicator when one colours it
	 * ({@code ?year=2025&map=UNITS_2008&indicator=6}): the year buttons, the map buttons and the trend table's years.
	 */
	public String queryAt(int year, ProvincePeriod map) {
		IndicatorChoice colouring = colouring();
		return "?year=" + year + "&map=" + map.name() + (colouring == null ? "" : "&indicator=" + colouring.id());
	}

	/** Sequential blues, light to dark; tiles without activity stay grey. */
	public String shadeFill(int shade) {
		return List.of("#EEEEEE", "#DEEBF7", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C").get(shade);
	}

	/** The smallest number of activities each shade stands for, for the legend. */
	public long shadeFrom(int shade) {
		return shade <= 1 ? shade : (long) Math.floor(this.maxTileFigure.longValue() * (shade - 1) / 5.0) + 1;
	}

	/**
	 * The figure each shade of an indicator stands for values above, for the legend ("> 12,5"): shade s holds the
	 * figures above (s − 1) fifths of the largest. Cut to two decimals, so the legend never claims more than is so.
	 */
	public BigDecimal shadeAbove(int shade) {
		return this.maxTileFigure.multiply(BigDecimal.valueOf(shade - 1L))
			.divide(BigDecimal.valueOf(5), 2, RoundingMode.DOWN)
			.stripTrailingZeros();
	}

	public List<DeadlineStatus> barOrder() {
		return BAR_ORDER;
	}

	public String fill(DeadlineStatus status) {
		return FILLS.get(status);
	}

	public long maxGroupTotal() {
		return this.groups.stream().mapToLong(g -> g.counts().active()).max().orElse(0);
	}

	public long maxDepartmentTotal() {
		return this.departments.stream().mapToLong(d -> d.counts().active()).max().orElse(0);
	}

	public long maxTrendTotal() {
		return this.trend.stream().mapToLong(t -> t.counts().active()).max().orElse(0);
	}

	/** Groups whose completion lags: overdue work, or under half completed. */
	public List<GroupRow> groupsBehind() {
		return this.groups.stream()
			.filter(g -> g.counts().overdue() > 0)
			.sorted((a, b) -> Long.compare(b.counts().overdue(), a.counts().overdue()))
			.toList();
	}

}
