package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Totals follow each indicator's aggregation: a flow adds up, a running total keeps its latest value, a rate averages. */
class ResultAggregationTest {

	@Test
	void aSumIndicatorAddsItsDepartmentsAndItsYears() {
		FigureSeries hired = new FigureSeries(Aggregation.SUM, Direction.HIGHER)
			.put(2021, YearFigures.of(null, d("803")))
			.put(2024, YearFigures.of(d("1200"), d("1000")))
			.put(2025, YearFigures.of(d("1400"), d("1500")));
		FigureLine line = hired.line(2025);
		assertThat(line.actual()).isEqualByComparingTo("1500");
		assertThat(line.target()).isEqualByComparingTo("1400");
		assertThat(line.percentOfTarget()).isEqualByComparingTo("107.1");
		assertThat(line.reached()).isTrue();
		assertThat(line.previousYear()).isEqualTo(2024);
		assertThat(line.previous()).isEqualByComparingTo("1000");
		assertThat(line.change().amount()).isEqualByComparingTo("500");
		assertThat(line.change().percent()).isEqualByComparingTo("50.0");
		assertThat(line.change().improved()).isTrue();
		// 803 + 1000 + 1500: the missing years 2022 and 2023 add nothing, they are not zeros either, so the sum is
		// at least that ("trên 3.303"), never shown as exact.
		assertThat(line.periodValue()).isEqualByComparingTo("3303");
		assertThat(line.periodFrom()).isEqualTo(2021);
		assertThat(line.periodLowerBound()).isTrue();
		assertThat(hired.line(2021).periodLowerBound()).isFalse();
		// Every year since the first: exact.
		FigureSeries everyYear = new FigureSeries(Aggregation.SUM, Direction.HIGHER)
			.put(2024, YearFigures.of(null, d("1000")))
			.put(2025, YearFigures.of(null, d("1500")));
		assertThat(everyYear.line(2025).periodLowerBound()).isFalse();
		// An average of the years that have a figure is what it says.
		FigureSeries rate = new FigureSeries(Aggregation.AVERAGE, Direction.HIGHER)
			.put(2021, YearFigures.of(null, d("80")))
			.put(2024, YearFigures.of(null, d("90")));
		assertThat(rate.line(2024).periodLowerBound()).isFalse();
	}

	@Test
	void aRunningTotalIsNeverSummedOverYearsAndCarriesOverAMissingYear() {
		FigureSeries inForce = new FigureSeries(Aggregation.LAST, Direction.HIGHER)
			.put(2022, YearFigures.of(null, d("8")))
			.put(2023, YearFigures.of(null, d("11")))
			.put(2025, YearFigures.of(null, d("15")));
		FigureLine line = inForce.line(2025);
		// The year's city figure: two departments' running totals, added up in SQL (V67).
		assertThat(line.actual()).isEqualByComparingTo("15");
		// 2024 is missing: the comparison is with the latest figure, 2023's.
		assertThat(line.previousYear()).isEqualTo(2023);
		assertThat(line.previous()).isEqualByComparingTo("11");
		assertThat(line.change().amount()).isEqualByComparingTo("4");
		assertThat(line.periodValue()).as("the latest value, not 8 + 11 + 15").isEqualByComparingTo("15");
		assertThat(inForce.periodValue(2024)).isEqualByComparingTo("11");
	}

	@Test
	void aFlowWhosePreviousYearIsMissingHasNoChange() {
		FigureSeries goods = new FigureSeries(Aggregation.SUM, Direction.HIGHER)
			.put(2021, YearFigures.of(null, d("300000")))
			.put(2025, YearFigures.of(d("250000"), d("320000")));
		FigureLine line = goods.line(2025);
		assertThat(line.previousYear()).isEqualTo(2024);
		assertThat(line.previous()).isNull();
		assertThat(line.change()).isNull();
		assertThat(line.periodValue()).isEqualByComparingTo("620000");
	}

	@Test
	void anAverageIndicatorAveragesItsPartsAndItsYearsWithFiguresOnly() {
		FigureSeries late = new FigureSeries(Aggregation.AVERAGE, Direction.LOWER)
			.put(2023, YearFigures.of(d("8"), d("10")))
			.put(2025, YearFigures.of(d("8"), d("7")));
		FigureLine line = late.line(2025);
		assertThat(line.actual()).isEqualByComparingTo("7");
		assertThat(line.target()).isEqualByComparingTo("8");
		assertThat(line.reached()).as("lower is better: 7% late against a target of 8%").isTrue();
		assertThat(line.previous()).as("2024 is missing and a rate is not carried over").isNull();
		assertThat(line.periodValue()).as("(10 + 7) / 2, 2024 left out").isEqualByComparingTo("8.5");
		FigureLine worse = new FigureSeries(Aggregation.AVERAGE, Direction.LOWER)
			.put(2024, YearFigures.of(null, d("5")))
			.put(2025, YearFigures.of(null, d("7")))
			.line(2025);
		assertThat(worse.change().amount()).isEqualByComparingTo("2");
		assertThat(worse.change().improved()).as("more late coaches is worse").isFalse();
	}

	@Test
	void aYearWithoutAnyFigureHasNothingToShow() {
		FigureSeries empty = new FigureSeries(Aggregation.SUM, Direction.HIGHER)
			.put(2025, YearFigures.of(null, null));
		assertThat(empty.line(2025).hasFigures()).isFalse();
		assertThat(empty.line(2025).percentOfTarget()).isNull();
	}

	@Test
	void aTargetOfZeroGivesNoPercentage() {
		FigureLine line = new FigureSeries(Aggregation.SUM, Direction.HIGHER).put(2025, YearFigures.of(d("0"), d("3")))
			.line(2025);
		assertThat(line.percentOfTarget()).isNull();
		assertThat(line.reached()).isTrue();
	}

	@Test
	void figuresAreReadAndWrittenTheVietnameseWay() {
		assertThat(Figures.parse("300.000")).contains(d("300000"));
		assertThat(Figures.parse("1,5")).contains(d("1.5"));
		assertThat(Figures.parse(" 2.818 ")).contains(d("2818"));
		assertThat(Figures.parse("144")).contains(d("144"));
		assertThat(Figures.parse("")).isEmpty();
		for (String wrong : new String[] { "1.5", "-3", "12,345", "1.2345", "abc", "1,5,5" }) {
			org.assertj.core.api.Assertions.assertThatExceptionOfType(NumberFormatException.class)
				.as(wrong)
				.isThrownBy(() -> Figures.parse(wrong));
		}
		assertThat(Figures.format(d("300000"))).isEqualTo("300.000");
		assertThat(Figures.format(d("1.50"))).isEqualTo("1,5");
	}

	@Test
	void aPeriodThatIncludesALowerBoundIsALowerBound() {
		FigureSeries goods = new FigureSeries(Aggregation.SUM, Direction.HIGHER)
			.put(2021, new YearFigures(null, d("300000"), true, false, 0))
			.put(2024, YearFigures.of(null, d("310000")));
		FigureLine line = goods.line(2024);
		assertThat(line.periodValue()).isEqualByComparingTo("610000");
		assertThat(line.periodLowerBound()).as("trên 300.000 + 310.000 is trên 610.000").isTrue();
		assertThat(line.lowerBound()).as("2024's own figure is exact").isFalse();
		FigureSeries chains = new FigureSeries(Aggregation.LAST, Direction.HIGHER)
			.put(2023, new YearFigures(null, d("40"), true, false, 0))
			.put(2024, YearFigures.of(null, d("42")));
		assertThat(chains.line(2024).periodLowerBound()).as("a running total is its latest value").isFalse();
	}

	private static BigDecimal d(String text) {
		return text == null ? null : new BigDecimal(text);
	}

}
