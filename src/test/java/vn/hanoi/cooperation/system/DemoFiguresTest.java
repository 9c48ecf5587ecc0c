package vn.hanoi.cooperation.system;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo records read as their narratives do: 2024 goods "trên 310.000 tấn" (not 432.800, its breakdown added
 * to it), farm products 56.000 (not 65.200). The expected figures are the demo file's own, read by hand.
 */
@PortalTest
class DemoFiguresTest {

	@Autowired
	JdbcConnectionDetails connection;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoFiguresAreTotalsWithTheirBreakdownInside() {
		JdbcTemplate db = DemoDatabase.load(this.jdbc, this.connection, this.flyway);
		Map<String, Object> goods = figure(db, "TM.SAN_LUONG_KET_NOI", 2024);
		assertThat((java.math.BigDecimal) goods.get("actual")).isEqualByComparingTo("310000");
		assertThat(goods.get("actual_is_lower_bound")).isEqualTo(true);
		Map<String, Object> farm = figure(db, "NN.TIEU_THU_NONG_SAN", 2024);
		assertThat((java.math.BigDecimal) farm.get("actual")).isEqualByComparingTo("56000");
		assertThat(farm.get("actual_is_lower_bound")).isEqualTo(false);
	}

	private static Map<String, Object> figure(JdbcTemplate db, String indicator, int year) {
		return db.queryForMap("""
				select f.actual, f.actual_is_lower_bound from result_city_figures(false, false, '{}') f
				join indicators i on i.id = f.indicator_id where i.code = ? and f.year = ?""", indicator, year);
	}

}
