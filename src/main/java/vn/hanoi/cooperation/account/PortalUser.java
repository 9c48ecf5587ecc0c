package vn.hanoi.cooperation.account;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in person as the rest of the portal sees it: the role and the department or province it is bound
 * to, kept as ids so that the session holds no entity.
 */
public class PortalUser extends User {

	private final Long accountId;

	/** As the account has it now: an administrator's correction shows without a new login (volatile: a kept
	 * session's requests may run at once). */
	private volatile String displayName;

	private final Role role;

	private final Long departmentId;

	private final Long provinceId;

	/** When this login happened: sessions older than the account's "valid after" instant are ended. */
	private final Instant authenticatedAt;

	public PortalUser(Account account) {
		super(account.getUsername(), account.getPasswordHash() == null ? "" : account.getPasswordHash(),
				account.isEnabled() && account.getPasswordHash() != null, true, true, true,
				authorities(account.getRole()));
		this.accountId = account.getId();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.departmentId = account.getDepartment() == null ? null : account.getDepartment().getId();
		this.provinceId = account.getProvince() == null ? null : account.getProvince().getId();
		this.authenticatedAt = Instant.now();
	}

	/**
	 * The person signed in other than by the login form (a renewed login, single sign-on), as a session keeps it:
	 * without the password hash, as Spring Security leaves the form's login once it is checked.
	 */
	static PortalUser signedIn(Account account) {
		PortalUser user = new PortalUser(account);
		user.eraseCredentials();
		return user;
	}

	private static List<GrantedAuthority> authorities(Role role) {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	/** The name the account has now, read by every request's check ({@code AccountSessionFilter}). */
	void showAs(String currentDisplayName) {
		this.displayName = currentDisplayName;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public Long getProvinceId() {
		return this.provinceId;
	}

	public Instant getAuthenticatedAt() {
		return this.authenticatedAt;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

}
