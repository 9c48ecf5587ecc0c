package vn.hanoi.cooperation.result;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change from or to a figure shown "trên" (a lower bound) is itself only a bound, and a direction only where the
 * bound settles it; the percent stays on the bound's side when rounded.
 */
class YearChangeTest {

	@Test
	void twoExactFiguresGiveAnExactChange() {
		YearChange change = change("310000", false, "335000", false, Direction.HIGHER);
		assertThat(change.bound()).isEqualTo(YearChange.Bound.EXACT);
		assertThat(change.amount()).isEqualByComparingTo("25000");
		assertThat(change.percent()).isEqualByComparingTo("8.1");
		assertThat(change.improved()).isTrue();
	}

	@Test
	void fromALowerBoundTheChangeIsAtMostTheDifferenceAndARiseIsNotCertain() {
		// Last year at least 310.000, this year 335.000: the rise is 25.000 or less, perhaps a fall.
		YearChange rise = change("310000", true, "335000", false, Direction.HIGHER);
		assertThat(rise.bound()).isEqualTo(YearChange.Bound.AT_MOST);
		assertThat(rise.amount()).isEqualByComparingTo("25000");
		assertThat(rise.percent()).as("8,06% rounded up: at most 8,1%").isEqualByComparingTo("8.1");
		assertThat(rise.improved()).isNull();
		// Last year at least 310.000, this year 300.000: a fall of 10.000 or more, certainly a fall.
		YearChange fall = change("310000", true, "300000", false, Direction.HIGHER);
		assertThat(fall.amount()).isEqualByComparingTo("-10000");
		assertThat(fall.percent()).as("a fall of at least 3,2%, not 3,3%").isEqualByComparingTo("-3.2");
		assertThat(fall.improved()).isFalse();
		assertThat(change("310000", true, "300000", false, Direction.LOWER).improved()).isTrue();
		assertThat(change("310000", true, "310000", false, Direction.HIGHER).improved()).isNull();
	}

	@Test
	void toALowerBoundTheChangeIsAtLeastTheDifferenceAndAFallIsNotCertain() {
		YearChange rise = change("310000", false, "335000", true, Direction.HIGHER);
		assertThat(rise.bound()).isEqualTo(YearChange.Bound.AT_LEAST);
		assertThat(rise.percent()).as("8,06% rounded down: over 8,0%, not over 8,1%").isEqualByComparingTo("8.0");
		assertThat(rise.improved()).isTrue();
		YearChange fall = change("310000", false, "300000", true, Direction.HIGHER);
		assertThat(fall.amount()).isEqualByComparingTo("-10000");
		assertThat(fall.percent()).as("a fall of at most 3,3%").isEqualByComparingTo("-3.3");
		assertThat(fall.improved()).isNull();
	}

	@Test
	void betweenTwoLowerBoundsTheChangeIsUnknown() {
		YearChange change = change("310000", true, "335000", true, Direction.HIGHER);
		assertThat(change.known()).isFalse();
		assertThat(change.amount()).isNull();
		assertThat(change.percent()).isNull();
		assertThat(change.improved()).isNull();
		assertThat(YearChange.between(null, false, BigDecimal.ONE, false, Direction.HIGHER)).isNull();
	}

	private static YearChange change(String previous, boolean previousLowerBound, String actual, boolean lowerBound,
			Direction direction) {
		return YearChange.between(new BigDecimal(previous), previousLowerBound, new BigDecimal(actual), lowerBound,
				direction);
	}

}
