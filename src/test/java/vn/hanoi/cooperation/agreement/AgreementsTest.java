package vn.hanoi.cooperation.agreement;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.hanoi.cooperation.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreement queries behind a province's page and the activity form's list of agreements. */
@RepositoryTest
class AgreementsTest {

	@Autowired
	Agreements agreements;

	@Autowired
	JdbcTemplate jdbc;

	TestAgreements records;

	@BeforeEach
	void records() {
		this.records = new TestAgreements(this.jdbc);
	}

	@Test
	void aProvinceFindsTheAgreementsSharedWithItNewestFirst() {
		Long older = this.records.create("SLICE 2023", true, LocalDate.of(2023, 1, 10), null, "11");
		Long newer = this.records.create("SLICE 2024", true, LocalDate.of(2024, 5, 2), null, "11", "12");
		Long notShared = this.records.create("SLICE nội bộ", false, LocalDate.of(2024, 6, 1), null, "11");
		Long laiChau = this.records.create("SLICE Lai Châu", true, LocalDate.of(2024, 7, 1), null, "12");

		List<Long> shared = ids(this.agreements.findInvolving(List.of(province("11", "2008-08-01")), true));
		assertThat(shared).containsSubsequence(newer, older).doesNotContain(notShared, laiChau);
		assertThat(ids(this.agreements.findInvolving(List.of(province("11", "2008-08-01")), false)))
			.containsSubsequence(notShared, newer, older);
		// Each agreement once, with all its partners fetched.
		assertThat(this.agreements.findInvolving(List.of(province("11", "2008-08-01")), true)
			.stream()
			.filter(a -> a.getId().equals(newer))
			.findFirst()
			.orElseThrow()
			.getProvinces()).hasSize(2);
	}

	@Test
	void anAgreementWithAUnitBeforeTheMergerIsRelatedToItsSuccessorAndBack() {
		Long haGiang2008 = province("02", "2008-08-01");
		Long tuyenQuang2025 = this.jdbc.queryForObject("select successor_id from provinces where id = ?", Long.class,
				haGiang2008);
		Long withHaGiang = this.records.create("SLICE Hà Giang 2023", true, "02");
		Long withTuyenQuang = this.records.create("SLICE Tuyên Quang 2026", true, LocalDate.of(2026, 1, 5), null,
				"08@2025-07-01");
		Long unrelated = this.records.create("SLICE Lai Châu", true, "12");

		assertThat(ids(this.agreements.findRelatedToProvinces(List.of(tuyenQuang2025))))
			.contains(withHaGiang, withTuyenQuang)
			.doesNotContain(unrelated);
		assertThat(ids(this.agreements.findRelatedToProvinces(List.of(haGiang2008))))
			.contains(withHaGiang, withTuyenQuang)
			.doesNotContain(unrelated);
	}

	private Long province(String code, String validFrom) {
		return this.jdbc.queryForObject("select id from provinces where code = ? and valid_from = ?::date", Long.class,
				code, validFrom);
	}

	private static List<Long> ids(List<Agreement> agreements) {
		return agreements.stream().map(Agreement::getId).toList();
	}

}
