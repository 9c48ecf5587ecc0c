package vn.hanoi.cooperation;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.cooperation.account.Account;
import vn.hanoi.cooperation.account.Accounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One account per role, created once in the test JVM's fresh database: a staff officer of Sở Công Thương
 * (2025) and a province officer of Điện Biên (2025), as in the demo.
 */
public class TestAccounts {

	public static final String PASSWORD = "test-password-123";

	private final Map<Role, Account> accounts = new EnumMap<>(Role.class);

	TestAccounts(Accounts accounts, Departments departments, Provinces provinces, PasswordEncoder passwordEncoder,
			TransactionTemplate transactions) {
		TestAccounts fixture = this;
		transactions.executeWithoutResult(status -> {
			String hash = passwordEncoder.encode(PASSWORD);
			fixture.accounts.put(Role.ADMIN, ensure(accounts, Account.administrator("test.admin", "Admin", hash)));
			fixture.accounts.put(Role.COORDINATOR,
					ensure(accounts, Account.of(Role.COORDINATOR, "test.coordinator", "Điều phối", hash)));
			fixture.accounts.put(Role.LEADER, ensure(accounts, Account.of(Role.LEADER, "test.leader", "Lãnh đạo", hash)));
			fixture.accounts.put(Role.STAFF, ensure(accounts, Account.staff("test.staff", "Cán bộ Sở Công Thương", hash,
					departments.findByCode("SCT_2025").orElseThrow())));
			fixture.accounts.put(Role.PROVINCE, ensure(accounts, Account.province("test.province", "Cán bộ Điện Biên",
					hash, provinces.findByCodeAndValidFrom("11", Province.MERGER_DAY).orElseThrow())));
		});
	}

	private static Account ensure(Accounts accounts, Account account) {
		return accounts.findByUsername(account.getUsername()).orElseGet(() -> accounts.save(account));
	}

	public String username(Role role) {
		return this.accounts.get(role).getUsername();
	}

	public PortalUser principal(Role role) {
		return new PortalUser(this.accounts.get(role));
	}

	/** Acts as the test account of {@code role} in a MockMvc request. */
	public RequestPostProcessor as(Role role) {
		return user(principal(role));
	}

}
