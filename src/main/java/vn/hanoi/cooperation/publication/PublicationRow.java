package vn.hanoi.cooperation.publication;

import java.math.BigDecimal;
import java.time.Instant;

import vn.hanoi.cooperation.result.UnitOfMeasure;

/**
 * A line of the coordinator's page: an indicator of the year, its approved city figure now (null when nothing is
 * approved; {@code approvedDisputed} when a partner province disputes a figure counted in it) and what is published
 * of it (null when nothing is; {@code publishedDisputed} when it was disputed as published).
 */
public record PublicationRow(long indicatorId, int groupNumber, String groupNameVi, String groupNameEn, String code,
		String nameVi, String nameEn, String unit, BigDecimal approvedTarget, BigDecimal approvedActual,
		boolean approvedLowerBound, boolean approvedDisputed, BigDecimal publishedTarget, BigDecimal publishedActual,
		boolean publishedLowerBound, boolean publishedDisputed, String publishedByName, Instant publishedAt, UnitOfMeasure measure) {

	public boolean approved() {
		return this.approvedActual != null;
	}

	public boolean published() {
		return this.publishedAt != null;
	}

	/** The approved figure as the publish form carries it, so that what is published is what was shown. */
	public String approvedShown() {
		return Publishing.shown(new PublishedFigures.Approved(this.approvedTarget, this.approvedActual,
				this.approvedLowerBound, this.approvedDisputed));
	}

	/**
	 * The public page shows another figure than the approved one now (approved later, or returned since), or tells
	 * of a dispute otherwise than it stands now (disputed or settled since).
	 */
	public boolean outdated() {
		return published() && (!approved() || !same(this.approvedActual, this.publishedActual)
				|| !same(this.approvedTarget, this.publishedTarget) || this.approvedLowerBound != this.publishedLowerBound
				|| this.approvedDisputed != this.publishedDisputed);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	public String groupName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.groupNameEn : this.groupNameVi;
	}

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameVi;
	}

}
