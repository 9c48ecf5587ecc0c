package vn.hanoi.cooperation.activity;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.account.Viewers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** "Staff lead their own department" holds alike in the activity form and in the spreadsheet import. */
@PortalTest
class StaffLeadTest {

	private static final String NOT_YOURS = "Cán bộ sở, ngành chỉ nhập hoạt động do đơn vị mình chủ trì.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActivityImporter importer;

	@Autowired
	Viewers viewers;

	TestActivities activities;

	Viewer staff;

	@BeforeEach
	void setUp() {
		this.activities = new TestActivities(this.jdbc);
		this.staff = this.viewers.of(this.accounts.principal(Role.STAFF));
	}

	@AfterEach
	void tearDown() {
		this.jdbc.queryForList("select id from activities where title like 'LEAD %'", Long.class)
			.forEach(this.activities::forget);
		this.activities.removeAll();
	}

	@Test
	void staffCannotLeadANewActivityForAnotherDepartmentInTheFormOrTheImport() {
		assertThat(this.mvc.post().uri("/activities/new").with(csrf()).with(this.accounts.as(Role.STAFF))
			.param("planYear", "2022").param("groupId", group().toString()).param("title", "LEAD Mới")
			.param("status", "PLANNED").param("leadDepartmentId", id("SYT_2025").toString()))
			.hasStatus3xxRedirection();
		assertThat(leadOf("LEAD Mới")).as("the form keeps the staff member's own department").isEqualTo("SCT_2025");

		assertThat(importErrors(null, name("SYT_2025"))).contains(NOT_YOURS);
		assertThat(importErrors(null, name("SCT_2025"))).doesNotContain(NOT_YOURS);
	}

	@Test
	void staffEditingTheirPredecessorsActivityKeepItsLeadInTheFormAndTheImport() {
		Long id = this.activities.create("LEAD Của Sở Công Thương 2022", "SCT", java.time.LocalDate.of(2022, 12, 31),
				false);
		assertThat(this.mvc.post().uri("/activities/{id}/edit", id).with(csrf()).with(this.accounts.as(Role.STAFF))
			.param("planYear", "2022").param("groupId", group().toString())
			.param("title", "LEAD Của Sở Công Thương 2022").param("status", "IN_PROGRESS")
			.param("deadline", "2022-12-31").param("leadDepartmentId", id("SYT_2025").toString())
			.param("version", String.valueOf(this.activities.version(id)))).hasStatus3xxRedirection();
		assertThat(leadOf("LEAD Của Sở Công Thương 2022")).as("an edit keeps the predecessor's lead").isEqualTo("SCT");

		assertThat(importErrors("HD-" + id, name("SYT_2025"))).contains(NOT_YOURS);
		assertThat(importErrors("HD-" + id, name("SCT"))).doesNotContain(NOT_YOURS);
	}

	private List<String> importErrors(String reference, String lead) {
		ImportRow row = new ImportRow(2, reference, "2022", "2. Thương mại", "LEAD Nhập", null, lead, null, null, null,
				"31/12/2022", "Đang thực hiện", null, null, null, null, "Không", null);
		return this.importer.check(List.of(row), this.staff, Locale.forLanguageTag("vi")).rows().get(0).errors()
			.stream().map(ImportCheck.CellError::message).toList();
	}

	private String leadOf(String title) {
		return this.jdbc.queryForObject("""
				select d.code from activities a join departments d on d.id = a.lead_department_id where a.title = ?""",
				String.class, title);
	}

	private Long group() {
		return this.jdbc.queryForObject("select id from cooperation_groups where number = 2", Long.class);
	}

	private Long id(String code) {
		return this.jdbc.queryForObject("select id from departments where code = ?", Long.class, code);
	}

	private String name(String code) {
		return this.jdbc.queryForObject("select name_vi from departments where code = ?", String.class, code);
	}

}
