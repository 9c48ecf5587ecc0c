package vn.hanoi.cooperation.result;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

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
	 * Joins, as {@code covered}, the rows of {@code yearly_results} not to count for the yearly_results row alias
	 * {@code row} (V94's {@code result_rows_covered_by_successor}): a running total (LAST) reported for a unit of 1
	 * July 2025 covers the same department's rows of the units it was formed from. One set joined once, never a
	 * function asked row by row (18 s on 200,000 results). Reads what {@link #bind} binds.
	 */
	public static String joinCovered(String row) {
		return ("left join result_rows_covered_by_successor(:includeUnapproved, :restrictToProvinces,"
				+ " cast(:provinces as bigint[])) covered on covered.id = %s.id").formatted(row);
	}

	/**
	 * The SQL condition that the province row {@code row}, joined with {@link #joinCovered}, counts on the unit
	 * {@code unit} of a map ({@code ProvinceLineage.joinUnitOnMapForFigures}): not covered, except on a former
	 * unit's own map, where its rows stay its own.
	 */
	public static String countsOnUnit(String row, String unit) {
		return "(%2$s.id = %1$s.province_id or covered.id is null)".formatted(row, unit);
	}

	private CityFigures() {
	}

	/** Binds what {@link #TABLE} reads: approved figures only unless {@code includeUnapproved}. */
	public static void bind(Map<String, Object> parameters, Viewer viewer, boolean includeUnapproved) {
		parameters.put("includeUnapproved", includeUnapproved && !viewer.isProvince());
		parameters.put("restrictToProvinces", viewer.isProvince());
		parameters.put("provinces", array(viewer.isProvince() ? viewer.provinceLineage() : java.util.List.of()));
	}

	/** Passed as text and cast in SQL: a JDBC array is not portable through JPA's native queries. */
	private static String array(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

}
