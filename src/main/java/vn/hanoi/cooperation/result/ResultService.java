package vn.hanoi.cooperation.result;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * Writes yearly results and keeps their history. Every write checks, in its own transaction, the step against
 * {@link ResultAccess} and the year's lock, so a refused step changes nothing whoever calls it.
 */
@Service
public class ResultService {

	private final YearlyResults results;

	private final ResultChanges changes;

	private final ResultAccess access;

	private final YearLocks locks;

	private final ApplicationEventPublisher events;

	ResultService(YearlyResults results, ResultChanges changes, ResultAccess access, YearLocks locks,
			ApplicationEventPublisher events) {
		this.results = results;
		this.changes = changes;
		this.access = access;
		this.locks = locks;
		this.events = events;
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

	/** Creates a draft; refused when the year is locked. */
	@Transactional
	Optional<YearlyResult> create(ResultDraft draft, Viewer viewer) {
		if (this.locks.isLockedForWrite(draft.year())) {
			return Optional.empty();
		}
		YearlyResult result = new YearlyResult(draft.year(), viewer.accountId());
		result.apply(draft, viewer.accountId());
		result = this.results.saveAndFlush(result);
		record(result, ResultChange.Action.CREATED, null, null, result.getIndicator().getCode(), viewer);
		return Optional.of(result);
	}

	@Transactional
	Optional<Refusal> update(Long id, long version, ResultDraft draft, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.EDIT, version, viewer);
		if (refusal.isPresent()) {
			return refusal;
		}
		Map<String, String> before = snapshot(result);
		result.apply(draft, viewer.accountId());
		YearlyResult saved = this.results.saveAndFlush(result);
		Map<String, String> after = snapshot(saved);
		after.forEach((field, value) -> {
			if (!Objects.equals(before.get(field), value)) {
				record(saved, ResultChange.Action.UPDATED, field, before.get(field), value, viewer);
			}
		});
		return Optional.empty();
	}

	@Transactional
	Optional<Refusal> submit(Long id, long version, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.SUBMIT, version, viewer);
		if (refusal.isEmpty()) {
			result.submit(viewer.accountId());
			record(this.results.saveAndFlush(result), ResultChange.Action.SUBMITTED, "status", null, null, viewer);
			this.events.publishEvent(new ResultStepTaken(id, ResultChange.Action.SUBMITTED, viewer.accountId(), null));
		}
		return refusal;
	}

	@Transactional
	Optional<Refusal> approve(Long id, long version, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.APPROVE, version, viewer);
		if (refusal.isEmpty()) {
			result.approve(viewer.accountId(), viewer.displayName());
			record(this.results.saveAndFlush(result), ResultChange.Action.APPROVED, "status", null, null, viewer);
			this.events.publishEvent(new ResultStepTaken(id, ResultChange.Action.APPROVED, viewer.accountId(), null));
		}
		return refusal;
	}

	@Transactional
	Optional<Refusal> returnWithReason(Long id, long version, String reason, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.RETURN, version, viewer);
		if (refusal.isEmpty()) {
			result.returnWithReason(reason, viewer.accountId());
			record(this.results.saveAndFlush(result), ResultChange.Action.RETURNED, "returnReason", null, reason,
					viewer);
			this.events.publishEvent(new ResultStepTaken(id, ResultChange.Action.RETURNED, viewer.accountId(), reason));
		}
		return refusal;
	}

	/** Deletes a draft or returned result; its history keeps a snapshot. */
	@Transactional
	Optional<Refusal> delete(Long id, long version, Viewer viewer) {
		YearlyResult result = load(id);
		Optional<Refusal> refusal = check(result, ResultTransition.DELETE, version, viewer);
		if (refusal.isEmpty()) {
			String snapshot = snapshot(result).entrySet()
				.stream()
				.filter(e -> e.getValue() != null)
				.map(e -> e.getKey() + ": " + e.getValue())
				.collect(Collectors.joining("\n"));
			record(result, ResultChange.Action.DELETED, null, snapshot, null, viewer);
			this.results.delete(result);
		}
		return refusal;
	}

	@Transactional(readOnly = true)
	public List<ResultChange> historyOf(Long resultId) {
		return this.changes.findByResultIdOrderByChangedAtDescIdDesc(resultId);
	}

	private YearlyResult load(Long id) {
		return this.results.findWithDetailsById(id).orElseThrow(NotFoundException::new);
	}

	private Optional<Refusal> check(YearlyResult result, ResultTransition step, long version, Viewer viewer) {
		Optional<Refusal> refusal = this.access.refusal(viewer, result, step,
				this.locks.isLockedForWrite(result.getYear()));
		if (refusal.isPresent() && refusal.get() == Refusal.HIDDEN) {
			throw new NotFoundException();
		}
		if (refusal.isEmpty() && version != result.getVersion()) {
			return Optional.of(Refusal.CHANGED);
		}
		return refusal;
	}

	private void record(YearlyResult result, ResultChange.Action action, String field, String oldValue,
			String newValue, Viewer viewer) {
		this.changes.save(new ResultChange(result.getId(), action, field, oldValue, newValue, result.getVersion(),
				viewer.accountId(), viewer.displayName()));
	}

	/** Field → value as the history shows it. */
	static Map<String, String> snapshot(YearlyResult result) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("year", String.valueOf(result.getYear()));
		values.put("indicator", result.getIndicator().getCode() + " – " + result.getIndicator().getNameVi());
		values.put("department", result.getDepartment() == null ? null : result.getDepartment().getNameVi());
		values.put("province", result.getProvince() == null ? null : result.getProvince().getNameVi());
		values.put("target", Figures.format(result.getTarget()));
		values.put("actual", (result.isActualLowerBound() ? "> " : "") + Figures.format(result.getActual()));
		values.put("narrative", result.getNarrative());
		values.replaceAll((k, v) -> v == null || v.isEmpty() || v.equals("> ") ? null : v);
		return values;
	}

}
