package vn.hanoi.cooperation.dashboard;

import java.math.BigDecimal;
import java.util.Map;

import vn.hanoi.cooperation.result.IndicatorUnit;

/** An indicator's approved actual per year, for the trend since the 2021 baseline. */
public record IndicatorTrend(Long indicatorId, String nameVi, String nameEn, IndicatorUnit unit,
		Map<Integer, BigDecimal> actualByYear) implements Named {

	public BigDecimal actual(int year) {
		return this.actualByYear.get(year);
	}

}
