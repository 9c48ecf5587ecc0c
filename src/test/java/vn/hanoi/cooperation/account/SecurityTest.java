package vn.hanoi.cooperation.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalTest
class SecurityTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@ParameterizedTest
	@CsvSource({ "ADMIN, /admin", "COORDINATOR, /my-work", "STAFF, /my-work", "LEADER, /dashboard", "PROVINCE, /my-province" })
	void eachRoleLandsOnItsOwnPage(Role role, String home) {
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", this.accounts.username(role))
			.param("password", TestAccounts.PASSWORD)
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl(home);
	}

	@Test
	void aWrongPasswordIsRefused() {
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", this.accounts.username(Role.STAFF))
			.param("password", "not-the-password")
			.with(csrf())).hasRedirectedUrl("/login?error");
	}

	@Test
	void anAnonymousUserIsSentToLoginNamingThePageAsked() {
		assertThat(this.mvc.get().uri("/provinces")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?continue=%2Fprovinces");
		assertThat(this.mvc.get().uri("/login")).hasStatusOk();
	}

	@Test
	void aProvinceUserCannotOpenTheAdminPages() {
		assertThat(this.mvc.get().uri("/admin").with(this.accounts.as(Role.PROVINCE))).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/groups/1/edit").with(this.accounts.as(Role.PROVINCE)))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/admin").with(this.accounts.as(Role.ADMIN))).hasStatusOk();
	}

	@Test
	void staffAndLeadersCannotEditReferenceData() {
		for (Role role : new Role[] { Role.STAFF, Role.LEADER, Role.COORDINATOR }) {
			assertThat(this.mvc.post()
				.uri("/admin/groups/1/edit")
				.param("nameVi", "Đổi tên")
				.param("nameEn", "Renamed")
				.param("version", "0")
				.with(csrf())
				.with(this.accounts.as(role))).as(role.name()).hasStatus(403);
		}
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/admin/groups/1/edit")
			.param("nameVi", "Đổi tên")
			.param("nameEn", "Renamed")
			.param("version", "0")
			.with(this.accounts.as(Role.ADMIN))).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", this.accounts.username(Role.ADMIN))
			.param("password", TestAccounts.PASSWORD)).hasStatus(403);
	}

}
