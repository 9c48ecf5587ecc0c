package vn.hanoi.cooperation.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.system.RecordEntity;
import vn.hanoi.cooperation.system.UnicodeSpaces;

/** A person who logs in: one role, and for STAFF a department, for PROVINCE a province. */
@Entity
@Table(name = "accounts")
public class Account extends RecordEntity {

	/** What a username may be as typed (it is kept in lower case): letters, digits, '.', '_' or '-', 3 to 60. */
	public static final String USERNAME_SHAPE = "[A-Za-z0-9._-]{3,60}";

	/**
	 * An e-mail address as the database accepts it once trimmed (an empty form field means none). Every Unicode
	 * space counts as one, and so does an invisible format character (zero-width space, BOM) around it, as
	 * {@link UnicodeSpaces} trims them: an address copied from a document often ends in a no-break space, which
	 * Java's plain {@code \s} and {@code strip()} keep, and no mail reaches an address that carries one.
	 */
	public static final String EMAIL_PATTERN = "(?U)" + UnicodeSpaces.EDGE + "*|" + UnicodeSpaces.EDGE
			+ "*[^@\\s]+@[^@\\s]+\\.[^@\\s]+" + UnicodeSpaces.EDGE + "*";

	/** Trimmed of every kind of space, null when nothing else is left. */
	public static String normalizedEmail(String email) {
		String trimmed = UnicodeSpaces.trim(email);
		return trimmed == null || trimmed.isEmpty() ? null : trimmed;
	}

	@Column(nullable = false, unique = true, updatable = false)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "department_id")
	private Department department;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "province_id")
	private Province province;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "sessions_valid_after")
	private Instant sessionsValidAfter;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	/** Optional: notifications go by e-mail only to an account that has one. */
	private String email;

	/** The language the portal writes to the person in when they are not looking (e-mails): vi or en. */
	@Column(nullable = false)
	private String language = "vi";

	protected Account() {
	}

	private Account(String username, String displayName, String passwordHash, Role role) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	public static Account administrator(String username, String displayName, String passwordHash) {
		return new Account(username, displayName, passwordHash, Role.ADMIN);
	}

	/** Coordinators, leaders and administrators belong to neither a department nor a province. */
	public static Account of(Role role, String username, String displayName, String passwordHash) {
		if (role == Role.STAFF || role == Role.PROVINCE) {
			throw new IllegalArgumentException(role + " needs a department or a province");
		}
		return new Account(username, displayName, passwordHash, role);
	}

	public static Account staff(String username, String displayName, String passwordHash, Department department) {
		Account account = new Account(username, displayName, passwordHash, Role.STAFF);
		account.department = department;
		return account;
	}

	public static Account province(String username, String displayName, String passwordHash, Province province) {
		Account account = new Account(username, displayName, passwordHash, Role.PROVINCE);
		account.province = province;
		return account;
	}

	public Account markDemo() {
		this.demo = true;
		return this;
	}

	/** Disabling ends the account's sessions at once: each request checks {@link #getSessionsValidAfter()}. */
	public void disable(Instant now) {
		this.enabled = false;
		this.sessionsValidAfter = now;
	}

	public void enable() {
		this.enabled = true;
	}

	/** A new password ends every session opened with the old one. */
	public void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.sessionsValidAfter = now;
		this.mustChangePassword = false;
	}

	/** The address notifications go to (null: none) and the language they are written in. */
	public void changeContact(String email, String language) {
		this.email = email;
		this.language = language;
	}

	/**
	 * What an administrator corrects or moves (the username stays: it is the login). A new role, department or
	 * province ends the account's sessions, as disabling does: each was opened with the rights it had, and the
	 * person's next request logs in again with the new ones. True when it did.
	 */
	public boolean change(String displayName, String email, Role role, Department department, Province province,
			Instant now) {
		if ((role == Role.STAFF) != (department != null) || (role == Role.PROVINCE) != (province != null)) {
			throw new IllegalArgumentException(role + " with department " + department + " and province " + province);
		}
		boolean rightsChange = role != this.role || !same(department, this.department)
				|| !same(province, this.province);
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.department = department;
		this.province = province;
		if (rightsChange) {
			this.sessionsValidAfter = now;
		}
		return rightsChange;
	}

	/** By id: a unit loaded lazily is a proxy, never equal to the entity itself. */
	private static boolean same(RecordEntity one, RecordEntity other) {
		return one == null ? other == null : other != null && one.getId().equals(other.getId());
	}

	public void requirePasswordChange() {
		this.mustChangePassword = true;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Department getDepartment() {
		return this.department;
	}

	public Province getProvince() {
		return this.province;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean isDemo() {
		return this.demo;
	}

	public Instant getSessionsValidAfter() {
		return this.sessionsValidAfter;
	}

	public Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	public String getEmail() {
		return this.email;
	}

	public String getLanguage() {
		return this.language;
	}

	public boolean hasPassword() {
		return this.passwordHash != null;
	}

}
