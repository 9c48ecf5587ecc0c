package vn.hanoi.cooperation.account;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** A write without the form's CSRF token, or with a forged one, is refused and changes nothing. */
@PortalTest
class CsrfTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void creatingAnAccountWithAMissingOrForgedTokenIsRefusedAndNothingIsCreated() {
		String username = "csrf." + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.mvc.post().uri("/admin/accounts/new").param("username", username)
			.param("displayName", "Không được tạo").param("role", "LEADER")
			.with(this.accounts.as(Role.ADMIN))).hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/accounts/new").param("username", username)
			.param("displayName", "Không được tạo").param("role", "LEADER")
			.with(csrf().useInvalidToken()).with(this.accounts.as(Role.ADMIN))).hasStatus(403);
		assertThat(this.jdbc.queryForObject("select count(*) from accounts where username = ?", Integer.class,
				username)).isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from security_events where type = 'ACCESS_DENIED' and detail like ?", Integer.class,
				"POST /admin/accounts/new (CSRF%")).isPositive();
	}

	@Test
	void disablingAnAccountOrChangingAPasswordWithoutTokenChangesNothing() {
		String before = this.jdbc.queryForObject("select password_hash || enabled from accounts where username = ?",
				String.class, this.accounts.username(Role.STAFF));
		Long id = this.jdbc.queryForObject("select id from accounts where username = ?", Long.class,
				this.accounts.username(Role.STAFF));
		assertThat(this.mvc.post().uri("/admin/accounts/" + id + "/disable").with(csrf().useInvalidToken())
			.with(this.accounts.as(Role.ADMIN))).hasStatus(403);
		assertThat(this.mvc.post().uri("/account/password").param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "một mật khẩu mới rất dài").param("confirmation", "một mật khẩu mới rất dài")
			.with(this.accounts.as(Role.STAFF))).hasStatus(403);
		assertThat(this.jdbc.queryForObject("select password_hash || enabled from accounts where username = ?",
				String.class, this.accounts.username(Role.STAFF))).isEqualTo(before);
	}

}
