package vn.hanoi.cooperation.dashboard;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import vn.hanoi.cooperation.result.UnitOfMeasure;

/** An indicator's approved actual per year, for the trend since the 2021 baseline, and the years it is a lower bound. */
public record IndicatorTrend(Long indicatorId, String nameVi, String nameEn, UnitOfMeasure unit,
		Map<Integer, BigDecimal> actualByYear, Set<Integer> lowerBoundYears) implements Named {

	public BigDecimal actual(int year) {
		return this.actualByYear.get(year);
	}

	/** "trên 300.000": the year's figure is a lower bound. */
	public boolean lowerBound(int year) {
		return this.lowerBoundYears.contains(year);
	}

}
