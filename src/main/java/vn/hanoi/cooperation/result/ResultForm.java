package vn.hanoi.cooperation.result;

import java.util.Collection;

/**
 * What the result form posts, as typed: {@link ResultFormValidator} reads the text ("300.000", "1,5", ids) and
 * turns it into a {@link ResultDraft}, with a message per bad field. {@code meaningsShown} is the unit and
 * aggregation the page showed each indicator with ({@link FigureMeaning#marker}), so that a figure keeps the
 * meaning it was typed in.
 */
record ResultForm(String year, String indicatorId, String departmentId, String provinceId, String target,
		String actual, String actualLowerBound, String narrative, String version, String meaningsShown) {

	static final String[] FIELDS = { "year", "indicatorId", "departmentId", "provinceId", "target", "actual",
			"actualLowerBound", "narrative", "version", "meaningsShown" };

	static ResultForm blank(int year, Long departmentId, Long indicatorId) {
		return new ResultForm(String.valueOf(year), text(indicatorId), text(departmentId), null, "", "", "false", "",
				null, null);
	}

	static ResultForm of(YearlyResult result) {
		return new ResultForm(String.valueOf(result.getYear()), text(result.getIndicator().getId()),
				result.getDepartment() == null ? "" : text(result.getDepartment().getId()),
				result.getProvince() == null ? "" : text(result.getProvince().getId()),
				Figures.format(result.getTarget()), Figures.format(result.getActual()),
				String.valueOf(result.isActualLowerBound()), result.getNarrative(), text(result.getVersion()), null);
	}

	/** The same input, to be saved over the given version (after a conflict the user applies it again). */
	ResultForm withVersion(long newVersion) {
		return new ResultForm(this.year, this.indicatorId, this.departmentId, this.provinceId, this.target,
				this.actual, this.actualLowerBound, this.narrative, text(newVersion), this.meaningsShown);
	}

	/** The same input, on a page that shows these indicators as they are now. */
	ResultForm showing(Collection<Indicator> offered) {
		return new ResultForm(this.year, this.indicatorId, this.departmentId, this.provinceId, this.target,
				this.actual, this.actualLowerBound, this.narrative, this.version, FigureMeaning.marker(offered));
	}

	/** The same input for another year (an edit keeps its result's year). */
	ResultForm inYear(int otherYear) {
		return new ResultForm(String.valueOf(otherYear), this.indicatorId, this.departmentId, this.provinceId,
				this.target, this.actual, this.actualLowerBound, this.narrative, this.version, this.meaningsShown);
	}

	public boolean lowerBound() {
		return vn.hanoi.cooperation.system.FormValues.checked(this.actualLowerBound);
	}

	Integer yearValue() {
		try {
			return this.year == null ? null : Integer.valueOf(this.year.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
