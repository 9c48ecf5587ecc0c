package vn.hanoi.cooperation.api;

import java.sql.ResultSet;
import java.sql.SQLException;

import vn.hanoi.cooperation.result.Aggregation;
import vn.hanoi.cooperation.result.Direction;
import vn.hanoi.cooperation.result.IndicatorUnit;

/**
 * An indicator as the API gives it: its unit (a count names what it counts in {@code countNounVi/En}), how its
 * figures combine ({@code aggregation}) and whether more is better ({@code direction}). The portal keeps one unit
 * per indicator, the one every page of every year shows.
 */
record ApiIndicator(Long id, String code, String nameVi, String nameEn, IndicatorUnit unit, String countNounVi,
		String countNounEn, Aggregation aggregation, Direction direction, Long groupId) {

	/** The columns {@link #of} reads, from table alias {@code i}. */
	static final String COLUMNS = """
			i.id as indicator_id, i.code as indicator_code, i.name_vi as indicator_name_vi,
			i.name_en as indicator_name_en, i.unit, i.count_noun_vi, i.count_noun_en, i.aggregation, i.direction,
			i.group_id""";

	static ApiIndicator of(ResultSet rs) throws SQLException {
		return new ApiIndicator(rs.getLong("indicator_id"), rs.getString("indicator_code"),
				rs.getString("indicator_name_vi"), rs.getString("indicator_name_en"),
				IndicatorUnit.valueOf(rs.getString("unit")), rs.getString("count_noun_vi"),
				rs.getString("count_noun_en"), Aggregation.valueOf(rs.getString("aggregation")),
				Direction.valueOf(rs.getString("direction")), rs.getLong("group_id"));
	}

}
