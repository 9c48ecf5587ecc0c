package vn.hanoi.cooperation.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * Where single sign-on recognises people by their e-mail address, a person could set another's address on their own
 * settings page: the other's sign-on then matched two accounts and was refused, or, with no address of their own,
 * opened the setter's account. The page now shows the address as the administrators set it and keeps it on save.
 */
@PortalTest
class EmailSetByAdministratorsTest {

	/** The portal as configured with {@code portal.sso.match-claim=email} and a provider. */
	@TestBean
	EmailSignIn emailSignIn;

	static EmailSignIn emailSignIn() {
		return new EmailSignIn(true);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser staff;

	java.util.Map<String, Object> before;

	@BeforeEach
	void setUp() {
		this.staff = this.accounts.principal(Role.STAFF);
		this.before = this.jdbc.queryForMap("select email, language from accounts where id = ?", this.staff.getAccountId());
		this.jdbc.update("update accounts set email = 'canbo.sct@hanoi.gov.vn' where id = ?", this.staff.getAccountId());
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("update accounts set email = ?, language = ? where id = ?", this.before.get("email"),
				this.before.get("language"), this.staff.getAccountId());
	}

	@Test
	void aPersonCannotSetTheAddressSingleSignOnRecognisesThemBy() {
		assertThat(this.mvc.get().uri("/account/notifications").with(as(this.staff))).hasStatus(200)
			.bodyText()
			.contains("value=\"canbo.sct@hanoi.gov.vn\" readonly",
					"Đăng nhập một lần nhận ra bạn theo địa chỉ này, nên chỉ quản trị viên đổi được")
			.doesNotContain("name=\"email\"");

		// A form sent with another person's address (by hand, or from a page of before) changes the rest, not it.
		assertThat(this.mvc.post()
			.uri("/account/notifications")
			.param("email", "lanhdao@hanoi.gov.vn")
			.param("language", "en")
			.with(as(this.staff))
			.with(csrf())).hasRedirectedUrl("/account/notifications");
		assertThat(this.jdbc.queryForMap("select email, language from accounts where id = ?", this.staff.getAccountId()))
			.containsEntry("email", "canbo.sct@hanoi.gov.vn")
			.containsEntry("language", "en");
	}

}
