package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An indicator's figures year by year, and the comparisons the year view draws from them. */
final class FigureSeries {

	private final Aggregation aggregation;

	private final Direction direction;

	private final TreeMap<Integer, YearFigures> years = new TreeMap<>();

	FigureSeries(Aggregation aggregation, Direction direction) {
		this.aggregation = aggregation;
		this.direction = direction;
	}

	FigureSeries put(int year, YearFigures figures) {
		this.years.put(year, figures);
		return this;
	}

	BigDecimal actual(int year) {
		YearFigures f = this.years.get(year);
		return f == null ? null : f.actual();
	}

	BigDecimal target(int year) {
		YearFigures f = this.years.get(year);
		return f == null ? null : f.target();
	}

	/** The year to compare with: the year before, or for a running total the latest earlier year with a value. */
	Integer previousYear(int year) {
		if (!this.aggregation.carriesForward()) {
			return year - 1;
		}
		for (Map.Entry<Integer, YearFigures> e : this.years.headMap(year, false).descendingMap().entrySet()) {
			if (actual(e.getKey()) != null) {
				return e.getKey();
			}
		}
		return null;
	}

	/** The value from the first year with a figure up to this one, by the aggregation. */
	BigDecimal periodValue(int year) {
		List<BigDecimal> values = new ArrayList<>();
		for (Integer y : this.years.headMap(year, true).keySet()) {
			values.add(actual(y));
		}
		return this.aggregation.overYears(values);
	}

	/**
	 * Whether the value over the years is a lower bound: a sum or an average that includes one is itself one ("trên
	 * 610.000"); a running total is as bounded as its latest value; a sum that misses a year since its first figure
	 * is one too (803 in 2021 and 912 in 2024, nothing in between: "trên 1.715").
	 */
	boolean periodLowerBound(int year) {
		List<YearFigures> counted = this.years.headMap(year, true)
			.values()
			.stream()
			.filter(f -> f.actual() != null)
			.toList();
		if (counted.isEmpty()) {
			return false;
		}
		if (this.aggregation.missingYearLeavesALowerBound()) {
			for (int y = periodFrom(year); y <= year; y++) {
				if (actual(y) == null) {
					return true;
				}
			}
		}
		return this.aggregation.carriesForward() ? counted.get(counted.size() - 1).lowerBound()
				: counted.stream().anyMatch(YearFigures::lowerBound);
	}

	Integer periodFrom(int year) {
		return this.years.headMap(year, true).keySet().stream().filter(y -> actual(y) != null).findFirst().orElse(null);
	}

	FigureLine line(int year) {
		YearFigures now = this.years.get(year);
		BigDecimal target = target(year);
		BigDecimal actual = actual(year);
		BigDecimal percent = null;
		Boolean reached = null;
		if (target != null && actual != null) {
			reached = this.direction.reached(actual, target);
			percent = PercentOfTarget.of(actual, target);
		}
		Integer previousYear = previousYear(year);
		BigDecimal previous = previousYear == null ? null : actual(previousYear);
		YearFigures before = previousYear == null ? null : this.years.get(previousYear);
		boolean lowerBound = now != null && actual != null && now.lowerBound();
		boolean previousLowerBound = before != null && previous != null && before.lowerBound();
		return new FigureLine(target, actual, lowerBound, percent, reached, previousYear, previous, previousLowerBound,
				YearChange.between(previous, previousLowerBound, actual, lowerBound, this.direction), periodValue(year),
				periodLowerBound(year), periodFrom(year), now != null && now.disputed(), now == null ? 0 : now.pending());
	}

}
