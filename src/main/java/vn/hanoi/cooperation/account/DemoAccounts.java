package vn.hanoi.cooperation.account;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.system.EmbeddedDatabase;
import vn.hanoi.cooperation.system.StartupLines;

/**
 * One account per role for trying the portal, created only on the embedded database with demo data turned on
 * (the README's run command does). A real deployment never gets them: there is no embedded database there, and
 * {@code java -jar} leaves demo data off. They are created once every bean exists and before the web server
 * takes its first request, so that {@code /login} never answers before they do.
 */
@Component
public class DemoAccounts implements SmartInitializingSingleton, StartupLines {

	/** Public on purpose: the README and the start-up log print it. */
	public static final String PASSWORD = "demo-hanoi-188";

	public record DemoAccount(String username, Role role, String displayName, String departmentCode,
			String provinceCode) {
	}

	public static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", Role.ADMIN, "Quản trị hệ thống (demo)", null, null),
			new DemoAccount("dieuphoi", Role.COORDINATOR, "Nguyễn Thu Hà – Sở Tài chính (demo)", null, null),
			new DemoAccount("canbo.sct", Role.STAFF, "Trần Minh Đức – Sở Công Thương (demo)", "SCT_2025", null),
			new DemoAccount("canbo.snnmt", Role.STAFF, "Lê Thị Lan – Sở Nông nghiệp và Môi trường (demo)",
					"SNNMT_2025", null),
			new DemoAccount("lanhdao", Role.LEADER, "Phạm Quốc Hưng – Lãnh đạo UBND (demo)", null, null),
			new DemoAccount("dienbien", Role.PROVINCE, "Lò Văn Thắng – UBND tỉnh Điện Biên (demo)", null, "11"),
			new DemoAccount("tuyenquang", Role.PROVINCE, "Hoàng Thị Mai – UBND tỉnh Tuyên Quang (demo)", null, "08"));

	private final Accounts accounts;

	private final Departments departments;

	private final Provinces provinces;

	private final PasswordEncoder passwordEncoder;

	private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

	DemoAccounts(Accounts accounts, Departments departments, Provinces provinces, PasswordEncoder passwordEncoder,
			ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.accounts = accounts;
		this.departments = departments;
		this.provinces = provinces;
		this.passwordEncoder = passwordEncoder;
		this.embeddedDatabase = embeddedDatabase;
	}

	public boolean active() {
		EmbeddedDatabase database = this.embeddedDatabase.getIfAvailable();
		return database != null && database.demoData();
	}

	@Override
	@Transactional
	public void afterSingletonsInstantiated() {
		if (!active()) {
			return;
		}
		for (DemoAccount demo : ACCOUNTS) {
			if (this.accounts.findByUsername(demo.username()).isEmpty()) {
				this.accounts.save(create(demo, this.passwordEncoder.encode(PASSWORD)).markDemo());
			}
		}
	}

	/** How to log in, in the start-up report of a run with demo data. */
	@Override
	public void appendTo(StringBuilder report) {
		if (!active()) {
			return;
		}
		report.append("  Demo accounts (password ").append(PASSWORD).append("):\n");
		for (DemoAccount account : ACCOUNTS) {
			report.append(String.format("    %-12s %-12s %s%n", account.username(), account.role(),
					account.displayName()));
		}
	}

	private Account create(DemoAccount demo, String hash) {
		return switch (demo.role()) {
			case STAFF -> Account.staff(demo.username(), demo.displayName(), hash,
					this.departments.findByCode(demo.departmentCode()).orElseThrow());
			case PROVINCE -> Account.province(demo.username(), demo.displayName(), hash,
					this.provinces.findByCodeAndValidFrom(demo.provinceCode(), Province.MERGER_DAY).orElseThrow());
			default -> Account.of(demo.role(), demo.username(), demo.displayName(), hash);
		};
	}

}
