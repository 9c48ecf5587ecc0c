package vn.hanoi.cooperation.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Administrators correct an account's name and address, and move it to another role, department or province, on
 * the version they saw; each changed field is written to the security log, old → new.
 */
@Service
class AccountChanges {

	private final Accounts accounts;

	private final AuditLog auditLog;

	private final EntityManager entityManager;

	AccountChanges(Accounts accounts, AuditLog auditLog, EntityManager entityManager) {
		this.accounts = accounts;
		this.auditLog = auditLog;
		this.entityManager = entityManager;
	}

	/**
	 * Changes the account as {@code adminId} asks unless the form has errors, or the change would take an
	 * administrator's rights from themselves or from the last enabled administrator (an error on the role); returns
	 * the account. A save since the form's version is refused as a conflict, writing nothing.
	 */
	@Transactional
	Account change(Long accountId, Long adminId, AccountChangeForm form, AccountFormValidator.Units units,
			Errors errors) {
		Account account = this.accounts.findById(accountId).orElseThrow(NotFoundException::new);
		boolean demotes = account.getRole() == Role.ADMIN && form.role() != null && form.role() != Role.ADMIN;
		// The administrators' lock first, as disabling takes it: two administrators demoting each other at once
		// would otherwise both succeed and leave nobody to manage the portal.
		List<Long> enabledAdministrators = demotes ? this.accounts.lockEnabledAdministrators() : List.of();
		// Read again under the row's lock: the version compared is the one this change replaces.
		this.entityManager.refresh(account, LockModeType.PESSIMISTIC_WRITE);
		if (FormValues.version(form.version()).orElse(-1L) != account.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Account.class, accountId);
		}
		if (form.role() != null && form.role() != account.getRole()) {
			if (account.getId().equals(adminId)) {
				// Nobody else may be left who could give the rights back.
				errors.rejectValue("role", "account.cannotChangeOwnRole");
			}
			else if (demotes && enabledAdministrators.equals(List.of(account.getId()))) {
				errors.rejectValue("role", "account.cannotDemoteLastAdministrator");
			}
		}
		if (errors.hasErrors()) {
			return account;
		}
		Snapshot before = Snapshot.of(account);
		account.change(form.displayName(), Account.normalizedEmail(form.email()), form.role(), units.department(),
				units.province(), Instant.now().truncatedTo(ChronoUnit.MICROS));
		before.differences(Snapshot.of(account))
			.forEach(detail -> this.auditLog.recordAbout(SecurityEventType.ACCOUNT_CHANGED, account.getUsername(), detail));
		return account;
	}

	/** An account's fields as the security log names them: the role's code, the department's code, the province's name. */
	private record Snapshot(String displayName, String email, String role, String department, String province) {

		static Snapshot of(Account account) {
			return new Snapshot(account.getDisplayName(), orNone(account.getEmail()), account.getRole().name(),
					account.getDepartment() == null ? "—" : account.getDepartment().getCode(),
					account.getProvince() == null ? "—" : account.getProvince().getNameVi());
		}

		/** One line per field that differs, in the order the form shows them. */
		List<SecurityDetail> differences(Snapshot after) {
			return java.util.stream.Stream
				.of(line("display name", "displayName", this.displayName, after.displayName),
						line("e-mail", "email", this.email, after.email), line("role", "role", this.role, after.role),
						line("department", "department", this.department, after.department),
						line("province", "province", this.province, after.province))
				.filter(Objects::nonNull)
				.toList();
		}

		private static SecurityDetail line(String field, String key, String old, String now) {
			return old.equals(now) ? null
					: SecurityDetail.of(field + ": " + old + " → " + now, "audit.detail.accountChanged." + key, old, now);
		}

		private static String orNone(String value) {
			return value == null ? "—" : value;
		}

	}

}
