package vn.hanoi.cooperation.result;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A figure of one counts one thing: the count indicators' English nouns (V69) read singular. */
class EnglishNounsTest {

	@Test
	void theCountedNounsOfTheCatalogueReadSingular() {
		assertThat(EnglishNouns.singular("conferences")).isEqualTo("conference");
		assertThat(EnglishNouns.singular("business participations")).isEqualTo("business participation");
		assertThat(EnglishNouns.singular("programmes")).isEqualTo("programme");
		assertThat(EnglishNouns.singular("supply chains")).isEqualTo("supply chain");
		assertThat(EnglishNouns.singular("techniques")).isEqualTo("technique");
		assertThat(EnglishNouns.singular("news items")).isEqualTo("news item");
		assertThat(EnglishNouns.singular("monitoring stations")).isEqualTo("monitoring station");
		assertThat(EnglishNouns.singular("provinces")).isEqualTo("province");
		assertThat(EnglishNouns.singular("items")).isEqualTo("item");
		assertThat(EnglishNouns.singular("businesses")).isEqualTo("business");
		assertThat(EnglishNouns.singular("branches")).isEqualTo("branch");
		assertThat(EnglishNouns.singular("people")).isEqualTo("person");
	}

	@Test
	void nounsTheRulesDoNotKnowStayAsEntered() {
		assertThat(EnglishNouns.singular("news")).isEqualTo("news");
		assertThat(EnglishNouns.singular("series")).isEqualTo("series");
		assertThat(EnglishNouns.singular("staff")).isEqualTo("staff");
		assertThat(EnglishNouns.singular("goods")).isEqualTo("goods");
		// Longer or joined nouns stay plural: a guess would change their meaning.
		assertThat(EnglishNouns.singular("technologies and patents")).isEqualTo("technologies and patents");
		assertThat(EnglishNouns.singular("research and development projects"))
			.isEqualTo("research and development projects");
		assertThat(EnglishNouns.singular("visits by delegations")).isEqualTo("visits by delegations");
	}

}
