package vn.hanoi.cooperation.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Reference data keeps a visible name: one made of no-break spaces (pasted from a document) is blank, and such
 * spaces around a name are not stored.
 */
@PortalTest
class InvisibleNamesTest {

	private static final String NO_BREAK_SPACES = "\u00a0\u202f\u00a0";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void hanoiCannotBeRenamedToNoBreakSpacesAndSpacesAroundItsNameAreNotKept() {
		Long hanoi = this.jdbc.queryForObject("select id from provinces where code = '01' and valid_to is null",
				Long.class);
		assertThat(renameProvince(hanoi, NO_BREAK_SPACES)).hasStatusOk().bodyText()
			.contains("Vui lòng nhập trường này.");
		assertThat(nameVi("provinces", hanoi)).isEqualTo("Hà Nội");
		assertThat(renameProvince(hanoi, "\u00a0Hà Nội\u00a0")).hasStatus3xxRedirection();
		assertThat(nameVi("provinces", hanoi)).isEqualTo("Hà Nội");
	}

	@Test
	void aDepartmentOrGroupNamedWithNoBreakSpacesAloneIsRefused() {
		Long department = this.jdbc.queryForObject("select id from departments where code = 'SDL'", Long.class);
		String departmentName = nameVi("departments", department);
		assertThat(post("/admin/departments/{id}/edit", department).param("nameVi", NO_BREAK_SPACES)
			.param("nameEn", "Department of Tourism").param("version", version("departments", department)))
			.hasStatusOk().bodyText().contains("Vui lòng nhập trường này.");
		assertThat(nameVi("departments", department)).isEqualTo(departmentName);

		Long group = this.jdbc.queryForObject("select id from cooperation_groups where number = 3", Long.class);
		String groupName = nameVi("cooperation_groups", group);
		String lead = this.jdbc.queryForObject("select lead_department_id::text from cooperation_groups where id = ?",
				String.class, group);
		assertThat(post("/admin/groups/{id}/edit", group).param("nameVi", NO_BREAK_SPACES).param("nameEn", "Tourism")
			.param("leadDepartmentId", lead).param("version", version("cooperation_groups", group))).hasStatusOk()
			.bodyText().contains("Vui lòng nhập trường này.");
		assertThat(nameVi("cooperation_groups", group)).isEqualTo(groupName);
	}

	private MockMvcTester.MockMvcRequestBuilder renameProvince(Long id, String nameVi) {
		return post("/admin/provinces/{id}/edit", id).param("nameVi", nameVi).param("nameEn", "Hanoi")
			.param("nameViFull", "Thành phố Hà Nội").param("version", version("provinces", id));
	}

	private MockMvcTester.MockMvcRequestBuilder post(String uri, Long id) {
		return this.mvc.post().uri(uri, id).with(this.accounts.as(Role.ADMIN)).with(csrf());
	}

	private String nameVi(String table, Long id) {
		return this.jdbc.queryForObject("select name_vi from " + table + " where id = ?", String.class, id);
	}

	private String version(String table, Long id) {
		return String.valueOf(this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class,
				id));
	}

}
