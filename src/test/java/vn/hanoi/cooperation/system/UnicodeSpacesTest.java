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

	@Test
	void invisibleCharactersAtTheEdgesGoAndAJoinerInsideAWordStays() {
		// Zero-width space, non-joiner, joiner, word joiner and byte order mark: nothing a reader sees.
		assertThat(UnicodeSpaces.trim("\u200b\u200c\u200d\u2060\ufeff")).isEmpty();
		assertThat(UnicodeSpaces.trim("\ufeff\u200b Hà Nội\u200d\u00a0\u2060")).isEqualTo("Hà Nội");
		// Devanagari ka, virama, joiner, ssa: the joiner inside asks for the half form of ka.
		assertThat(UnicodeSpaces.trim("\u0915\u094d\u200d\u0937")).isEqualTo("\u0915\u094d\u200d\u0937");
	}

}
