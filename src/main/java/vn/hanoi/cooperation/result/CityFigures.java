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
