package vn.hanoi.cooperation.result;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The seeded catalogue covers the 15 groups; administrators and the coordinator manage it, nobody else. */
@PortalTest
class IndicatorCatalogueTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestIndicators() {
		this.jdbc.update("delete from indicators where code like 'TEST.%'");
	}

	@Test
	void theCatalogueCoversEveryGroupAndTheArticlesFigures() {
		assertThat(this.jdbc.queryForObject("select count(distinct group_id) from indicators", Integer.class))
			.isEqualTo(15);
		assertThat(this.jdbc.queryForList("select code || ':' || unit || ':' || aggregation from indicators "
				+ "where code in ('ASXH.KINH_PHI_HO_TRO', 'TM.SAN_LUONG_KET_NOI', 'ASXH.TU_VAN_VIEC_LAM', "
				+ "'ASXH.PHONG_VAN', 'ASXH.TUYEN_DUNG', 'XTDT.THOA_THUAN', 'XTDT.HOI_NGHI') order by code", String.class))
			.containsExactly("ASXH.KINH_PHI_HO_TRO:BILLION_VND:SUM", "ASXH.PHONG_VAN:PERSON_TIMES:SUM",
					"ASXH.TUYEN_DUNG:PERSON:SUM", "ASXH.TU_VAN_VIEC_LAM:PERSON_TIMES:SUM", "TM.SAN_LUONG_KET_NOI:TONNE:SUM",
					"XTDT.HOI_NGHI:COUNT:SUM", "XTDT.THOA_THUAN:COUNT:SUM");
		assertThat(this.mvc.get().uri("/indicators").with(this.accounts.as(Role.PROVINCE))).hasStatusOk()
			.bodyText()
			.contains("Số lao động được tuyển dụng");
	}

	@Test
	void theCoordinatorAddsAnIndicatorAndACodeIsUsedOnce() {
		assertThat(create(Role.COORDINATOR, "test.khach")).hasStatus3xxRedirection().hasRedirectedUrl("/indicators");
		assertThat(this.jdbc.queryForObject("select unit from indicators where code = 'TEST.KHACH'", String.class))
			.isEqualTo("PERSON_TIMES");
		assertThat(create(Role.ADMIN, "TEST.KHACH")).hasStatusOk().model().extractingBindingResult("form")
			.hasFieldErrorCode("code", "indicator.error.codeTaken");
	}

	@Test
	void staffLeadersAndProvincesCannotChangeTheCatalogue() {
		for (Role role : new Role[] { Role.STAFF, Role.LEADER, Role.PROVINCE }) {
			assertThat(this.mvc.get().uri("/indicators/new").with(this.accounts.as(role))).as(role.name())
				.hasStatus(404);
			assertThat(create(role, "TEST.CAM")).as(role.name()).hasStatus(404);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from indicators where code = 'TEST.CAM'", Integer.class))
			.isZero();
	}

	@Test
	void theAggregationOfAnIndicatorWithFiguresCannotChange() {
		Long id = this.jdbc.queryForObject("select id from indicators where code = 'ASXH.TUYEN_DUNG'", Long.class);
		long version = this.jdbc.queryForObject("select version from indicators where id = ?", Long.class, id);
		assertThat(this.mvc.post()
			.uri("/indicators/{id}/edit", id)
			.with(this.accounts.as(Role.ADMIN))
			.with(csrf())
			.param("code", "ASXH.TUYEN_DUNG")
			.param("nameVi", "Số lao động được tuyển dụng")
			.param("nameEn", "Workers hired")
			.param("unit", "PERSON")
			.param("groupId", groupId(14))
			.param("aggregation", "LAST")
			.param("direction", "HIGHER")
			.param("version", String.valueOf(version))).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrorCode("aggregation", "indicator.error.aggregationInUse");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult create(Role role, String code) {
		return this.mvc.post()
			.uri("/indicators/new")
			.with(this.accounts.as(role))
			.with(csrf())
			.param("code", code)
			.param("nameVi", "Số lượt khách du lịch giữa các địa phương")
			.param("nameEn", "Tourist visits between localities")
			.param("unit", "PERSON_TIMES")
			.param("groupId", groupId(3))
			.param("aggregation", "SUM")
			.param("direction", "HIGHER")
			.exchange();
	}

	private String groupId(int number) {
		return String.valueOf(
				this.jdbc.queryForObject("select id from cooperation_groups where number = ?", Long.class, number));
	}

}
