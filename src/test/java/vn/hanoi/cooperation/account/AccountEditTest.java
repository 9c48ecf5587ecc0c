package vn.hanoi.cooperation.account;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BeanPropertyBindingResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.activity.TestActivities;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An administrator corrects or moves an account instead of creating a second one: what changes at once for the
 * person signed in with it, what the security log keeps, and what is refused.
 */
@PortalTest
class AccountEditTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	Accounts accounts;

	@Autowired
	Departments departments;

	@Autowired
	Provinces provinces;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AccountChanges changes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	private TestActivities activities;

	@BeforeEach
	void noActivitiesYet() {
		this.activities = new TestActivities(this.jdbc);
	}

	@AfterEach
	void removeActivities() {
		this.activities.removeAll();
	}

	@Test
	void aCorrectedNameAndAddressAreSavedAndLoggedWithoutEndingTheSessions() {
		Account account = staff("sua.ten", "SCT_2025");
		MockHttpSession session = login(account);
		Long activity = this.activities.create("Hội chợ hàng Việt", "SCT_2025", LocalDate.of(2022, 12, 31), false);

		String form = SlicePage.shown(this.mvc.get().uri(editPath(account)).with(admin()).exchange());
		assertThat(form).contains("Sửa tài khoản " + account.getUsername(), "Nguyễn Văn Hà", "Sở Công Thương");
		assertThat(SlicePage.shown(this.mvc.get().uri(editPath(account) + "?lang=en").with(admin()).exchange()))
			.contains("Edit account " + account.getUsername(), "The username cannot be changed");
		MvcTestResult saved = edit(account, Map.of("displayName", "Nguyễn Văn Hải", "email", "hai.nv@hanoi.gov.vn"));

		assertThat(saved).hasRedirectedUrl("/admin/accounts/" + account.getId())
			.flash()
			.containsEntry("message", "accountChanged");
		assertThat(this.mvc.get().uri("/admin/accounts/" + account.getId())
			.flashAttrs(saved.getMvcResult().getFlashMap())
			.with(admin())).bodyText().contains("Đã lưu thay đổi tài khoản.", "Nguyễn Văn Hải", "hai.nv@hanoi.gov.vn");
		assertThat(this.jdbc.queryForMap("select display_name, email, sessions_valid_after from accounts where id = ?",
				account.getId()))
			.containsEntry("display_name", "Nguyễn Văn Hải")
			.containsEntry("email", "hai.nv@hanoi.gov.vn")
			.containsEntry("sessions_valid_after", null);
		// The same rights: the person goes on working in the session they have, under the corrected name.
		assertThat(this.mvc.get().uri("/activities/" + activity + "/edit").session(session)).hasStatusOk()
			.bodyText()
			.contains("Nguyễn Văn Hải")
			.doesNotContain("Nguyễn Văn Hà");
		assertThat(changeLines(account)).containsExactly("display name: Nguyễn Văn Hà → Nguyễn Văn Hải",
				"e-mail: — → hai.nv@hanoi.gov.vn");
		assertThat(this.mvc.get().uri("/admin/audit").param("username", account.getUsername()).with(admin()))
			.bodyText()
			.contains("Sửa tài khoản", "Họ tên: Nguyễn Văn Hà → Nguyễn Văn Hải", "Thư điện tử: — → hai.nv@hanoi.gov.vn");
	}

	@Test
	void aStaffOfficerMovedToAnotherDepartmentLosesTheOldOnesActivityAtTheNextRequest() {
		Account account = staff("chuyen.so", "SCT_2025");
		MockHttpSession session = login(account);
		Long trade = this.activities.create("Kết nối tiêu thụ nông sản", "SCT_2025", LocalDate.of(2022, 12, 31), false);
		Long health = this.activities.create("Hỗ trợ y tế vùng cao", "SYT_2025", LocalDate.of(2022, 12, 31), false);
		assertThat(this.mvc.get().uri("/activities/" + trade + "/edit").session(session)).hasStatusOk();

		assertThat(edit(account, Map.of("departmentId", id("SYT_2025").toString()))).hasStatus3xxRedirection();

		// Its next request ends the session opened with the old department's rights.
		assertThat(this.mvc.get().uri("/activities/" + trade + "/edit").session(session))
			.hasRedirectedUrl("/login?expired");
		MockHttpSession again = login(account);
		assertThat(this.mvc.get().uri("/activities/" + trade + "/edit").session(again)).hasStatus(404);
		assertThat(this.mvc.get().uri("/activities/" + health + "/edit").session(again)).hasStatusOk();
		assertThat(changeLines(account)).containsExactly("department: SCT_2025 → SYT_2025");
		assertThat(this.jdbc.queryForList("select type from security_events where username = ? order by id",
				String.class, account.getUsername()))
			.containsSubsequence("ACCOUNT_CHANGED", "SESSION_ENDED", "LOGIN_SUCCESS");
	}

	@Test
	void aStaffOfficerPromotedToLeaderLogsInAgainAsALeader() {
		Account account = staff("len.lanh.dao", "SCT_2025");
		MockHttpSession session = login(account);
		assertThat(this.mvc.get().uri("/activities/new").session(session)).hasStatusOk();

		assertThat(edit(account, Map.of("role", "LEADER", "departmentId", ""))).hasStatus3xxRedirection();

		assertThat(this.mvc.get().uri("/activities/new").session(session)).hasRedirectedUrl("/login?expired");
		MvcTestResult login = loginAnswer(account);
		assertThat(login).hasRedirectedUrl("/dashboard");
		MockHttpSession leader = (MockHttpSession) login.getRequest().getSession(false);
		assertThat(this.mvc.get().uri("/activities/new").session(leader)).hasStatus(404);
		assertThat(this.jdbc.queryForMap("select role, department_id from accounts where id = ?", account.getId()))
			.containsEntry("role", "LEADER")
			.containsEntry("department_id", null);
		assertThat(changeLines(account)).containsExactly("role: STAFF → LEADER", "department: SCT_2025 → —");
	}

	@Test
	void aHaGiangOfficerIsMovedToTheMergedTuyenQuangAndTheFormSaysTheOldUnitHasEnded() {
		Province haGiang = this.provinces.findByCodeAndValidFrom("02", LocalDate.of(2008, 8, 1)).orElseThrow();
		Province tuyenQuang = this.provinces.findByCodeAndValidFrom("08", Province.MERGER_DAY).orElseThrow();
		Account account = this.accounts.save(Account.province(unique("hagiang"), "Cán bộ Hà Giang", null, haGiang));

		assertThat(SlicePage.shown(this.mvc.get().uri(editPath(account)).with(admin()).exchange()))
			.contains("Đơn vị hiện tại của tài khoản, Hà Giang, không còn hoạt động");
		// The unit that ended is not offered, so a form sent as it came needs today's unit, as a new account does.
		assertThat(edit(account, Map.of("provinceId", haGiang.getId().toString()))).hasStatusOk()
			.bodyText()
			.contains("Cán bộ địa phương phải thuộc một tỉnh, thành phố hiện hành.");
		assertThat(edit(account, Map.of("provinceId", tuyenQuang.getId().toString()))).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select province_id from accounts where id = ?", Long.class,
				account.getId())).isEqualTo(tuyenQuang.getId());
		assertThat(changeLines(account)).containsExactly("province: Hà Giang → Tuyên Quang");
	}

	@Test
	void theCreationsRulesForRoleDepartmentAndProvinceHoldForAChange() {
		Account account = staff("quy.tac", "SCT_2025");
		Long hanoi = this.jdbc.queryForObject("select id from provinces where code = '01' and valid_to is null",
				Long.class);
		assertThat(edit(account, Map.of("departmentId", ""))).hasStatusOk()
			.bodyText()
			.contains("Cán bộ sở, ngành phải thuộc một sở, ngành đang hoạt động.");
		// Sở Kế hoạch và Đầu tư ended on 28 February 2025.
		assertThat(edit(account, Map.of("departmentId", id("SKHDT").toString()))).hasStatusOk()
			.bodyText()
			.contains("Cán bộ sở, ngành phải thuộc một sở, ngành đang hoạt động.");
		assertThat(edit(account, Map.of("role", "PROVINCE", "departmentId", "", "provinceId", hanoi.toString())))
			.hasStatusOk()
			.bodyText()
			.contains("Hà Nội không phải địa phương hợp tác");
		assertThat(edit(account, Map.of("displayName", "\u00a0\u200b"))).hasStatusOk()
			.bodyText()
			.contains("Vui lòng nhập trường này.");
		assertThat(edit(account, Map.of("role", "NOBODY"))).hasStatusOk();
		assertThat(this.jdbc.queryForMap("select role, department_id, version from accounts where id = ?",
				account.getId()))
			.containsEntry("role", "STAFF")
			.containsEntry("department_id", id("SCT_2025"))
			.containsEntry("version", 0L);
		assertThat(changeLines(account)).isEmpty();
		// The username is the login: not a field of the change.
		assertThat(edit(account, Map.of("username", "someone.else"))).hasStatus3xxRedirection();
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getUsername())
			.isEqualTo(account.getUsername());
	}

	@Test
	void aFormFromASecondTabThatIsOutOfDateIsToldSoAndKeepsWhatWasTyped() {
		Account account = staff("hai.tab", "SCT_2025");
		String stale = SlicePage.formVersion(this.mvc.get().uri(editPath(account)).with(admin()).exchange());
		assertThat(edit(account, Map.of("displayName", "Tên từ tab thứ nhất"))).hasStatus3xxRedirection();

		MvcTestResult refused = send(account, Map.of("displayName", "Tên từ tab thứ hai", "version", stale));

		assertThat(refused).hasStatusOk();
		String page = SlicePage.shown(refused);
		assertThat(page).contains("Người khác vừa lưu tài khoản này", "Tên từ tab thứ hai");
		assertThat(displayName(account)).isEqualTo("Tên từ tab thứ nhất");
		// Sent again as shown, over the version it now carries, it is saved.
		assertThat(send(account, Map.of("displayName", "Tên từ tab thứ hai", "version", SlicePage.formVersion(refused))))
			.hasStatus3xxRedirection();
		assertThat(displayName(account)).isEqualTo("Tên từ tab thứ hai");
	}

	@Test
	void anAdministratorCannotChangeTheirOwnRoleButMayCorrectTheirName() {
		Account self = this.accounts
			.save(Account.administrator(unique("tu.sua"), "Quản trị tự sửa", this.passwordEncoder.encode("x")));
		RequestPostProcessor asSelf = TestAccounts.as(new PortalUser(self));
		assertThat(SlicePage.shown(this.mvc.get().uri(editPath(self)).with(asSelf).exchange()))
			.contains("Vai trò của chính bạn chỉ một quản trị viên khác đổi được.")
			.doesNotContainPattern("<select[^>]*name=\"role\"");

		MvcTestResult refused = send(self, values(self, Map.of("role", "LEADER")), asSelf);

		assertThat(refused).hasStatusOk().bodyText().contains("Bạn không thể tự đổi vai trò của chính mình");
		assertThat(this.jdbc.queryForObject("select role from accounts where id = ?", String.class, self.getId()))
			.isEqualTo("ADMIN");
		assertThat(send(self, values(self, Map.of("displayName", "Quản trị viên A")), asSelf))
			.hasStatus3xxRedirection();
		assertThat(changeLines(self)).containsExactly("display name: Quản trị tự sửa → Quản trị viên A");
	}

	@Test
	void theLastEnabledAdministratorKeepsTheRole() {
		List<Long> others = this.jdbc.queryForList("select id from accounts where role = 'ADMIN' and enabled",
				Long.class);
		Account last = this.accounts.save(Account.administrator(unique("cuoi.cung"), "Quản trị cuối cùng", "x"));
		Account other = this.accounts.save(Account.administrator(unique("khac"), "Quản trị đã khóa", "x"));
		others.forEach(id -> this.jdbc.update("update accounts set enabled = false where id = ?", id));
		this.jdbc.update("update accounts set enabled = false where id = ?", other.getId());
		try {
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(
					new AccountChangeForm("Quản trị cuối cùng", "", Role.LEADER, null, null, "0"), "form");
			// As another administrator whose account was disabled since: the service holds the line itself.
			this.changes.change(last.getId(), other.getId(), (AccountChangeForm) errors.getTarget(),
					new AccountFormValidator.Units(null, null), errors);
			assertThat(errors.getFieldError("role")).isNotNull()
				.extracting(error -> error.getCode())
				.isEqualTo("account.cannotDemoteLastAdministrator");
			assertThat(this.jdbc.queryForObject("select role from accounts where id = ?", String.class, last.getId()))
				.isEqualTo("ADMIN");
		}
		finally {
			this.jdbc.update("update accounts set enabled = false where id in (?, ?)", last.getId(), other.getId());
			others.forEach(id -> this.jdbc.update("update accounts set enabled = true where id = ?", id));
		}
	}

	@Test
	void twoAdministratorsDemotingEachOtherAtOnceLeaveOneOfThemAnAdministrator() throws Exception {
		AdministratorsAtOnce.actOnEachOther(this.jdbc, this.dataSource, this.accounts, this::demote, (answers, pair) -> {
			assertThat(answers).extracting(answer -> answer.getResponse().getStatus())
				.containsExactlyInAnyOrder(302, 200);
			// The one that came second is told why nothing happened.
			assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 200)
				.singleElement()
				.satisfies(answer -> assertThat(SlicePage.shown(answer))
					.contains("Không thể đổi vai trò của quản trị viên cuối cùng đang hoạt động"));
			assertThat(this.jdbc.queryForObject("select count(*) from accounts where role = 'ADMIN' and id in (?, ?)",
					Integer.class, pair.get(0), pair.get(1))).isEqualTo(1);
		});
	}

	@Test
	void whereSingleSignOnFindsPeopleByEmailTwoAccountsCannotShareAnAddress() {
		Account holder = staff("co.dia.chi", "SCT_2025");
		String address = holder.getUsername() + "@hanoi.gov.vn";
		this.jdbc.update("update accounts set email = ? where id = ?", address, holder.getId());
		Account other = staff("muon.dia.chi", "SCT_2025");
		AccountFormValidator byEmail = new AccountFormValidator(this.departments, this.provinces, this.accounts, true);
		AccountFormValidator byUsername = new AccountFormValidator(this.departments, this.provinces, this.accounts,
				false);

		assertThat(emailErrors(byEmail, " " + address.toUpperCase() + " ", other.getId())).as("another account's")
			.containsExactly("account.emailSignsInAnother");
		assertThat(emailErrors(byEmail, address, null)).as("a new account").containsExactly("account.emailSignsInAnother");
		assertThat(emailErrors(byEmail, address, holder.getId())).as("its own").isEmpty();
		assertThat(emailErrors(byUsername, address, other.getId())).as("the username opens the account").isEmpty();
	}

	private List<String> emailErrors(AccountFormValidator validator, String email, Long accountId) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(
				new AccountChangeForm("Tên", email, Role.STAFF, id("SCT_2025"), null, "0"), "form");
		validator.validate(Role.STAFF, id("SCT_2025"), null, email, accountId, errors);
		return errors.getFieldErrors("email").stream().map(error -> error.getCode()).toList();
	}

	private MvcTestResult demote(Account actor, Account target) {
		return send(target, values(target, Map.of("role", "LEADER")), TestAccounts.as(new PortalUser(actor)));
	}

	/** Sends the account's edit form as it came, with {@code changes} made, over the account's current version. */
	private MvcTestResult edit(Account account, Map<String, String> changes) {
		Map<String, String> values = values(account, changes);
		values.putIfAbsent("version", String.valueOf(
				this.jdbc.queryForObject("select version from accounts where id = ?", Long.class, account.getId())));
		return send(account, values, admin());
	}

	private MvcTestResult send(Account account, Map<String, String> values) {
		Map<String, String> all = values(account, values);
		return send(account, all, admin());
	}

	private MvcTestResult send(Account account, Map<String, String> values, RequestPostProcessor who) {
		Map<String, String> all = new LinkedHashMap<>(values);
		if (!all.containsKey("version")) {
			all.put("version", String.valueOf(this.jdbc.queryForObject("select version from accounts where id = ?",
					Long.class, account.getId())));
		}
		MockMvcRequestBuilder request = this.mvc.post().uri(editPath(account)).with(who).with(csrf());
		for (Map.Entry<String, String> value : all.entrySet()) {
			request = request.param(value.getKey(), value.getValue());
		}
		return request.exchange();
	}

	/** The form's fields as the page fills them for the account as it was made, with {@code changes} made. */
	private Map<String, String> values(Account account, Map<String, String> changes) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("displayName", account.getDisplayName());
		values.put("email", account.getEmail() == null ? "" : account.getEmail());
		values.put("role", account.getRole().name());
		values.put("departmentId", account.getDepartment() == null ? "" : account.getDepartment().getId().toString());
		values.put("provinceId", account.getProvince() == null ? "" : account.getProvince().getId().toString());
		values.putAll(changes);
		return values;
	}

	private List<String> changeLines(Account account) {
		return this.jdbc.queryForList(
				"select detail from security_events where type = 'ACCOUNT_CHANGED' and username = ? order by id",
				String.class, account.getUsername());
	}

	private String displayName(Account account) {
		return this.jdbc.queryForObject("select display_name from accounts where id = ?", String.class,
				account.getId());
	}

	private Account staff(String name, String departmentCode) {
		return this.accounts.save(Account.staff(unique(name), "Nguyễn Văn Hà",
				this.passwordEncoder.encode(TestAccounts.PASSWORD), this.departments.findByCode(departmentCode)
					.orElseThrow()));
	}

	private MockHttpSession login(Account account) {
		MvcTestResult login = loginAnswer(account);
		assertThat(login).hasStatus3xxRedirection();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	private MvcTestResult loginAnswer(Account account) {
		return this.mvc.post()
			.uri("/login")
			.param("username", account.getUsername())
			.param("password", TestAccounts.PASSWORD)
			.with(csrf())
			.with(AccountLifecycleTest.from("10.12.0." + (int) (Math.random() * 200 + 20)))
			.exchange();
	}

	private Long id(String departmentCode) {
		return this.departments.findByCode(departmentCode).orElseThrow().getId();
	}

	private RequestPostProcessor admin() {
		return this.testAccounts.as(Role.ADMIN);
	}

	private static String editPath(Account account) {
		return "/admin/accounts/" + account.getId() + "/edit";
	}

	private static String unique(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8);
	}

}
