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
	 * An SQL condition on a province row {@code row} of {@code yearly_results}, its province {@code province},
	 * counted on the unit {@code unit} of a map ({@code ProvinceLineage.joinUnitOnMapForFigures}): the database's
	 * {@code result_covered_by_successor} (V93), where a running total (LAST) reported for a unit of 1 July 2025
	 * covers the same department's rows of the units it was formed from. On a former unit's own map those rows stay
	 * its own. Only a row of a unit that ended during the row's year is looked up (the function runs once a row:
	 * read for every row of a year view it cost seconds on 200,000 results). Reads what {@link #bind} binds.
	 */
	public static String countsOnUnit(String row, String province, String unit) {
		return ("(%3$s.id = %1$s.province_id or %2$s.valid_to is null or extract(year from %2$s.valid_to) <> %1$s.year"
				+ " or not result_covered_by_successor(%1$s, :includeUnapproved, :restrictToProvinces,"
				+ " cast(:provinces as bigint[])))").formatted(row, province, unit);
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
