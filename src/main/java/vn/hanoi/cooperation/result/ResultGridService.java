package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.audit.RecordChange;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.department.Departments;
import vn.hanoi.cooperation.system.FormValues;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * A department's year of results in one form. Saving checks every cell with the rules of the single result form
 * ({@link Figures}, {@link BreakdownCheck}, {@link ResultAccess}, the year's lock) and writes nothing while a cell
 * is refused; a row someone else changed meanwhile is left as they saved it and the others are saved.
 */
@Service
public class ResultGridService {

	/** What a save did: the grid to show again when anything needs the user, else what was written. */
	public record Saved(ResultGrid grid, int saved, int submitted, boolean breakdownPassesLowerBound) {

		public boolean needsUser() {
			return this.grid.locked() || this.grid.hasErrors() || this.grid.conflicts() > 0;
		}

	}

	/** How a save treats the grid: the form's, a spreadsheet's check, or a spreadsheet's import. */
	enum Mode {

		/** Rows changed meanwhile are left alone, the others saved. */
		FORM,
		/** Nothing is written: what would happen. */
		CHECK,
		/** Everything or nothing: a row changed meanwhile stops it all. */
		ALL_OR_NOTHING

	}

	private final GridLayout layout;

	private final ApplicationEventPublisher events;

	private final GridWrites writes;

	private final YearlyResults results;

	private final YearLocks locks;

	private final ResultAccess access;

	private final Departments departments;

	private final ResultFormValidator years;

	private final FigureMeanings meanings;

	ResultGridService(GridLayout layout, GridWrites writes, YearlyResults results, YearLocks locks,
			ResultAccess access, Departments departments, ResultFormValidator years,
			ApplicationEventPublisher events, FigureMeanings meanings) {
		this.meanings = meanings;
		this.events = events;
		this.departments = departments;
		this.years = years;
		this.layout = layout;
		this.writes = writes;
		this.results = results;
		this.locks = locks;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public ResultGrid read(Department department, int year, Viewer viewer) {
		return this.layout.layOut(department, year, this.locks.isLocked(year), viewer);
	}

	/**
	 * The department whose grid the viewer asks for: staff only their own (anything else is not found), coordinators
	 * and administrators the one they name.
	 */
	@Transactional(readOnly = true)
	public Department departmentOf(Viewer viewer, String requested) {
		Long id = viewer.actsForEveryDepartment() ? FormValues.version(requested).orElseThrow(NotFoundException::new)
				: viewer.departmentId();
		if (!viewer.actsForEveryDepartment() && requested != null && !requested.isBlank()
				&& !requested.strip().equals(String.valueOf(id))) {
			throw new NotFoundException();
		}
		return this.departments.findById(id).orElseThrow(NotFoundException::new);
	}

	/** Who may open grids at all (staff, coordinators, administrators), for a year results are entered for. */
	public void requireGridYear(int year, Viewer viewer) {
		if (!this.access.canEnter(viewer) || !this.years.isOpenYear(year)) {
			throw new NotFoundException();
		}
	}

	/** Staff enter their own department's grid; coordinators and administrators only look at grids. */
	public void requireGridWriter(Viewer viewer) {
		if (!viewer.is(Role.STAFF)) {
			throw new NotFoundException();
		}
	}

	/** What saving these cells (named as the grid's form names them) would do; nothing is written. */
	@Transactional(readOnly = true)
	public ResultGrid check(Department department, int year, Map<String, String> cells, Viewer viewer) {
		return save(department, year, GridEntries.from(cells), viewer, Mode.CHECK).grid();
	}

	/** Saves these cells as drafts, every one or none (a spreadsheet's import). */
	@Transactional
	public Saved saveAll(Department department, int year, Map<String, String> cells, Viewer viewer) {
		return save(department, year, GridEntries.from(cells), viewer, Mode.ALL_OR_NOTHING);
	}

	@Transactional
	Saved save(Department department, int year, GridEntries entries, Viewer viewer, Mode mode) {
		boolean locked = mode == Mode.CHECK ? this.locks.isLocked(year) : this.locks.isLockedForWrite(year);
		if (mode != Mode.CHECK) {
			// The indicators typed for are held before the grid is read, as an edit of one holds it: the grid then
			// shows and checks them as they are now, and no edit changes them before this save ends.
			this.meanings.hold(entries.indicatorsTypedAsShown());
		}
		ResultGrid grid = this.layout.layOut(department, year, locked, viewer);
		if (grid.locked()) {
			return new Saved(grid, 0, 0, false);
		}
		if (!grid.writable()) {
			throw new NotFoundException();
		}
		List<GridRow> toSubmit = new ArrayList<>();
		for (GridRow row : grid.rows()) {
			GridEntries.Entry entry = entries.entries().get(row.getKey());
			if (entry != null && row.isEditable()) {
				enter(row, entry, entries.action(), toSubmit);
			}
		}
		refuseChangedMeanings(grid, entries);
		boolean warned = checkBreakdowns(grid);
		if (grid.hasErrors() || mode == Mode.CHECK || (mode == Mode.ALL_OR_NOTHING && grid.conflicts() > 0)) {
			return new Saved(grid, 0, 0, warned);
		}
		return write(grid, toSubmit, department, year, viewer, warned);
	}

	/** Reads one row's cells into the row: its figures to save, the message next to a bad cell, or a conflict. */
	private void enter(GridRow row, GridEntries.Entry entry, GridEntries.Action action, List<GridRow> toSubmit) {
		row.enter(entry.target(), entry.actual(), entry.submit());
		BigDecimal target = figure(row, "target", row.getTarget());
		BigDecimal actual = figure(row, "actual", row.getActual());
		if (row.hasError()) {
			return;
		}
		YearlyResult result = row.getResult();
		boolean changed = result == null ? target != null || actual != null
				: !same(target, result.getTarget()) || !same(actual, result.getActual());
		boolean submit = action == GridEntries.Action.SUBMIT_ALL
				|| (action == GridEntries.Action.SUBMIT_SELECTED && entry.submit());
		if (result != null && (changed || submit)
				&& FormValues.version(entry.version()).orElse(-1L) != result.getVersion()) {
			row.changedMeanwhile();
			return;
		}
		if (target == null && actual == null) {
			if (result != null || (submit && action == GridEntries.Action.SUBMIT_SELECTED)) {
				row.reject("actual", "result.error.figureRequired");
			}
			return;
		}
		row.plannedTarget = target;
		row.plannedActual = actual;
		row.changed = changed;
		if (submit) {
			toSubmit.add(row);
		}
	}

	private static BigDecimal figure(GridRow row, String field, String text) {
		try {
			// Written the Vietnamese way in both languages, as every page shows figures and the single form reads them.
			BigDecimal value = Figures.parse(text).orElse(null);
			if (value != null && value.compareTo(Figures.MAXIMUM) > 0) {
				row.reject(field, "result.error.figureTooLarge");
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			row.reject(field, Figures.refusal(text));
			return null;
		}
	}

	/**
	 * Refuses every row with a figure typed for an indicator that now counts in another unit, or adds up otherwise,
	 * than the grid or the workbook showed it: 12 typed as persons are not saved as 12 tonnes. The grid was read as it
	 * is now ({@link #save} holds the indicators first). A grid or workbook that did not say what it showed (a page or
	 * a download of before) is saved as before.
	 */
	private static void refuseChangedMeanings(ResultGrid grid, GridEntries entries) {
		for (GridRow row : grid.rows()) {
			GridEntries.Entry entry = entries.entries().get(row.getKey());
			if (entry != null && row.isEditable() && entry.hasFigure()) {
				entries.meaningChanged(entry, row.getIndicator()).ifPresent(row::refuse);
			}
		}
	}

	/** The breakdown rule of every indicator on the figures about to be saved; true when only a warning remains. */
	private static boolean checkBreakdowns(ResultGrid grid) {
		Map<Indicator, List<GridRow>> byIndicator = new LinkedHashMap<>();
		grid.rows().forEach(row -> byIndicator.computeIfAbsent(row.getIndicator(), i -> new ArrayList<>()).add(row));
		boolean warned = false;
		for (Map.Entry<Indicator, List<GridRow>> rows : byIndicator.entrySet()) {
			if (rows.getKey().getAggregation() == Aggregation.AVERAGE) {
				continue;
			}
			BreakdownCheck.Verdict verdict = BreakdownCheck.verdict(rows.getValue()
				.stream()
				.map(r -> new BreakdownCheck.Figure(r.isTotal(), r.plannedTarget, r.plannedActual,
						r.getResult() != null && r.getResult().isActualLowerBound()))
				.toList());
			if (verdict.outcome() == BreakdownCheck.Outcome.REFUSED) {
				rows.getValue()
					.get(0)
					.reject(verdict.ofTargets() ? "target" : "actual", verdict.messageKey(),
							Figures.format(verdict.breakdown()), Figures.format(verdict.total()));
			}
			warned |= verdict.outcome() == BreakdownCheck.Outcome.WARNED;
		}
		return warned;
	}

	private Saved write(ResultGrid grid, List<GridRow> toSubmit, Department department, int year, Viewer viewer,
			boolean warned) {
		List<GridWrites.Change> history = new ArrayList<>();
		List<GridRow> created = grid.rows().stream().filter(r -> r.changed && r.getResult() == null).toList();
		Map<String, Long> createdIds = this.writes.insertDrafts(created, department, year, viewer);
		Map<String, YearlyResult> saved = new LinkedHashMap<>();
		if (!createdIds.isEmpty()) {
			this.results.findWithDetailsByIdIn(createdIds.values())
				.forEach(r -> saved.put(GridLayout.key(r.getIndicator(), r.getProvince()), r));
			created.forEach(row -> history.add(new GridWrites.Change(createdIds.get(row.getKey()),
					RecordChange.Action.CREATED, null, null, row.getIndicator().getCode(), 0)));
		}
		this.writes.batchUpdates();
		Map<YearlyResult, Map<String, String>> before = new LinkedHashMap<>();
		for (GridRow row : grid.rows()) {
			YearlyResult result = row.getResult();
			if (row.changed && result != null) {
				require(viewer, result, ResultTransition.EDIT);
				before.put(result, ResultService.snapshot(result));
				// The meanings the grid showed were checked row by row, with the indicators held (refuseChangedMeanings).
				result.apply(new ResultDraft(year, result.getIndicator(), result.getDepartment(), result.getProvince(),
						row.plannedTarget, row.plannedActual, result.isActualLowerBound(), result.getNarrative(), null),
						viewer.accountId());
				saved.put(row.getKey(), result);
			}
		}
		List<YearlyResult> submitted = new ArrayList<>();
		for (GridRow row : toSubmit) {
			YearlyResult result = row.getResult() != null ? row.getResult() : saved.get(row.getKey());
			require(viewer, result, ResultTransition.SUBMIT);
			result.submit(viewer.accountId());
			submitted.add(result);
		}
		this.writes.flush();
		before.forEach((result, old) -> ResultService.snapshot(result).forEach((field, value) -> {
			if (!Objects.equals(old.get(field), value)) {
				history.add(new GridWrites.Change(result.getId(), RecordChange.Action.UPDATED, field, old.get(field),
						value, result.getVersion()));
			}
		}));
		for (YearlyResult result : submitted) {
			history.add(new GridWrites.Change(result.getId(), RecordChange.Action.SUBMITTED, "status", null, null,
					result.getVersion()));
		}
		this.writes.recordHistory(history, viewer);
		if (!submitted.isEmpty()) {
			this.events.publishEvent(
					new ResultsSubmitted(submitted.stream().map(YearlyResult::getId).toList(), viewer.accountId()));
		}
		return new Saved(grid, saved.size(), toSubmit.size(), warned);
	}

	private void require(Viewer viewer, YearlyResult result, ResultTransition step) {
		Optional<Refusal> refusal = this.access.refusal(viewer, result, step, false);
		if (refusal.isPresent()) {
			// The grid offered only rows the viewer may change; anything else was not theirs to ask for.
			throw new NotFoundException();
		}
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
