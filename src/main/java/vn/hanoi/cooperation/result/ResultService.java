package vn.hanoi.cooperation.result;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.audit.ChangeLog;
import vn.hanoi.cooperation.audit.HistoryEntry;
import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.audit.RecordKind;
import vn.hanoi.cooperation.system.HistoryNames;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Writes yearly results and keeps their history. Every write checks, in its own transaction, the step against
 * {@link ResultAccess} and the year's lock, so a refused step changes nothing whoever calls it.
 */
@Service
public class ResultService {

	private final YearlyResults results;

	private final ChangeLog changes;

	private final ResultAccess access;

	private final ProvinceConfirmations confirmations;

	private final YearLocks locks;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final FigureMeanings meanings;

	ResultService(YearlyResults results, ChangeLog changes, ResultAccess access, YearLocks locks,
			ApplicationEventPublisher events, EntityManager entityManager, ProvinceConfirmations confirmations,
			FigureMeanings meanings) {
		this.meanings = meanings;
		this.confirmations = confirmations;
		this.entityManager = entityManager;
		this.results = results;
		this.changes = changes;
		this.access = access;
		this.locks = locks;
		this.events = events;
	}

	boolean canReview(Viewer viewer) {
		return this.access.canReview(viewer);
	}

	/** Whether the viewer may now send this approved figure, disputed by its province, back to its department. */
	@Transactional(readOnly = true)
	boolean canReopen(YearlyResult result, boolean disputed, Viewer viewer) {
		return this.access.reopenRefusal(viewer, result, disputed, this.locks.isLocked(result.getYear())).isEmpty();
	}

	/**
	 * Why sending this figure back is refused now (the dispute withdrawn, the figure already sent back, the year
	 * locked), or empty when it is allowed; not found for whoever may never take the step.
	 */
	@Transactional(readOnly = true)
	Optional<Refusal> reopenRefusal(Long id, Viewer viewer) {
		YearlyResult result = load(id);
		return orNotFound(this.access.reopenRefusal(viewer, result, this.confirmations.disputed(id),
				this.locks.isLocked(result.getYear())));
	}

	/** The result if the viewer may see it; otherwise not found, exactly as if it did not exist. */
	@Transactional(readOnly = true)
	public YearlyResult findVisible(Long id, Viewer viewer) {
		return this.results.findWithDetailsById(id)
			.filter(result -> this.access.canRead(viewer, result))
			.orElseThrow(NotFoundException::new);
	}

	/** Why the step is refused now (404 for a step that is never the viewer's), or empty when it is allowed. */
	@Transactional(readOnly = true)
	public Optional<Refusal> refusal(YearlyResult result, ResultTransition step, Viewer viewer) {
		Optional<Refusal> refusal = this.access.refusal(viewer, result, step, this.locks.isLocked(result.getYear()));
		if (refusal.isPresent() && refusal.get() == Refusal.HIDDEN) {
			throw new NotFoundException();
		}
		return refusal;
	}

	/**
	 * Creates a draft; refused when the year is locked, and with {@link FigureMeaningChanged} when the indicator has
	 * come to count in another unit, or add up otherwise, since the form showed it.
	 */
	@Transactional
	Optional<YearlyResult> create(ResultDraft draft, Viewer viewer) {
		if (this.locks.isLockedForWrite(draft.year())) {
			return Optional.empty();
		}
		this.meanings.requireAsShown(draft);
		YearlyResult result = new YearlyResult(draft.year(), viewer.accountId());
		result.apply(draft, viewer.accountId());
		result = this.results.saveAndFlush(result);
		record(result, RecordChange.Action.CREATED, null, null, result.getIndicator().getCode(), viewer);
		return Optional.of(result);
	}

	/** Saves the draft over the version the user edited; refused as {@link #create} is, or for the result's state. */
	@Transactional
	Optional<Refusal> update(Long id, long version, ResultDraft draft, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.EDIT, version, viewer);
		if (refusal.isPresent()) {
			return refusal;
		}
		this.meanings.requireAsShown(draft);
		Map<String, String> before = snapshot(result);
		result.apply(draft, viewer.accountId());
		YearlyResult saved = this.results.saveAndFlush(result);
		this.changes.recordDifferences(RecordKind.RESULT, saved.getId(), RecordChange.Action.UPDATED, before,
				snapshot(saved), saved.getVersion(), viewer);
		return Optional.empty();
	}

	@Transactional
	Optional<Refusal> submit(Long id, long version, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.SUBMIT, version, viewer);
		if (refusal.isEmpty()) {
			result.submit(viewer.accountId());
			record(this.results.saveAndFlush(result), RecordChange.Action.SUBMITTED, "status", null, null, viewer);
			this.events.publishEvent(new ResultStepTaken(id, RecordChange.Action.SUBMITTED, viewer.accountId(), null));
		}
		return refusal;
	}

	@Transactional
	Optional<Refusal> approve(Long id, long version, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.APPROVE, version, viewer);
		if (refusal.isEmpty()) {
			result.approve(viewer.accountId(), viewer.displayName());
			record(this.results.saveAndFlush(result), RecordChange.Action.APPROVED, "status", null, null, viewer);
			this.events.publishEvent(new ResultStepTaken(id, RecordChange.Action.APPROVED, viewer.accountId(), null));
		}
		return refusal;
	}

	/**
	 * Approves each result (id → version seen) exactly as {@link #approve} would alone, in one transaction so that
	 * a batch costs one commit; a refused result is left unchanged and reported (HIDDEN: not found). A concurrent
	 * write fails the whole batch with an optimistic-locking error, and the caller then approves one by one.
	 */
	@Transactional
	Map<Long, Refusal> approveEach(Map<Long, Long> versions, Viewer viewer) {
		Map<Long, Refusal> refused = new LinkedHashMap<>();
		Map<Long, YearlyResult> found = new HashMap<>();
		this.results.findWithDetailsByIdIn(versions.keySet()).forEach(result -> found.put(result.getId(), result));
		Map<Integer, Boolean> lockedYears = new HashMap<>();
		List<YearlyResult> approved = new ArrayList<>();
		versions.forEach((id, version) -> {
			YearlyResult result = found.get(id);
			if (result == null || !this.access.canRead(viewer, result)) {
				refused.put(id, Refusal.HIDDEN);
				return;
			}
			boolean locked = lockedYears.computeIfAbsent(result.getYear(), this.locks::isLockedForWrite);
			Optional<Refusal> refusal = check(result, ResultTransition.APPROVE, version, viewer, locked);
			if (refusal.isPresent()) {
				refused.put(id, refusal.get());
				return;
			}
			result.approve(viewer.accountId(), viewer.displayName());
			approved.add(result);
		});
		if (!approved.isEmpty()) {
			// One flush sends every approval as one JDBC batch (each row still checked against its version); the
			// history then records the versions written, and one event tells the people concerned of them all.
			Session session = this.entityManager.unwrap(Session.class);
			session.setJdbcBatchSize(approved.size());
			try {
				session.flush();
			}
			finally {
				session.setJdbcBatchSize(null);
			}
			this.changes.recordEach(RecordKind.RESULT,
					approved.stream().map(r -> new ChangeLog.Stepped(r.getId(), r.getVersion())).toList(),
					RecordChange.Action.APPROVED, "status", viewer);
			this.events.publishEvent(
					new ResultsApproved(approved.stream().map(YearlyResult::getId).toList(), viewer.accountId()));
		}
		return refused;
	}

	@Transactional
	Optional<Refusal> returnWithReason(Long id, long version, String reason, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.RETURN, version, viewer);
		if (refusal.isEmpty()) {
			result.returnWithReason(reason, viewer.accountId());
			record(this.results.saveAndFlush(result), RecordChange.Action.RETURNED, "returnReason", null, reason,
					viewer);
			this.events.publishEvent(new ResultStepTaken(id, RecordChange.Action.RETURNED, viewer.accountId(), reason));
		}
		return refusal;
	}

	/**
	 * The coordinator sends a figure its province disputed back to its department, with the reason: returned,
	 * no longer approved, the province's answer withdrawn (kept in its history); the department is told.
	 */
	@Transactional
	Optional<Refusal> reopenDisputed(Long id, long version, String reason, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = orNotFound(atVersion(this.access.reopenRefusal(viewer, result,
				this.confirmations.disputed(id), this.locks.isLockedForWrite(result.getYear())), result, version));
		if (refusal.isEmpty()) {
			result.reopen(reason, viewer.accountId());
			record(this.results.saveAndFlush(result), RecordChange.Action.RETURNED, "returnReason", null, reason,
					viewer);
			// The result's row first, as an answer holds it (ConfirmationService): in the other order the two would
			// wait for each other. An answer that held it has committed by now, and is withdrawn with the rest.
			this.confirmations.withdrawCurrent(id);
			this.events.publishEvent(new ResultStepTaken(id, RecordChange.Action.RETURNED, viewer.accountId(), reason));
		}
		return refusal;
	}

	/** Deletes a draft or returned result; its history keeps a snapshot. */
	@Transactional
	Optional<Refusal> delete(Long id, long version, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.DELETE, version, viewer);
		if (refusal.isEmpty()) {
			this.changes.recordDeletion(RecordKind.RESULT, result.getId(), snapshot(result), result.getVersion(),
					viewer);
			this.results.delete(result);
		}
		return refusal;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> historyOf(Long resultId) {
		return this.changes.historyOf(RecordKind.RESULT, resultId);
	}

	/** What others saved since the version a user began editing. */
	@Transactional(readOnly = true)
	List<HistoryEntry> changesSince(Long resultId, long version) {
		return this.changes.changesSince(RecordKind.RESULT, resultId, version);
	}

	private YearlyResult load(Long id) {
		return this.results.findWithDetailsById(id).orElseThrow(NotFoundException::new);
	}

	private Optional<Refusal> check(YearlyResult result, ResultTransition step, long version, Viewer viewer) {
		return orNotFound(check(result, step, version, viewer, this.locks.isLockedForWrite(result.getYear())));
	}

	/** The step's refusal given whether the year is locked, HIDDEN included (the callers decide how to say it). */
	private Optional<Refusal> check(YearlyResult result, ResultTransition step, long version, Viewer viewer,
			boolean yearLocked) {
		return atVersion(this.access.refusal(viewer, result, step, yearLocked), result, version);
	}

	/** A step the viewer may take is still refused when the result moved on from the version they saw. */
	private static Optional<Refusal> atVersion(Optional<Refusal> refusal, YearlyResult result, long version) {
		return refusal.isEmpty() && version != result.getVersion() ? Optional.of(Refusal.CHANGED) : refusal;
	}

	/** A result the viewer may not see is answered as if it did not exist. */
	private static Optional<Refusal> orNotFound(Optional<Refusal> refusal) {
		if (refusal.isPresent() && refusal.get() == Refusal.HIDDEN) {
			throw new NotFoundException();
		}
		return refusal;
	}

	private void record(YearlyResult result, RecordChange.Action action, String field, String oldValue,
			String newValue, Viewer viewer) {
		this.changes.record(RecordKind.RESULT, result.getId(), action, field, oldValue, newValue, result.getVersion(),
				viewer);
	}

	/** Field → value as the history shows it. */
	static Map<String, String> snapshot(YearlyResult result) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("year", String.valueOf(result.getYear()));
		values.put("indicator", result.getIndicator().getCode() + " – " + result.getIndicator().getNameVi());
		values.put("department", result.getDepartment() == null ? null : HistoryNames.of(result.getDepartment()));
		values.put("province", result.getProvince() == null ? null : HistoryNames.of(result.getProvince()));
		values.put("target", Figures.format(result.getTarget()));
		values.put("actual", (result.isActualLowerBound() ? "> " : "") + Figures.format(result.getActual()));
		values.put("narrative", result.getNarrative());
		values.replaceAll((k, v) -> v == null || v.isEmpty() || v.equals("> ") ? null : v);
		return values;
	}

}
