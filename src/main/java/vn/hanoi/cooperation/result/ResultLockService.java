package vn.hanoi.cooperation.result;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;

/** Locking and unlocking a year, each in one transaction with its history line, and what locking leaves open. */
@Service
class ResultLockService {

	/** Open results listed one by one before locking; the counts cover them all. */
	static final int ENTRIES_SHOWN = 200;

	private final YearLocks locks;

	private final OpenResults open;

	private final ApplicationEventPublisher events;

	ResultLockService(YearLocks locks, OpenResults open, ApplicationEventPublisher events) {
		this.locks = locks;
		this.open = open;
		this.events = events;
	}

	/** The lock, if any, and what is still open in the year. */
	@Transactional(readOnly = true)
	YearLockCheck check(int year) {
		return new YearLockCheck(year, this.locks.find(year).orElse(null), this.open.byDepartment(year),
				this.open.entries(year, ENTRIES_SHOWN), this.open.digest(year));
	}

	enum Outcome {

		LOCKED, ALREADY_LOCKED, CHANGED_MEANWHILE

	}

	/**
	 * Locks the year if its open results are still those the coordinator confirmed ({@code seen} is the digest
	 * of the page they saw); writes to the year wait meanwhile, so none slips in between the check and the lock.
	 */
	@Transactional
	Outcome lock(int year, String seen, Viewer viewer) {
		this.locks.holdWrites(year);
		if (this.locks.isLocked(year)) {
			return Outcome.ALREADY_LOCKED;
		}
		if (!this.open.digest(year).equals(seen)) {
			return Outcome.CHANGED_MEANWHILE;
		}
		if (this.locks.lock(year, viewer)) {
			this.events.publishEvent(new YearLocked(year, viewer.accountId()));
		}
		return Outcome.LOCKED;
	}

	@Transactional
	boolean unlock(int year, String reason, Viewer viewer) {
		return this.locks.unlock(year, reason, viewer);
	}

}
