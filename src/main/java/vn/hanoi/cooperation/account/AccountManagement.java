package vn.hanoi.cooperation.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.system.NotFoundException;

/** What administrators and users do to accounts; every change lands in the security audit log. */
@Service
class AccountManagement {

	static final Duration LINK_VALIDITY = Duration.ofHours(24);

	private final Accounts accounts;

	private final PasswordResetTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final PasswordPolicy policy;

	private final EntityManager entityManager;

	AccountManagement(Accounts accounts, PasswordResetTokens tokens, PasswordEncoder passwordEncoder,
			AuditLog auditLog, PasswordPolicy policy, EntityManager entityManager) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.policy = policy;
		this.entityManager = entityManager;
	}

	/** A new account has no password: its user sets one through the one-time link returned with it. */
	@Transactional
	public Created create(String username, String displayName, Role role, Department department, Province province,
			String email) {
		Account account = switch (role) {
			case STAFF -> Account.staff(username, displayName, null, department);
			case PROVINCE -> Account.province(username, displayName, null, province);
			default -> Account.of(role, username, displayName, null);
		};
		account.requirePasswordChange();
		account.changeContact(email, account.getLanguage());
		this.accounts.save(account);
		String departmentCode = department != null ? department.getCode() : "";
		String provinceName = province != null ? province.getNameVi() : "";
		// One key per role: the reader sees the role's name in their language, with its department or province.
		this.auditLog.recordAbout(SecurityEventType.ACCOUNT_CREATED, username,
				SecurityDetail.of(role + (department != null ? " " + departmentCode : "")
						+ (province != null ? " " + provinceName : ""), "audit.detail.accountCreated." + role.name(),
						departmentCode, provinceName));
		return new Created(account, issue(account));
	}

	record Created(Account account, String token) {
	}

	/**
	 * Empty for a disabled account: its link would answer "not found" to its user, and would wait to work again the
	 * day the account is enabled.
	 */
	@Transactional
	public Optional<String> issueResetLink(Long accountId) {
		Account account = lock(find(accountId));
		if (!account.isEnabled()) {
			return Optional.empty();
		}
		String token = issue(account);
		this.auditLog.recordAbout(SecurityEventType.PASSWORD_RESET_LINK_CREATED, account.getUsername(),
				SecurityDetail.of("valid " + LINK_VALIDITY.toHours() + " h", "audit.detail.resetLink",
						LINK_VALIDITY.toHours()));
		return Optional.of(token);
	}

	private String issue(Account account) {
		Instant now = now();
		this.tokens.retireAll(account.getId(), now);
		String token = OneTimeToken.generate();
		this.tokens.save(new PasswordResetToken(account, OneTimeToken.hash(token), currentAdmin(),
				now.plus(LINK_VALIDITY)));
		return token;
	}

	/**
	 * Disables the account unless it already is: a second request for the same change (a double click, another
	 * administrator) writes nothing and logs nothing. So do enabling and requiring a password change. False when
	 * the account is the last enabled administrator, which stays enabled.
	 */
	@Transactional
	public boolean disable(Long accountId) {
		Account account = find(accountId);
		if (account.getRole() == Role.ADMIN) {
			List<Long> enabledAdministrators = this.accounts.lockEnabledAdministrators();
			if (!enabledAdministrators.contains(accountId)) {
				return true;
			}
			if (enabledAdministrators.size() == 1) {
				// Nobody would be left to manage the portal, and no setup link is offered while an administrator exists.
				return false;
			}
		}
		// After the administrators' lock, which is always taken first: two administrators disabling each other
		// would otherwise each hold one row and wait for the other's.
		lock(account);
		if (!account.isEnabled()) {
			return true;
		}
		Instant now = now();
		account.disable(now);
		// A link handed out before would otherwise work again the day the account is enabled.
		this.tokens.retireAll(account.getId(), now);
		this.auditLog.record(SecurityEventType.ACCOUNT_DISABLED, account.getUsername(), null);
		return true;
	}

	@Transactional
	public void enable(Long accountId) {
		Account account = find(accountId);
		if (account.isEnabled()) {
			return;
		}
		account.enable();
		this.auditLog.record(SecurityEventType.ACCOUNT_ENABLED, account.getUsername(), null);
	}

	@Transactional
	public void requirePasswordChange(Long accountId) {
		Account account = find(accountId);
		if (account.isMustChangePassword()) {
			return;
		}
		account.requirePasswordChange();
		this.auditLog.record(SecurityEventType.PASSWORD_CHANGE_REQUIRED, account.getUsername(), null);
	}

	/** The link's token if it is still good: unknown, used, expired and disabled all look the same. */
	@Transactional(readOnly = true)
	public Optional<PasswordResetToken> usableToken(String token) {
		if (!OneTimeToken.wellFormed(token)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(OneTimeToken.hash(token)).filter(t -> t.usableAt(now()));
	}

	/**
	 * Sets the password through a link that is still usable, in the transaction that uses the link up, unless the
	 * new password breaks the rules or its confirmation differs; returns the link for the form to show again.
	 */
	@Transactional
	public PasswordResetToken setPasswordWithLink(String link, PasswordSetForm form, Errors errors) {
		PasswordResetToken token = usableToken(link).orElseThrow(NotFoundException::new);
		this.policy.validate(form.newPassword(), token.getAccount().getUsername(), errors, "newPassword");
		if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "password.mismatch");
		}
		if (errors.hasErrors()) {
			return token;
		}
		Instant now = now();
		token.use(now);
		token.getAccount().changePassword(this.passwordEncoder.encode(form.newPassword()), now);
		this.accounts.save(token.getAccount());
		this.auditLog.record(SecurityEventType.PASSWORD_SET_WITH_LINK, token.getAccount().getUsername(), null);
		return token;
	}

	private Account find(Long accountId) {
		return this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
	}

	/**
	 * Locks the account's row until the transaction ends and reads it again. Disabling and handing out a link take
	 * it, so they happen one after the other: a link made just before the disable is retired by it, one asked for
	 * just after finds the account disabled. Unlocked, each saw the other's uncommitted work as not there, and a
	 * link made while the account was being disabled survived the disable.
	 */
	private Account lock(Account account) {
		this.entityManager.refresh(account, LockModeType.PESSIMISTIC_WRITE);
		return account;
	}

	public boolean matches(Account account, String password) {
		return account.hasPassword() && password != null && password.length() <= PasswordPolicy.MAXIMUM_LENGTH * 4
				&& this.passwordEncoder.matches(password, account.getPasswordHash());
	}

	/** Ends every other session of the account; the caller renews its own. */
	@Transactional
	public void changePassword(Account account, String newPassword) {
		account.changePassword(this.passwordEncoder.encode(newPassword), now());
		this.accounts.save(account);
		this.auditLog.record(SecurityEventType.PASSWORD_CHANGED, account.getUsername(), null);
	}

	private static String currentAdmin() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	/** PostgreSQL keeps microseconds: an instant kept at that precision compares the same after a round trip. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
