package vn.hanoi.cooperation.system;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Writes that controllers used to make inside their own transaction are still saved now that services hold the
 * transaction, and a write on a version someone else has replaced is still refused.
 */
@PortalTest
class ServiceTransactionsTest {

	private static final int NARRATIVE_YEAR = 2024;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restore() {
		this.jdbc.update("update departments set name_vi = 'Sở Du lịch' where code = 'SDL'");
		this.jdbc.update("update provinces set name_vi = 'Điện Biên' where code = '11' and valid_from = date '2008-08-01'");
		this.jdbc.update("""
				update cooperation_groups
				set name_vi = replace(replace(name_vi, ' (đã sửa)', ''), ' (sửa lần hai)', '') where number = 3""");
		this.jdbc.update("delete from group_year_narratives where year = ? and achievements like 'TX %'",
				NARRATIVE_YEAR);
	}

	@Test
	void correctionsOfReferenceDataAreSavedOnlyOnTheVersionTheAdministratorSaw() {
		long version = this.jdbc.queryForObject("select version from departments where code = 'SDL'", Long.class);
		Long id = this.jdbc.queryForObject("select id from departments where code = 'SDL'", Long.class);
		assertThat(post("/admin/departments/{id}/edit", id).param("nameVi", "Sở Du lịch (cũ)")
			.param("nameEn", "Department of Tourism").param("version", String.valueOf(version)))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select name_vi from departments where id = ?", String.class, id))
			.isEqualTo("Sở Du lịch (cũ)");

		Long province = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2008-08-01'", Long.class);
		assertThat(post("/admin/provinces/{id}/edit", province).param("nameVi", "Điện Biên (cũ)")
			.param("nameEn", "Dien Bien").param("nameViFull", "Tỉnh Điện Biên")
			.param("version", version("provinces", province))).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select name_vi from provinces where id = ?", String.class, province))
			.isEqualTo("Điện Biên (cũ)");

		Long group = this.jdbc.queryForObject("select id from cooperation_groups where number = 3", Long.class);
		String name = this.jdbc.queryForObject("select name_vi from cooperation_groups where id = ?", String.class,
				group);
		// The form posts the lead department it shows: without it the group would lose its lead for later tests.
		String lead = this.jdbc.queryForObject("select lead_department_id::text from cooperation_groups where id = ?",
				String.class, group);
		assertThat(post("/admin/groups/{id}/edit", group).param("nameVi", name + " (đã sửa)").param("nameEn", "Tourism")
			.param("leadDepartmentId", lead).param("version", version("cooperation_groups", group)))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select lead_department_id::text from cooperation_groups where id = ?",
				String.class, group)).isEqualTo(lead);
		assertThat(this.jdbc.queryForObject("select name_vi from cooperation_groups where id = ?", String.class, group))
			.isEqualTo(name + " (đã sửa)");
	}

	@Test
	void aDepartmentSavedMeanwhileSaysSoKeepsTheNamesAndSavesWhenSentAgain() {
		Long id = this.jdbc.queryForObject("select id from departments where code = 'SDL'", Long.class);
		secondSaveComesBackAndSavesWhenSentAgain((version, name) -> department(id, version, name),
				version("departments", id), "Sở Du lịch (cũ)", "Sở Du lịch (lần hai)", "Người khác vừa lưu đơn vị này",
				() -> nameVi("departments", id));
	}

	@Test
	void aProvinceSavedMeanwhileSaysSoKeepsTheNamesAndSavesWhenSentAgain() {
		Long id = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2008-08-01'", Long.class);
		secondSaveComesBackAndSavesWhenSentAgain((version, name) -> province(id, version, name),
				version("provinces", id), "Điện Biên (cũ)", "Điện Biên (lần hai)", "Người khác vừa lưu địa phương này",
				() -> nameVi("provinces", id));
	}

	@Test
	void aGroupSavedMeanwhileSaysSoKeepsTheInputAndSavesWhenSentAgain() {
		Long id = this.jdbc.queryForObject("select id from cooperation_groups where number = 3", Long.class);
		String name = nameVi("cooperation_groups", id);
		secondSaveComesBackAndSavesWhenSentAgain((version, typed) -> group(id, version, typed),
				version("cooperation_groups", id), name + " (đã sửa)", name + " (sửa lần hai)",
				"Người khác vừa lưu nhóm này", () -> nameVi("cooperation_groups", id));
	}

	/**
	 * Two administrators open a form at the same version and one saves first: the other's send comes back with the
	 * notice and the name typed, writing nothing, and sending the form of that page again saves it.
	 */
	private void secondSaveComesBackAndSavesWhenSentAgain(
			BiFunction<String, String, MockMvcTester.MockMvcRequestBuilder> form, String version, String first,
			String second, String notice, Supplier<String> saved) {
		assertThat(form.apply(version, first)).hasStatus3xxRedirection();
		MvcTestResult refused = form.apply(version, second).exchange();
		assertThat(refused).hasStatusOk();
		assertThat(SlicePage.shown(refused)).contains(notice).contains("value=\"" + second + "\"");
		assertThat(saved.get()).isEqualTo(first);
		assertThat(form.apply(SlicePage.formVersion(refused), second)).hasStatus3xxRedirection();
		assertThat(saved.get()).isEqualTo(second);
	}

	private MockMvcTester.MockMvcRequestBuilder department(Long id, String version, String nameVi) {
		return post("/admin/departments/{id}/edit", id).param("nameVi", nameVi)
			.param("nameEn", "Department of Tourism")
			.param("version", version);
	}

	private MockMvcTester.MockMvcRequestBuilder province(Long id, String version, String nameVi) {
		return post("/admin/provinces/{id}/edit", id).param("nameVi", nameVi)
			.param("nameEn", "Dien Bien")
			.param("nameViFull", "Tỉnh Điện Biên")
			.param("version", version);
	}

	/** The group's form as shown (its English name and lead department) with another Vietnamese name. */
	private MockMvcTester.MockMvcRequestBuilder group(Long id, String version, String nameVi) {
		Map<String, Object> shown = this.jdbc.queryForMap(
				"select name_en, lead_department_id::text lead from cooperation_groups where id = ?", id);
		return post("/admin/groups/{id}/edit", id).param("nameVi", nameVi)
			.param("nameEn", (String) shown.get("name_en"))
			.param("leadDepartmentId", (String) shown.get("lead"))
			.param("version", version);
	}

	private String nameVi(String table, Long id) {
		return this.jdbc.queryForObject("select name_vi from " + table + " where id = ?", String.class, id);
	}

	@Test
	void aGroupsNarrativeIsSaved() {
		assertThat(narrative("TX Đã tổ chức 3 tuần hàng", "")).hasStatus3xxRedirection();
		assertThat(achievements()).isEqualTo("TX Đã tổ chức 3 tuần hàng");
	}

	@Test
	void aNarrativeSentOverSomeoneElsesShowsTheirsKeepsTheTextsAndSavesWhenSentAgain() {
		assertThat(narrative("TX Bản đầu tiên", "")).hasStatus3xxRedirection();
		String version = String.valueOf(this.jdbc.queryForObject("""
				select n.version from group_year_narratives n join cooperation_groups g on g.id = n.group_id
				where g.number = 2 and n.year = ?""", Long.class, NARRATIVE_YEAR));
		// Both open the form at the same version; one saves first.
		assertThat(narrative("TX Bản của đầu mối", version)).hasStatus3xxRedirection();
		MvcTestResult second = narrative("TX Bản viết công phu", version).exchange();
		assertThat(second).hasStatusOk();
		assertThat(SlicePage.shown(second)).contains("Người khác vừa lưu báo cáo của nhóm này")
			.as("the texts saved meanwhile are shown above the form")
			.contains("Bản đang lưu")
			.contains(">TX Bản của đầu mối</p>")
			.contains(">TX Bản viết công phu</textarea>");
		assertThat(achievements()).isEqualTo("TX Bản của đầu mối");
		// The form shown carries the current version: sending it again as it is saves the texts.
		assertThat(narrative("TX Bản viết công phu", SlicePage.formVersion(second))).hasStatus3xxRedirection();
		assertThat(achievements()).isEqualTo("TX Bản viết công phu");
	}

	private MockMvcTester.MockMvcRequestBuilder narrative(String achievements, String version) {
		return post("/results/years/{year}/groups/2/narrative", NARRATIVE_YEAR).param("achievements", achievements)
			.param("version", version);
	}

	private String achievements() {
		return this.jdbc.queryForObject("""
				select n.achievements from group_year_narratives n join cooperation_groups g on g.id = n.group_id
				where g.number = 2 and n.year = ?""", String.class, NARRATIVE_YEAR);
	}

	private MockMvcTester.MockMvcRequestBuilder post(String uri, Object id) {
		return this.mvc.post().uri(uri, id).with(csrf()).with(this.accounts.as(Role.ADMIN));
	}

	private String version(String table, Long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class,
				id));
	}

}
