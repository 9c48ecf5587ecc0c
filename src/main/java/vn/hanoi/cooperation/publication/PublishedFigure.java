package vn.hanoi.cooperation.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import vn.hanoi.cooperation.result.IndicatorUnit;
import vn.hanoi.cooperation.result.UnitOfMeasure;

/**
 * One figure on the public page, as the coordinator published it: the indicator's approved city figure for a year,
 * with the names the public sees, {@code disputed} when a partner province disputed it then; {@code unit} is the unit's code in the files, {@code measure} its words on the page
 * (and a count's nouns in the files too).
 */
public record PublishedFigure(int year, String planNumber, int groupNumber, String groupNameVi, String groupNameEn, String indicatorCode,
		String indicatorNameVi, String indicatorNameEn, String unit, String aggregation, BigDecimal target,
		BigDecimal actual, boolean actualIsLowerBound, boolean disputed, Instant publishedAt, UnitOfMeasure measure) {

	public String groupName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.groupNameEn : this.groupNameVi;
	}

	public String indicatorName(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.indicatorNameEn : this.indicatorNameVi;
	}

	/** What a count counts ("chương trình"), as the page names it; null for any other unit. */
	String countNounVi() {
		return counts() ? this.measure.countNounVi() : null;
	}

	/** What a count counts, in English ("programmes"); null for any other unit. */
	String countNounEn() {
		return counts() ? this.measure.countNounEn() : null;
	}

	private boolean counts() {
		return this.measure.kind() == IndicatorUnit.COUNT;
	}

}
