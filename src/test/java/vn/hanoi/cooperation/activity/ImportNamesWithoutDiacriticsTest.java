package vn.hanoi.cooperation.activity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the import reads a name typed without diacritics, at the edges real reference data does not reach. */
class ImportNamesWithoutDiacriticsTest {

	@Test
	void aNameWithoutDiacriticsThatTwoNamesReadAsIsNeitherRatherThanAGuess() {
		List<String> names = List.of("Hợp tác", "Họp tác", "Đô thị");
		assertThat(ActivityImporter.named("hop tac", names, name -> List.of(name))).isEmpty();
		assertThat(ActivityImporter.named("do thi", names, name -> List.of(name))).contains("Đô thị");
		// Written as the name is, it is that name, however many others read alike without diacritics.
		assertThat(ActivityImporter.named("họp  TÁC", names, name -> List.of(name))).contains("Họp tác");
	}

	@Test
	void aCandidateNamedTwiceAlikeIsStillOne() {
		assertThat(ActivityImporter.named("thuong mai", List.of("group 2"), group -> List.of("Thương mại", "Thuơng mại")))
			.contains("group 2");
	}

}
