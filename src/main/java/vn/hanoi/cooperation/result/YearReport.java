package vn.hanoi.cooperation.result;

import java.util.List;

import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.system.Localized;
import vn.hanoi.cooperation.system.Names;

/**
 * The year view: per group, each indicator's figures and the group's narrative. Plain immutable data, no entity,
 * so that one report kept in memory serves every request that asks for it.
 */
public record YearReport(int year, boolean includesUnapproved, List<GroupSection> groups) {

	public YearReport {
		groups = List.copyOf(groups);
	}

	public record GroupSection(Group group, List<IndicatorLine> indicators, Narrative narrative) {

		public GroupSection {
			indicators = List.copyOf(indicators);
		}

		public boolean isEmpty() {
			return this.indicators.isEmpty() && (this.narrative == null || this.narrative.isEmpty());
		}

	}

	/** A group as the view names it; its lead department may write its narrative ({@link ResultAccess}). */
	public record Group(Long id, int number, Names names, Long leadDepartmentId) {

		static Group of(CooperationGroup group) {
			return new Group(group.getId(), group.getNumber(), Names.of(group),
					group.getLeadDepartment() == null ? null : group.getLeadDepartment().getId());
		}

		public String name() {
			return this.names.name();
		}

	}

	/** What the view and the reports show of an indicator beside its figures. */
	public record IndicatorFacts(String code, Names names, UnitOfMeasure unitOfMeasure, Aggregation aggregation) {

		static IndicatorFacts of(Indicator indicator) {
			return new IndicatorFacts(indicator.getCode(), Names.of(indicator), indicator.getUnitOfMeasure(),
					indicator.getAggregation());
		}

		public String name() {
			return this.names.name();
		}

	}

	/** A group's narrative of the year as written ({@link GroupYearNarrative}). */
	public record Narrative(String achievements, String difficulties, String proposals) {

		static Narrative of(GroupYearNarrative narrative) {
			return new Narrative(narrative.getAchievements(), narrative.getDifficulties(), narrative.getProposals());
		}

		public boolean isEmpty() {
			return this.achievements == null && this.difficulties == null && this.proposals == null;
		}

	}

	public record IndicatorLine(IndicatorFacts indicator, FigureLine total, List<ProvinceLine> provinces) {

		public IndicatorLine {
			provinces = List.copyOf(provinces);
		}

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
