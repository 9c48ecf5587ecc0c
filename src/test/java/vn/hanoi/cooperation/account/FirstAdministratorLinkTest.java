package vn.hanoi.cooperation.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Once an administrator exists (the test database has one), every set-up link is dead, even one issued a moment
 * ago: it answers a page that says so in the user's language, never a form and never a 500, and creates nobody.
 * The whole link on a database without an administrator is in {@code EmbeddedStartTest}.
 */
@PortalTest
class FirstAdministratorLinkTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FirstAdministratorLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFreshLinkIsDeadOnceAnAdministratorExists() {
		String token = this.links.issue().token();
		assertThat(this.mvc.get().uri("/first-administrator/{token}", token)).hasStatus(404)
			.bodyText()
			.contains("Liên kết tạo quản trị viên không còn hiệu lực", "khởi động lại cổng")
			.doesNotContain("newPassword");
		assertThat(this.mvc.get().uri("/first-administrator/{token}?lang=en", token)).hasStatus(404)
			.bodyText()
			.contains("This administrator set-up link no longer works");

		assertThat(this.mvc.post()
			.uri("/first-administrator/{token}", token)
			.param("username", "second.admin")
			.param("displayName", "Quản trị thứ hai")
			.param("newPassword", "mật khẩu quản trị viên thứ hai")
			.param("confirmation", "mật khẩu quản trị viên thứ hai")
			.with(csrf())).hasStatus(404);
		assertThat(this.links.createAdministrator(token, "second.admin", "Quản trị thứ hai",
				"mật khẩu quản trị viên thứ hai")).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from accounts where username = 'second.admin'",
				Integer.class)).isZero();
	}

	@Test
	void aMalformedOrUnknownTokenAnswersTheSamePage() {
		for (String token : new String[] { "x", "A".repeat(43), "A".repeat(500), "abc'--" }) {
			assertThat(this.mvc.get().uri("/first-administrator/" + token)).as(token).hasStatus(404)
				.bodyText()
				.contains("Liên kết tạo quản trị viên không còn hiệu lực");
		}
	}

}
