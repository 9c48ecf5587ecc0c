package vn.hanoi.cooperation.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The report numbers its parts I, II, … as Vietnamese documents do; a plan has 15 groups plus the indicators. */
class RomanNumeralTest {

	@Test
	void partsAreNumberedInRomanNumerals() {
		assertThat(OfficialDocument.roman(1)).isEqualTo("I");
		assertThat(OfficialDocument.roman(4)).isEqualTo("IV");
		assertThat(OfficialDocument.roman(9)).isEqualTo("IX");
		assertThat(OfficialDocument.roman(14)).isEqualTo("XIV");
		assertThat(OfficialDocument.roman(16)).isEqualTo("XVI");
		assertThat(OfficialDocument.roman(40)).isEqualTo("XL");
		assertThat(OfficialDocument.roman(99)).isEqualTo("XCIX");
	}

}
