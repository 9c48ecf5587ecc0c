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

	private final Accounts repository;

	private final Departments departments;

	private final Provinces provinces;

	private final TransactionTemplate transactions;

	private String hash;

	TestAccounts(Accounts accounts, Departments departments, Provinces provinces, PasswordEncoder passwordEncoder,
			TransactionTemplate transactions) {
		TestAccounts fixture = this;
		this.repository = accounts;
		this.departments = departments;
		this.provinces = provinces;
		this.transactions = transactions;
		transactions.executeWithoutResult(status -> {
			String hash = passwordEncoder.encode(PASSWORD);
			fixture.hash = hash;
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

	/** A staff officer of the department with this code (created once, password {@link #PASSWORD}). */
	public PortalUser staffOf(String departmentCode) {
		String username = "test.staff." + departmentCode.toLowerCase().replace('_', '.');
		return new PortalUser(this.transactions.execute(status -> this.repository.findByUsername(username)
			.orElseGet(() -> this.repository.save(Account.staff(username, "Cán bộ " + departmentCode, this.hash,
					this.departments.findByCode(departmentCode).orElseThrow())))));
	}

	/** A province officer of the unit with this code, of the 2025 map unless {@code validFrom} says otherwise. */
	public PortalUser provinceOf(String code, java.time.LocalDate validFrom) {
		String username = "test.province." + code + "." + validFrom.getYear();
		return new PortalUser(this.transactions.execute(status -> this.repository.findByUsername(username)
			.orElseGet(() -> this.repository.save(Account.province(username, "Cán bộ tỉnh " + code, this.hash,
					this.provinces.findByCodeAndValidFrom(code, validFrom).orElseThrow())))));
	}

	public PortalUser provinceOf(String code) {
		return provinceOf(code, Province.MERGER_DAY);
	}

	public static RequestPostProcessor as(PortalUser user) {
		return user(user);
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
