package vn.hanoi.cooperation.result;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.audit.ChangeLog;
import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.audit.RecordKind;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Records a partner province's answer about a result: the current answer, the history of answers, and a line in
 * the result's own history. The answer belongs to the unit the result concerns, so the officer of a 2025 unit
 * answers for a result about one of its predecessors and replaces (never erases) any earlier answer about it.
 */
@Service
public class ConfirmationService {

	private final YearlyResults results;

	private final ProvinceConfirmations confirmations;

	private final ChangeLog changes;

	private final ResultAccess access;

	private final YearLocks locks;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ConfirmationService(YearlyResults results, ProvinceConfirmations confirmations, ChangeLog changes,
			ResultAccess access, YearLocks locks, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.results = results;
		this.confirmations = confirmations;
		this.changes = changes;
		this.access = access;
		this.locks = locks;
		this.clock = clock;
	}

	/** The result if the viewer may answer about it; otherwise not found, as if it did not exist. */
	@Transactional(readOnly = true)
	YearlyResult findConfirmable(Long id, Viewer viewer) {
		return this.results.findWithDetailsById(id)
			.filter(result -> this.access.canConfirm(viewer, result))
			.orElseThrow(NotFoundException::new);
	}

	/** Every answer given about the result, the replaced ones included, latest first. */
	@Transactional(readOnly = true)
	List<ProvinceConfirmations.Confirmation> answersOf(Long resultId) {
		return this.confirmations.historyOf(resultId);
	}

	/** Whether the viewer's answer about the result is refused now because its year is locked (for display). */
	@Transactional(readOnly = true)
	boolean refusedAsLocked(YearlyResult result, Viewer viewer) {
		return this.access.answerRefusal(viewer, result, this.locks.isLocked(result.getYear()))
			.filter(Refusal.LOCKED::equals)
			.isPresent();
	}

	/**
	 * Checks access again inside the write, so a refused answer writes nothing whoever calls it. The result's row is
	 * held (shared) first: a coordinator sending it back meanwhile has either committed, and the answer finds the
	 * result no longer approved, or waits for this answer (whose row it then withdraws). Refused, writing nothing,
	 * in a locked year (locking waits for this answer), and as {@link Refusal#CHANGED} when {@code version} (the one
	 * the officer read, if the form sent it) is no longer the result's.
	 */
	@Transactional
	Optional<Refusal> answer(Long id, Long version, ConfirmationStatus status, String comment, Viewer viewer) {
		this.results.holdForAnswer(id);
		YearlyResult result = findConfirmable(id, viewer);
		if (status == ConfirmationStatus.DISPUTED && (comment == null || comment.isBlank())) {
			throw new IllegalArgumentException("A dispute needs a comment");
		}
		Optional<Refusal> refusal = this.access.answerRefusal(viewer, result,
				this.locks.isLockedForWrite(result.getYear()));
		if (refusal.isPresent()) {
			return refusal;
		}
		if (version != null && version != result.getVersion()) {
			return Optional.of(Refusal.CHANGED);
		}
		Long provinceId = result.getProvince().getId();
		Optional<ProvinceConfirmations.Confirmation> before = this.confirmations.currentForUpdate(id, provinceId);
		this.confirmations.answer(id, provinceId, status, comment, viewer.accountId(), viewer.displayName(),
				this.clock.instant());
		RecordChange.Action action = status == ConfirmationStatus.CONFIRMED ? RecordChange.Action.CONFIRMED
				: RecordChange.Action.DISPUTED;
		this.changes.record(RecordKind.RESULT, id, action, "confirmation",
				before.map(ProvinceConfirmations.Confirmation::summary).orElse(null), comment, result.getVersion(),
				viewer);
		this.events.publishEvent(new ResultStepTaken(id, action, viewer.accountId(), comment));
		return Optional.empty();
	}

}
