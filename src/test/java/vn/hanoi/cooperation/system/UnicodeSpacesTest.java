package vn.hanoi.cooperation.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnicodeSpacesTest {

	@Test
	void everyKindOfSpaceAroundTheTextGoesAndTheSpacesInsideStay() {
		// No-break, figure, narrow no-break and ideographic spaces, which String.strip() keeps.
		assertThat(UnicodeSpaces.trim("\u00a0\u2007 Hà\u00a0Nội\u202f\u3000\t")).isEqualTo("Hà\u00a0Nội");
		assertThat(UnicodeSpaces.trim("\u00a0\u202f\u2007\u3000")).isEmpty();
		assertThat(UnicodeSpaces.trim(null)).isNull();
	}

}
