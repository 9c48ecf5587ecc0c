package vn.hanoi.cooperation.activity;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/** Who may see and change which activity, checked on the server for every URL; what may not be seen is 404. */
@PortalTest
class ActivityAccessTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestActivities activities;

	Long tradeActivity;

	Long healthActivity;

	Long oldTradeActivity;

	@BeforeEach
	void createActivities() {
		this.activities = new TestActivities(this.jdbc);
		// Sở Công Thương (2025) and its 2022 predecessor; Sở Y tế (2025) is another department.
		this.tradeActivity = this.activities.create("Tuần hàng Điện Biên tại Hà Nội", "SCT_2025", null, true,
				"11@2025-07-01");
		this.oldTradeActivity = this.activities.create("Kết nối tiêu thụ nông sản Hà Giang", "SCT", null, true, "02");
		this.healthActivity = this.activities.create("Khám bệnh miễn phí tại Lai Châu", "SYT_2025", null, false,
				"12@2025-07-01");
	}

	@AfterEach
	void removeActivities() {
		this.activities.removeAll();
	}

	@Test
	void staffOfAnotherDepartmentCannotEditEvenWithAValidCsrfToken() {
		PortalUser tradeStaff = this.accounts.principal(Role.STAFF);
		long versionBefore = this.activities.version(this.healthActivity);
		assertThat(this.mvc.get().uri("/activities/{id}/edit", this.healthActivity).with(as(tradeStaff)))
			.hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/activities/{id}/edit", this.healthActivity)
			.with(as(tradeStaff))
			.with(csrf())
			.param("planYear", "2022")
			.param("title", "Đã bị sửa trái phép")
			.param("status", "IN_PROGRESS")
			.param("version", String.valueOf(versionBefore))).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/activities/{id}/delete", this.healthActivity)
			.with(as(tradeStaff))
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/activities/{id}/progress", this.healthActivity)
			.with(as(tradeStaff))
			.with(csrf())
			.param("notedOn", "2026-01-05")
			.param("note", "Ghi chú trái phép")).hasStatus(404);
		assertThat(this.activities.title(this.healthActivity)).isEqualTo("Khám bệnh miễn phí tại Lai Châu");
		assertThat(this.activities.version(this.healthActivity)).isEqualTo(versionBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from activity_progress_updates where activity_id = ?",
				Integer.class, this.healthActivity)).isZero();
		// They may still read it: cooperation is open between Hanoi's departments.
		assertThat(this.mvc.get().uri("/activities/{id}", this.healthActivity).with(as(tradeStaff))).hasStatusOk();
	}

	@Test
	void staffEditTheirOwnDepartmentsActivitiesAndThoseOfItsPredecessor() {
		PortalUser tradeStaff = this.accounts.principal(Role.STAFF);
		assertThat(this.mvc.get().uri("/activities/{id}/edit", this.tradeActivity).with(as(tradeStaff)))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/activities/{id}/edit", this.oldTradeActivity).with(as(tradeStaff)))
			.hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/activities/{id}/progress", this.oldTradeActivity)
			.with(as(tradeStaff))
			.with(csrf())
			.param("notedOn", "2022-05-02")
			.param("note", "Đã làm việc với Sở Công Thương Hà Giang")).hasStatus3xxRedirection();
	}

	@Test
	void coordinatorAndAdministratorChangeEveryDepartmentsActivities() {
		for (Role role : new Role[] { Role.COORDINATOR, Role.ADMIN }) {
			assertThat(this.mvc.get().uri("/activities/{id}/edit", this.healthActivity).with(this.accounts.as(role)))
				.as(role.name())
				.hasStatusOk();
		}
	}

	@Test
	void leadersReadEverythingAndWriteNothing() {
		assertThat(this.mvc.get().uri("/activities/{id}", this.healthActivity).with(this.accounts.as(Role.LEADER)))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/activities/new").with(this.accounts.as(Role.LEADER))).hasStatus(404);
		assertThat(this.mvc.get().uri("/activities/{id}/edit", this.healthActivity).with(this.accounts.as(Role.LEADER)))
			.hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/activities/{id}/delete", this.tradeActivity)
			.with(this.accounts.as(Role.LEADER))
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.get().uri("/activities").with(this.accounts.as(Role.LEADER))).hasStatusOk()
			.bodyText()
			.contains("Khám bệnh miễn phí tại Lai Châu");
	}

	@Test
	void aProvinceSeesOnlyActivitiesSharedWithIt() {
		PortalUser dienBien = this.accounts.principal(Role.PROVINCE);
		assertThat(this.mvc.get().uri("/activities/{id}", this.tradeActivity).with(as(dienBien))).hasStatusOk();
		assertThat(this.mvc.get().uri("/activities/{id}", this.healthActivity).with(as(dienBien))).hasStatus(404);
		assertThat(this.mvc.get().uri("/activities/{id}", this.oldTradeActivity).with(as(dienBien))).hasStatus(404);
		assertThat(this.mvc.get().uri("/activities/{id}/edit", this.tradeActivity).with(as(dienBien)))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/activities").with(as(dienBien))).hasStatusOk()
			.bodyText()
			.contains("Tuần hàng Điện Biên tại Hà Nội")
			.doesNotContain("Khám bệnh miễn phí tại Lai Châu")
			.doesNotContain("Hà Giang");
	}

	/**
	 * A province officer sees their own units among an activity's partners, never the others: filtering by another
	 * unit, or searching for its name, must not tell which of their activities it is a partner of.
	 */
	@Test
	void aProvinceCannotLearnAnotherPartnerThroughTheFilters() {
		this.activities.create("Hội chợ OCOP vùng Tây Bắc", "SCT_2025", null, true, "11@2025-07-01", "12@2025-07-01");
		String laiChau = this.jdbc.queryForObject(
				"select id from provinces where code = '12' and valid_from = date '2025-07-01'", Long.class).toString();
		String dienBienUnit = this.jdbc.queryForObject(
				"select id from provinces where code = '11' and valid_from = date '2025-07-01'", Long.class).toString();
		PortalUser dienBien = this.accounts.principal(Role.PROVINCE);

		assertThat(this.mvc.get().uri("/activities").param("province", laiChau).with(as(dienBien))).hasStatusOk()
			.bodyText()
			.doesNotContain("Hội chợ OCOP vùng Tây Bắc");
		assertThat(this.mvc.get().uri("/activities").param("q", "Lai Chau").with(as(dienBien))).hasStatusOk()
			.bodyText()
			.doesNotContain("Hội chợ OCOP vùng Tây Bắc");
		assertThat(this.mvc.get().uri("/activities/export.csv").param("province", laiChau).with(as(dienBien)))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Hội chợ OCOP vùng Tây Bắc");
		assertThat(this.mvc.get().uri("/activities").param("province", dienBienUnit).with(as(dienBien)))
			.bodyText()
			.contains("Hội chợ OCOP vùng Tây Bắc");
		assertThat(this.mvc.get().uri("/activities").param("q", "Dien Bien").with(as(dienBien))).bodyText()
			.contains("Hội chợ OCOP vùng Tây Bắc");
		// Hanoi's own people filter by any partner.
		assertThat(this.mvc.get().uri("/activities").param("province", laiChau).with(this.accounts.as(Role.LEADER)))
			.bodyText()
			.contains("Hội chợ OCOP vùng Tây Bắc");
	}

	@Test
	void anUnsharedActivityStaysHiddenFromItsOwnPartnerProvince() {
		PortalUser laiChau = this.accounts.provinceOf("12");
		assertThat(this.mvc.get().uri("/activities/{id}", this.healthActivity).with(as(laiChau))).hasStatus(404);
	}

	@Test
	void aMergedUnitSeesItsPredecessorsActivities() {
		// Tuyên Quang of July 2025 was formed from Hà Giang and the former Tuyên Quang.
		PortalUser tuyenQuang = this.accounts.provinceOf("08");
		assertThat(this.mvc.get().uri("/activities/{id}", this.oldTradeActivity).with(as(tuyenQuang)))
			.hasStatusOk()
			.bodyText()
			.contains("Hà Giang");
		assertThat(this.mvc.get().uri("/activities").with(as(tuyenQuang))).bodyText()
			.contains("Kết nối tiêu thụ nông sản Hà Giang")
			.doesNotContain("Tuần hàng Điện Biên");
		// The former unit alone does not see the new unit's records.
		PortalUser formerHaGiang = this.accounts.provinceOf("02", LocalDate.of(2008, 8, 1));
		assertThat(this.mvc.get().uri("/activities/{id}", this.tradeActivity).with(as(formerHaGiang)))
			.hasStatus(404);
	}

}
