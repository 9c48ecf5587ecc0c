package vn.hanoi.cooperation.result;

import java.util.List;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.system.Localized;

/** The year view: per group, each indicator's figures and the group's narrative. */
public record YearReport(int year, boolean includesUnapproved, List<GroupSection> groups) {

	public record GroupSection(CooperationGroup group, List<IndicatorLine> indicators, GroupYearNarrative narrative) {

		public boolean isEmpty() {
			return this.indicators.isEmpty() && (this.narrative == null || this.narrative.isEmpty());
		}

	}

	public record IndicatorLine(Indicator indicator, FigureLine total, List<ProvinceLine> provinces) {
	}

	public record ProvinceLine(Long provinceId, String nameVi, String nameEn, FigureLine figures)
			implements Localized {

		@Override
		public String getNameVi() {
			return this.nameVi;
		}

		@Override
		public String getNameEn() {
			return this.nameEn;
		}

	}

	public int pending() {
		return this.groups.stream()
			.flatMap(g -> g.indicators().stream())
			.mapToInt(line -> line.total().pending())
			.sum();
	}

	public boolean isEmpty() {
		return this.groups.stream().allMatch(GroupSection::isEmpty);
	}

}
