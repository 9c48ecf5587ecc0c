package vn.hanoi.cooperation.result;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.hanoi.cooperation.province.Province;

/**
 * One line of the results grid: an indicator's total (no province) or one province's part of it ("trong đó"),
 * with what the user typed, the message next to a cell, and whether someone changed the row meanwhile.
 */
public class GridRow {

	private final Indicator indicator;

	private final Province province;

	private final YearlyResult result;

	/** The same row's figures of the departments merged into this one, shown beside it and never saved from it. */
	private final List<YearlyResult> predecessorFigures;

	private final BigDecimal lastYear;

	private final boolean lastYearLowerBound;

	private String target;

	private String actual;

	private boolean submit;

	private MessageSourceResolvable targetError;

	private MessageSourceResolvable actualError;

	/** What this user typed into a row that someone else changed meanwhile; the row shows the current figures. */
	private String conflictEntry;

	BigDecimal plannedTarget;

	BigDecimal plannedActual;

	/** Whether saving writes this row: a new figure, or a changed one. */
	boolean changed;

	GridRow(Indicator indicator, Province province, YearlyResult result, List<YearlyResult> predecessorFigures,
			BigDecimal lastYear, boolean lastYearLowerBound) {
		this.indicator = indicator;
		this.province = province;
		this.result = result;
		this.predecessorFigures = predecessorFigures;
		this.lastYear = lastYear;
		this.lastYearLowerBound = lastYearLowerBound;
		this.target = result == null ? "" : Figures.format(result.getTarget());
		this.actual = result == null ? "" : Figures.format(result.getActual());
		this.plannedTarget = result == null ? null : result.getTarget();
		this.plannedActual = result == null ? null : result.getActual();
	}

	/** The cell names of this row: indicator id and province id (0 for the total). */
	public String getKey() {
		return GridLayout.key(this.indicator, this.province);
	}

	void enter(String target, String actual, boolean submit) {
		this.target = target == null ? "" : target.strip();
		this.actual = actual == null ? "" : actual.strip();
		this.submit = submit;
	}

	void reject(String field, String code, Object... arguments) {
		DefaultMessageSourceResolvable error = new DefaultMessageSourceResolvable(new String[] { code }, arguments);
		if ("target".equals(field)) {
			this.targetError = error;
		}
		else {
			this.actualError = error;
		}
	}

	/** Refuses the row's figures as a whole, the reason beside the figure typed (the actual, else the target). */
	void refuse(MessageSourceResolvable reason) {
		if (this.actual.isBlank()) {
			this.targetError = reason;
		}
		else {
			this.actualError = reason;
		}
	}

	/** Someone saved the row after this user opened the grid: show the current figures and keep the entry. */
	void changedMeanwhile() {
		this.conflictEntry = this.target + " / " + this.actual;
		this.target = Figures.format(this.result.getTarget());
		this.actual = Figures.format(this.result.getActual());
		this.plannedTarget = this.result.getTarget();
		this.plannedActual = this.result.getActual();
		this.changed = false;
		this.submit = false;
	}

	/** New rows and drafts or returned results take figures; submitted and approved ones are shown only. */
	public boolean isEditable() {
		return this.result == null || this.result.getStatus().editable();
	}

	/** Whether saving writes this row (read once the cells are checked). */
	public boolean isChanged() {
		return this.changed;
	}

	public boolean isTotal() {
		return this.province == null;
	}

	public boolean hasError() {
		return this.targetError != null || this.actualError != null;
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public Province getProvince() {
		return this.province;
	}

	public YearlyResult getResult() {
		return this.result;
	}

	public List<YearlyResult> getPredecessorFigures() {
		return this.predecessorFigures;
	}

	public BigDecimal getLastYear() {
		return this.lastYear;
	}

	/** Whether last year's figure is a lower bound ("trên"). */
	public boolean isLastYearLowerBound() {
		return this.lastYearLowerBound;
	}

	public String getTarget() {
		return this.target;
	}

	public String getActual() {
		return this.actual;
	}

	public boolean isSubmit() {
		return this.submit;
	}

	public MessageSourceResolvable getTargetError() {
		return this.targetError;
	}

	public MessageSourceResolvable getActualError() {
		return this.actualError;
	}

	public String getConflictEntry() {
		return this.conflictEntry;
	}

	/**
	 * The unit and aggregation of the row's indicator as they are now, in the form a workbook carries them back in
	 * ({@code downloadedAs_<key>}): "12:PERSON_TIMES:SUM".
	 */
	public String getMeaning() {
		return FigureMeaning.marker(List.of(this.indicator));
	}

	public long getVersion() {
		return this.result == null ? -1 : this.result.getVersion();
	}

}
