package vn.hanoi.cooperation.activity;

import java.util.List;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SqlStatements;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.ReadScope;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.group.RenamedGroup;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's filter choices are kept in memory until the reference data changes: a repeat page reads none of them,
 * a renamed group shows at the next page, and a province officer's units are never offered to the city or the
 * other way round.
 */
@PortalTest
class ActivityListOptionsTest {

	private static final String RENAMED = "Nhóm đổi tên để kiểm tra bộ lọc";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActivityListOptions options;

	private RenamedGroup renamed;

	@AfterEach
	void restoreGroupName() {
		if (this.renamed != null) {
			this.renamed.restore();
		}
	}

	@Test
	void keptChoicesCostOneVersionReadInsteadOfFiveQueries() {
		ReadScope city = new ReadScope(true, Set.of());
		this.options.choicesFor(city);
		long reads = this.options.reads();
		assertThat(SqlStatements.countDuring(() -> this.options.choicesFor(city))).as("the version read").isEqualTo(1);
		assertThat(this.options.reads()).as("served from memory").isEqualTo(reads);
		list(Role.LEADER);
		assertThat(this.options.reads()).as("the list page uses the kept choices").isEqualTo(reads);
		this.jdbc.update("update cooperation_groups set name_vi = name_vi where number = 3");
		assertThat(SqlStatements.countDuring(() -> this.options.choicesFor(city)))
			.as("after a reference change: the version, years, groups, departments and two unit lists")
			.isEqualTo(6);
		assertThat(this.options.reads()).isEqualTo(reads + 1);
	}

	@Test
	void aRenamedGroupShowsAtTheNextPage() {
		list(Role.STAFF);
		this.renamed = RenamedGroup.rename(this.jdbc, 3, RENAMED);
		assertThat(list(Role.STAFF)).bodyText().contains("3. " + RENAMED);
	}

	@Test
	void aProvinceOfficerIsOfferedTheirOwnUnitsAndTheCityEveryUnit() {
		Long dienBien = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class);
		List<Long> units2025 = this.jdbc.queryForList(
				"select id from provinces where valid_from <= date '2025-07-01' and valid_to is null", Long.class);
		assertThat(list(Role.LEADER)).model()
			.extractingByKey("provinces2025")
			.asInstanceOf(InstanceOfAssertFactories.list(FilterChoice.class))
			.extracting(FilterChoice::id)
			.containsExactlyInAnyOrderElementsOf(units2025);
		MvcTestResult officer = this.mvc.get()
			.uri("/activities")
			.with(TestAccounts.as(this.accounts.provinceOf("11")))
			.exchange();
		assertThat(officer).model()
			.extractingByKey("provinces2025")
			.asInstanceOf(InstanceOfAssertFactories.list(FilterChoice.class))
			.extracting(FilterChoice::id)
			.containsExactly(dienBien);
		assertThat(list(Role.LEADER)).model()
			.extractingByKey("provinces2025")
			.asInstanceOf(InstanceOfAssertFactories.list(FilterChoice.class))
			.hasSize(units2025.size());
	}

	private MvcTestResult list(Role role) {
		MvcTestResult result = this.mvc.get().uri("/activities").with(this.accounts.as(role)).exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

}
