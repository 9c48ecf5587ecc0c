package vn.hanoi.cooperation.result;

import java.util.List;

import vn.hanoi.cooperation.department.Department;
import vn.hanoi.cooperation.group.CooperationGroup;

/**
 * One department's year in one form: per group its indicators, each a total row followed by its province rows
 * ("trong đó"), and the group's narrative. {@code writable} when the viewer may save it now (their own
 * department, the year not locked).
 */
public record ResultGrid(Department department, int year, boolean locked, boolean writable, List<Group> groups) {

	/** A cooperation group's rows and its narrative for the year (null when none is written yet). */
	public record Group(CooperationGroup group, GroupYearNarrative narrative, boolean canWriteNarrative,
			List<GridRow> rows) {
	}

	public List<GridRow> rows() {
		return this.groups.stream().flatMap(g -> g.rows().stream()).toList();
	}

	public boolean hasErrors() {
		return rows().stream().anyMatch(GridRow::hasError);
	}

	public long conflicts() {
		return rows().stream().filter(r -> r.getConflictEntry() != null).count();
	}

	/** The unit and aggregation the grid shows each of its indicators with, for the page to send back. */
	public String meaningsShown() {
		return FigureMeaning.marker(rows().stream().map(GridRow::getIndicator).toList());
	}

	/** Whether the department was formed after the year: it enters none of its own figures for it. */
	public boolean formedAfterTheYear() {
		return this.department.formedAfter(this.year);
	}

	/** Whether a department merged into this one has figures of the year beside its rows. */
	public boolean hasPredecessorFigures() {
		return rows().stream().anyMatch(r -> !r.getPredecessorFigures().isEmpty());
	}

	public boolean hasEditableRows() {
		return rows().stream().anyMatch(GridRow::isEditable);
	}

}
