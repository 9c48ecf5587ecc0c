package vn.hanoi.cooperation.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.result.CityFigures;

/** An indicator's city figures per year through {@link CityFigures}, the one way the pages read them. */
@Repository
class ApiFigureReads {

	private final JdbcClient jdbc;

	ApiFigureReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The indicator (every reader may see the catalogue) with its approved figures, oldest year first. */
	@Transactional(readOnly = true)
	Optional<ApiIndicatorFigures> find(Long indicatorId, Viewer viewer) {
		Optional<ApiIndicator> indicator = this.jdbc
			.sql("select " + ApiIndicator.COLUMNS + " from indicators i where i.id = :id")
			.param("id", indicatorId)
			.query((rs, n) -> ApiIndicator.of(rs))
			.optional();
		if (indicator.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("indicator", indicatorId);
		CityFigures.bind(parameters, viewer, false);
		List<ApiIndicatorFigures.Year> years = this.jdbc.sql("""
				select f.year, f.target, f.actual,
				       coalesce(f.actual_is_lower_bound, false) as actual_is_lower_bound,
				       coalesce(f.disputed, false) as disputed
				  from """ + " " + CityFigures.TABLE + """
				       f
				 where f.indicator_id = :indicator and (f.target is not null or f.actual is not null)
				 order by f.year""")
			.params(parameters)
			.query((rs, n) -> new ApiIndicatorFigures.Year(rs.getInt("year"), rs.getBigDecimal("target"),
					rs.getBigDecimal("actual"), rs.getBoolean("actual_is_lower_bound"), rs.getBoolean("disputed")))
			.list();
		return Optional.of(new ApiIndicatorFigures(indicator.get(), years));
	}

}
