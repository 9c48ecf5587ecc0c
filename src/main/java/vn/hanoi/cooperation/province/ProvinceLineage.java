package vn.hanoi.cooperation.province;

/**
 * The merger links as SQL reads them, in one place: on which unit of a map a record naming a unit is counted. A
 * unit of the 63 counts on the 34-unit map for its successor; a unit of 1 July 2025 counts on the 63-unit map for
 * each unit it was formed from (An Giang of 2025 for An Giang and Kiên Giang), never for the old unit that happened
 * to hold its code. A unit of the map itself counts for itself.
 */
public final class ProvinceLineage {

	/** The name of the date parameter a query binds to the first day of the map ({@link ProvincePeriod#firstDay()}). */
	public static final String MAP_DAY = "mapDay";

	private ProvinceLineage() {
	}

	/**
	 * A join that adds {@code unit}, each unit of the map (valid from {@code :mapDay}) that the unit {@code named}
	 * of a record counts for.
	 */
	public static String joinUnitOnMap(String unit, String named) {
		return joinUnitOnMap(unit, named, ":" + MAP_DAY);
	}

	/** As {@link #joinUnitOnMap(String, String)} on the map that starts on {@code mapDay}, an SQL date expression. */
	public static String joinUnitOnMap(String unit, String named, String mapDay) {
		return """
				join provinces %1$s on %1$s.valid_from = %3$s
				  and (%1$s.id = %2$s.id or %1$s.id = %2$s.successor_id or %1$s.successor_id = %2$s.id)"""
			.formatted(unit, named, mapDay);
	}

	/**
	 * As {@link #joinUnitOnMap(String, String)} for a figure that adds up: a former unit's figure counts for its
	 * successor, but a unit of 1 July 2025 counts for none of the units it was formed from, since its figure cannot
	 * be split among them (copied onto each, An Giang's tonnes would be counted once more for Kiên Giang).
	 */
	public static String joinUnitOnMapForFigures(String unit, String named) {
		return """
				join provinces %1$s on %1$s.valid_from = :%3$s
				  and (%1$s.id = %2$s.id or %1$s.id = %2$s.successor_id)"""
			.formatted(unit, named, MAP_DAY);
	}

}
