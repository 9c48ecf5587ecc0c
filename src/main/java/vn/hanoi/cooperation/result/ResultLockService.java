package vn.hanoi.cooperation.result;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;

/** Locking and unlocking a year, each in one transaction with its history line. */
@Service
class ResultLockService {

	private final YearLocks locks;

	ResultLockService(YearLocks locks) {
		this.locks = locks;
	}

	@Transactional
	boolean lock(int year, Viewer viewer) {
		return this.locks.lock(year, viewer);
	}

	@Transactional
	boolean unlock(int year, String reason, Viewer viewer) {
		return this.locks.unlock(year, reason, viewer);
	}

}
