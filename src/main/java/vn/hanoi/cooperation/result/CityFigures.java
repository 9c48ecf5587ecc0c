package vn.hanoi.cooperation.result;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Viewer;

/**
 * The one way every reader (year view, dashboard, reports) gets an indicator's figure for a year: the database's
 * {@code result_city_figures} (V67), where a department's total and its breakdown by province are never added
 * together, rounded to two decimals (V88) as every page shows them. A province officer gets the figures of the rows
 * about their own units only.
 */
public final class CityFigures {

	/** A table of (indicator_id, year, target, actual, actual_is_lower_bound, disputed), for a FROM clause. */
	public static final String TABLE = "result_city_figures(:includeUnapproved, :restrictToProvinces, "
			+ "cast(:provinces as bigint[]))";

	/**
	 * Joins, as {@code counted}, what the province row {@code row} (a yearly_results alias) counts on the unit
	 * {@code unit} of a map ({@code ProvinceLineage.joinUnitOnMapForFigures}), where the departments' rows are added
	 * up: {@code counted.target} and {@code counted.actual}, each null where {@code result_rows_covered_by_successor}
	 * covers it (V96, V100: a running total (LAST) reported for a unit of 1 July 2025 covers the same department's
	 * rows of the units it was formed from, and a successor department's covers the rows of the departments that
	 * ended that year (1 March 2025) for the same unit or the units it was formed from; its actual their actuals and
	 * its target their targets), and {@code counted.actual_counts}, which the row's "lower bound" and "disputed" marks
	 * go with. On a former unit's own map its rows stay its own, but for the successor department's row of that same
	 * unit. The set is joined once, never a function asked row by row (18 s on 200,000 results). Reads what
	 * {@link #bind} binds.
	 */
	public static String joinCountedOnUnit(String row, String unit) {
		return """
				left join result_rows_covered_by_successor(:includeUnapproved, :restrictToProvinces,
				                                           cast(:provinces as bigint[])) covered on covered.id = %1$s.id
				cross join lateral (
				  select case when %2$s.id <> %1$s.province_id then covered.covers_target_in_sums
				              else covered.covers_target_on_own_unit end as target,
				         case when %2$s.id <> %1$s.province_id then covered.covers_actual_in_sums
				              else covered.covers_actual_on_own_unit end as actual) covers
				cross join lateral (
				  select case when covers.target then null else %1$s.target end as target,
				         case when covers.actual then null else %1$s.actual end as actual,
				         covers.actual is not true as actual_counts) counted
				""".formatted(row, unit);
	}

	/**
	 * Whether a partner province's current answer disputes one of the rows {@code row} (a yearly_results alias)
	 * counted on a unit through {@link #joinCountedOnUnit}, for a {@code group by} over them: the one rule of the year
	 * view's breakdown and the dashboard's map. The mark goes with the actual, as in the city figures (V101): a row
	 * whose actual a successor's row covers does not make the figure disputed.
	 */
	public static String disputedAmongCounted(String row) {
		return """
				coalesce(bool_or(exists (select 1 from province_confirmations pc
				                         where pc.result_id = %1$s.id and pc.status = 'DISPUTED'))
				           filter (where counted.actual_counts), false)""".formatted(row);
	}

	private CityFigures() {
	}

	/** Binds what {@link #TABLE} reads: approved figures only unless {@code includeUnapproved}. */
	public static void bind(Map<String, Object> parameters, Viewer viewer, boolean includeUnapproved) {
		bind(parameters, ReadScope.of(viewer), includeUnapproved);
	}

	/**
	 * Binds what {@link #TABLE} reads for {@code scope}: approved figures only unless {@code includeUnapproved}
	 * (never for a province), about the scope's units only.
	 */
	public static void bind(Map<String, Object> parameters, ReadScope scope, boolean includeUnapproved) {
		parameters.put("includeUnapproved", includeUnapproved && scope.wholeCity());
		parameters.put("restrictToProvinces", !scope.wholeCity());
		parameters.put("provinces", array(scope.provinces()));
	}

	/** Passed as text and cast in SQL: a JDBC array is not portable through JPA's native queries. */
	private static String array(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

}
