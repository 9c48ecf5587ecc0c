package vn.hanoi.cooperation.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.ShownOnce;
import vn.hanoi.cooperation.SlicePage;
import vn.hanoi.cooperation.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** What administrators do to other accounts, where it could leave the portal without an administrator. */
@PortalTest
class AccountAdministrationTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void twoAdministratorsDisablingEachOtherAtOnceLeaveOneOfThemEnabled() throws Exception {
		AdministratorsAtOnce.actOnEachOther(this.jdbc, this.dataSource, this.accounts, this::disable, (answers, pair) -> {
			answers.forEach(answer -> assertThat(answer).hasStatus3xxRedirection());
			// The one that came second is told why nothing happened.
			assertThat(answers).extracting(answer -> answer.getMvcResult().getFlashMap().get("warning"))
				.containsOnlyOnce("cannotDisableLastAdministrator");
			assertThat(this.jdbc.queryForObject("select count(*) from accounts where enabled and id in (?, ?)",
					Integer.class, pair.get(0), pair.get(1))).isEqualTo(1);
		});
	}

	@Test
	void aPasswordLinkHandedOutBeforeTheAccountWasDisabledNoLongerWorksOnceItIsEnabledAgain() throws Exception {
		String username = "rejoined." + UUID.randomUUID().toString().substring(0, 8);
		MvcTestResult created = this.mvc.post()
			.uri("/admin/accounts/new")
			.param("username", username)
			.param("displayName", "Cán bộ nghỉ việc")
			.param("role", "LEADER")
			.with(this.testAccounts.as(Role.ADMIN))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		String link = ShownOnce.secret(this.mvc, created, this.testAccounts.as(Role.ADMIN), "reset-link");
		String path = link.substring(link.indexOf("/password-reset/"));
		assertThat(this.mvc.get().uri(path)).hasStatusOk();
		String account = created.getResponse().getRedirectedUrl();
		assertThat(this.mvc.post().uri(account + "/disable").with(this.testAccounts.as(Role.ADMIN)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(path)).hasStatus(404);
		// Enabled again (for someone else, or after a mistake): the old link stays dead; the administrator makes a new one.
		assertThat(this.mvc.post().uri(account + "/enable").with(this.testAccounts.as(Role.ADMIN)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(path)).hasStatus(404);
		assertThat(this.mvc.post().uri(path).param("newPassword", "Mùa thu Hà Nội lá vàng rơi")
			.param("confirmation", "Mùa thu Hà Nội lá vàng rơi").with(csrf())).hasStatus(404);
	}

	/**
	 * Another transaction holds the account's unused link, so that both requests are past their first reads before
	 * either writes: the one sent first must come out first, the other after it, as if they had not overlapped.
	 */
	@Test
	void aPasswordLinkMadeWhileAnotherAdministratorDisablesTheAccountDoesNotSurviveTheDisable() throws Exception {
		for (boolean linkFirst : new boolean[] { true, false }) {
			String username = "raced." + UUID.randomUUID().toString().substring(0, 8);
			String account = create(username, "").getResponse().getRedirectedUrl();
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try (Connection holder = this.dataSource.getConnection()) {
				holder.setAutoCommit(false);
				try (PreparedStatement statement = holder.prepareStatement("""
						select t.id from password_reset_tokens t join accounts a on a.id = t.account_id
						where a.username = ? and t.used_at is null for update of t""")) {
					statement.setString(1, username);
					statement.execute();
				}
				Future<MvcTestResult> link;
				Future<MvcTestResult> disable;
				if (linkFirst) {
					link = pool.submit(() -> press(account, "reset-link"));
					Concurrently.awaitWaitingForLocks(this.jdbc, 1);
					disable = pool.submit(() -> press(account, "disable"));
				}
				else {
					disable = pool.submit(() -> press(account, "disable"));
					Concurrently.awaitWaitingForLocks(this.jdbc, 1);
					link = pool.submit(() -> press(account, "reset-link"));
				}
				Concurrently.awaitWaitingForLocks(this.jdbc, 2);
				holder.commit();
				MvcTestResult linked = link.get(1, TimeUnit.MINUTES);
				assertThat(disable.get(1, TimeUnit.MINUTES)).hasStatus3xxRedirection()
					.flash()
					.containsEntry("message", "accountDisabled");
				if (linkFirst) {
					// Made before the disable: handed out, and retired by it.
					assertThat(linked).hasStatus3xxRedirection().flash().containsEntry("message", "resetLinkCreated");
				}
				else {
					assertThat(linked).hasStatus3xxRedirection()
						.flash()
						.containsEntry("warning", "resetLinkForDisabledAccount")
						.doesNotContainKey("resetLink");
				}
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(this.jdbc.queryForObject("""
					select count(*) from password_reset_tokens t join accounts a on a.id = t.account_id
					where a.username = ? and t.used_at is null""", Integer.class, username))
				.as(linkFirst ? "the link made first" : "the link asked after").isZero();
			assertThat(this.jdbc.queryForObject("select enabled from accounts where username = ?", Boolean.class,
					username)).isFalse();
		}
	}

	@Test
	void aDisabledAccountIsOfferedNoPasswordLinkAndOneAskedForIsRefusedWithTheReason() {
		String username = "left." + UUID.randomUUID().toString().substring(0, 8);
		MvcTestResult created = create(username, "");
		String account = created.getResponse().getRedirectedUrl();
		assertThat(this.mvc.post().uri(account + "/disable").with(this.testAccounts.as(Role.ADMIN)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(account).with(this.testAccounts.as(Role.ADMIN))).hasStatusOk()
			.bodyText()
			.doesNotContain("Tạo liên kết đặt mật khẩu");
		MvcTestResult asked = this.mvc.post()
			.uri(account + "/reset-link")
			.with(this.testAccounts.as(Role.ADMIN))
			.with(csrf())
			.exchange();
		assertThat(asked).hasStatus3xxRedirection().flash().doesNotContainKey("resetLink");
		assertThat(this.mvc.get().uri(account).flashAttrs(asked.getMvcResult().getFlashMap())
			.with(this.testAccounts.as(Role.ADMIN))).bodyText().contains("Tài khoản đang bị khóa nên không tạo liên kết");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from password_reset_tokens t join accounts a on a.id = t.account_id
				where a.username = ? and t.used_at is null""", Integer.class, username)).isZero();
	}

	@Test
	void anAddressPastedWithNoBreakSpacesIsKeptWithoutThemAndOneWithASpaceInsideIsRefused() {
		String username = "pasted." + UUID.randomUUID().toString().substring(0, 8);
		assertThat(create(username, "\u00a0ha.nv@hanoi.gov.vn\u00a0")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select email from accounts where username = ?", String.class, username))
			.isEqualTo("ha.nv@hanoi.gov.vn");
		assertThat(create(username + ".2", "ha.nv\u00a0@hanoi.gov.vn")).hasStatusOk()
			.bodyText()
			.contains("Địa chỉ thư điện tử không hợp lệ");
		assertThat(this.jdbc.queryForObject("select count(*) from accounts where username = ?", Integer.class,
				username + ".2")).isZero();
		// Zero-width characters around an address are invisible too: alone, they are no address, not a wrong one.
		assertThat(create(username + ".3", "\u200bha.nv@hanoi.gov.vn\ufeff")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select email from accounts where username = ?", String.class,
				username + ".3")).isEqualTo("ha.nv@hanoi.gov.vn");
		assertThat(create(username + ".4", "\u200b\u200b")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select email from accounts where username = ?", String.class,
				username + ".4")).isNull();
	}

	@Test
	void hanoiIsNeitherOfferedNorAcceptedAsTheProvinceOfAProvinceOfficer() {
		String form = SlicePage.shown(this.mvc.get().uri("/admin/accounts/new").with(this.testAccounts.as(Role.ADMIN))
			.exchange());
		assertThat(form).contains(">Điện Biên</option>").doesNotContain(">Hà Nội</option>");
		Long hanoi = this.jdbc.queryForObject("select id from provinces where code = '01' and valid_to is null",
				Long.class);
		String username = "hanoi." + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.mvc.post()
			.uri("/admin/accounts/new")
			.param("username", username)
			.param("displayName", "Cán bộ Hà Nội")
			.param("role", "PROVINCE")
			.param("provinceId", hanoi.toString())
			.with(this.testAccounts.as(Role.ADMIN))
			.with(csrf())).hasStatusOk().bodyText().contains("Hà Nội không phải địa phương hợp tác");
		assertThat(this.jdbc.queryForObject("select count(*) from accounts where username = ?", Integer.class,
				username)).isZero();
	}

	@Test
	void aNameOfNoBreakSpacesOrZeroWidthCharactersIsRefusedAndNoneAroundANameIsKept() {
		String username = "spaced." + UUID.randomUUID().toString().substring(0, 8);
		// No-break spaces, and zero-width characters pasted from a chat or a web page: both show nothing.
		for (String blank : new String[] { "\u00a0\u202f\u00a0", "\u200b\u200c\u200d\u2060\ufeff" }) {
			assertThat(create(username, blank, "")).hasStatusOk().bodyText().contains("Vui lòng nhập trường này.");
			assertThat(this.jdbc.queryForObject("select count(*) from accounts where username = ?", Integer.class,
					username)).isZero();
		}
		assertThat(create(username, "\ufeff\u00a0Nguyễn Văn Hà\u200b\u00a0", "")).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select display_name from accounts where username = ?", String.class,
				username)).isEqualTo("Nguyễn Văn Hà");
	}

	private MvcTestResult create(String username, String email) {
		return create(username, "Nguyễn Văn Hà", email);
	}

	private MvcTestResult create(String username, String displayName, String email) {
		return this.mvc.post()
			.uri("/admin/accounts/new")
			.param("username", username)
			.param("displayName", displayName)
			.param("role", "LEADER")
			.param("email", email)
			.with(this.testAccounts.as(Role.ADMIN))
			.with(csrf())
			.exchange();
	}

	/** An administrator's button on the account's page: "reset-link", "disable". */
	private MvcTestResult press(String account, String action) {
		return this.mvc.post().uri(account + "/" + action).with(this.testAccounts.as(Role.ADMIN)).with(csrf())
			.exchange();
	}

	private MvcTestResult disable(Account actor, Account target) {
		return this.mvc.post()
			.uri("/admin/accounts/{id}/disable", target.getId())
			.with(TestAccounts.as(new PortalUser(actor)))
			.with(csrf())
			.exchange();
	}

}
