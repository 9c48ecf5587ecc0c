package vn.hanoi.cooperation.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Account;
import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every form gets hostile values in every field, one at a time: never a 500, what is shown back is escaped, and
 * a refused form writes nothing. Each test runs in a transaction that is rolled back, so accepted hostile values
 * (a script tag is a valid name) do not outlive it.
 */
@PortalTest
@Transactional
class HostileInputTest {

	static final String XSS = "<script>alert('xss')</script>";

	static final String XSS_ATTRIBUTE = "\"><img src=x onerror=alert(1)>";

	static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

	static {
		PAYLOADS.put("xss", XSS);
		PAYLOADS.put("xss attribute", XSS_ATTRIBUTE);
		PAYLOADS.put("1 MB", "ạ".repeat(1_000_000));
		PAYLOADS.put("control characters", "a\u0000b\u0007c\u001b[31md\u202e");
		PAYLOADS.put("sql", "'; drop table accounts; -- \" or 1=1 %_\\");
		PAYLOADS.put("invalid date", "2025-02-30");
		PAYLOADS.put("negative", "-1");
		PAYLOADS.put("huge", "99999999999999999999999999");
		PAYLOADS.put("foreign id", "1");
		PAYLOADS.put("missing", null);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accountRepository;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void creatingAnAccount() {
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("username", "hostile." + UUID.randomUUID().toString().substring(0, 8));
		valid.put("displayName", "Cán bộ thử");
		valid.put("role", "PROVINCE");
		valid.put("departmentId", "");
		valid.put("provinceId", "1");
		attack("/admin/accounts/new", valid, this.accounts.as(Role.ADMIN), "select count(*)::text || '/' || max(id)::text from accounts");
	}

	@Test
	void editingAGroupAProvinceAndADepartment() {
		attack("/admin/groups/2/edit", Map.of("nameVi", "Thương mại", "nameEn", "Trade", "leadDepartmentId", "1",
				"version", "0"), this.accounts.as(Role.ADMIN), "select md5(g::text) from cooperation_groups g where id = 2");
		attack("/admin/provinces/2/edit", Map.of("nameVi", "Hà Giang", "nameEn", "Ha Giang", "nameViFull",
				"Tỉnh Hà Giang", "version", "0"), this.accounts.as(Role.ADMIN),
				"select md5(p::text) from provinces p where id = 2");
		attack("/admin/departments/2/edit", Map.of("nameVi", "Sở thử", "nameEn", "Test department", "version", "0"),
				this.accounts.as(Role.ADMIN), "select md5(d::text) from departments d where id = 2");
		assertThat(this.mvc.get().uri("/groups").with(this.accounts.as(Role.ADMIN))).bodyText().doesNotContain(XSS);
	}

	@Test
	void changingOnesPassword() {
		String username = "hostile.pw." + UUID.randomUUID().toString().substring(0, 6);
		Account account = this.accountRepository.save(Account.of(Role.LEADER, username, "Thử mật khẩu",
				this.passwordEncoder.encode(TestAccounts.PASSWORD)));
		attack("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "x",
				"confirmation", "y"), user(new PortalUser(account)),
				"select password_hash from accounts where username = '" + username + "'");
	}

	@Test
	void settingAPasswordWithALinkAndLoggingIn() {
		attack("/password-reset/" + "A".repeat(43), Map.of("newPassword", "x", "confirmation", "y"), r -> r, null);
		attack("/login", Map.of("username", "test.leader", "password", "wrong-password"),
				r -> { r.setRemoteAddr("10.40.0.1"); return r; }, null);
	}

	@Test
	void searchingAccountsAndTheAuditLog() {
		for (String field : List.of("q", "role", "enabled", "page")) {
			for (String payload : PAYLOADS.values()) {
				check(this.mvc.get().uri("/admin/accounts").param(field, payload == null ? "" : payload)
					.with(this.accounts.as(Role.ADMIN)), "GET /admin/accounts " + field);
			}
		}
		for (String field : List.of("type", "username", "from", "to", "page")) {
			for (String payload : PAYLOADS.values()) {
				check(this.mvc.get().uri("/admin/audit").param(field, payload == null ? "" : payload)
					.with(this.accounts.as(Role.ADMIN)), "GET /admin/audit " + field);
			}
		}
	}

	/** Posts the valid form with one field replaced by each payload (or left out). */
	private void attack(String url, Map<String, String> valid, RequestPostProcessor who, String snapshotSql) {
		List<String> problems = new ArrayList<>();
		for (String field : valid.keySet()) {
			PAYLOADS.forEach((name, payload) -> {
				String before = snapshot(snapshotSql);
				MockMvcRequestBuilder request = this.mvc.post().uri(url).with(csrf()).with(who);
				for (Map.Entry<String, String> entry : valid.entrySet()) {
					String value = entry.getKey().equals(field) ? payload : entry.getValue();
					if (value != null) {
						request = request.param(entry.getKey(), value);
					}
				}
				MockHttpServletResponse response = check(request, url + " " + field + "=" + name);
				if (response.getStatus() != 302 && !java.util.Objects.equals(before, snapshot(snapshotSql))) {
					problems.add(url + " " + field + "=" + name + " was refused but wrote something");
				}
			});
		}
		assertThat(problems).isEmpty();
	}

	private MockHttpServletResponse check(MockMvcRequestBuilder request, String what) {
		var result = request.exchange();
		assertThat(result.getUnresolvedException()).as(what).isNull();
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).as(what).isLessThan(500);
		try {
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).as(what).doesNotContain(XSS).doesNotContain("<img src=x");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private String snapshot(String sql) {
		return sql == null ? null : this.jdbc.queryForObject(sql, String.class);
	}

}
