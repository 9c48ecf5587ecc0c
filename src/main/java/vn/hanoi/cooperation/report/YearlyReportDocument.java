package vn.hanoi.cooperation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityExportRow;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.activity.ActivitySearch;
import vn.hanoi.cooperation.activity.ActivityStatus;
import vn.hanoi.cooperation.group.CooperationGroup;
import vn.hanoi.cooperation.plan.Plan;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.result.GroupYearNarrative;
import vn.hanoi.cooperation.result.ResultYearReport;
import vn.hanoi.cooperation.result.YearReport;

/**
 * The city's yearly report on the cooperation plan, as the People's Committee sends it: a part per group of
 * the plan (what was done, from the group's narrative and its activities; difficulties; proposals), then the
 * indicators of the year view (approved figures only) against target and the year before.
 */
@Component
class YearlyReportDocument {

	/** Completed activities named in a group's part; the rest are counted. */
	static final int LISTED_ACTIVITIES = 10;

	private final ResultYearReport yearReport;

	private final ActivitySearch activities;

	private final Plans plans;

	private final ReportParts parts;

	YearlyReportDocument(ResultYearReport yearReport, ActivitySearch activities, Plans plans, ReportParts parts) {
		this.yearReport = yearReport;
		this.activities = activities;
		this.plans = plans;
		this.parts = parts;
	}

	@Transactional(readOnly = true)
	byte[] write(int year, Viewer viewer, LocalDate today) {
		YearReport report = this.yearReport.build(year, viewer, false);
		List<ActivityExportRow> yearActivities = this.activities.findForExport(
				new ActivityFilter(year, null, null, null, null, null, null, null, null), viewer, today,
				ActivityExportController.MAXIMUM_ROWS);
		Map<Integer, List<ActivityExportRow>> byGroup = yearActivities.stream()
			.collect(Collectors.groupingBy(ActivityExportRow::groupNumber, LinkedHashMap::new, Collectors.toList()));
		Optional<Plan> plan = this.plans.findByYear(year);

		OfficialDocument document = new OfficialDocument();
		this.parts.heading(document, today);
		document.title(this.parts.text("report.kind"), this.parts.text("report.yearly.title", String.valueOf(year)));
		document.body(plan.filter(p -> p.getNumber() != null && p.getIssuedOn() != null)
			.map(p -> this.parts.text("report.yearly.basisWithPlan", p.getNumber(),
					OfficialDocument.dayInWords(p.getIssuedOn()), String.valueOf(year)))
			.orElse(this.parts.text("report.yearly.basis", String.valueOf(year))));
		if (ReportParts.anyCarriedOut(yearActivities)) {
			document.body(this.parts.text("report.yearly.overview", String.valueOf(year),
					this.parts.counts(yearActivities)));
		}

		List<YearReport.GroupSection> sections = sections(report, plan, byGroup);
		int part = 0;
		for (YearReport.GroupSection section : sections) {
			part++;
			CooperationGroup group = section.group();
			GroupYearNarrative narrative = section.narrative();
			document.heading(OfficialDocument.roman(part) + ". " + group.getNameVi().toUpperCase(Labels.VIETNAMESE));
			document.heading(this.parts.text("report.section.results"));
			List<ActivityExportRow> groupActivities = byGroup.getOrDefault(group.getNumber(), List.of());
			boolean said = false;
			if (narrative != null && narrative.getAchievements() != null) {
				document.body(narrative.getAchievements());
				said = true;
			}
			if (!groupActivities.isEmpty()) {
				if (ReportParts.anyCarriedOut(groupActivities)) {
					document.body(this.parts.text("report.section.activities", this.parts.counts(groupActivities)));
				}
				List<ActivityExportRow> completed = groupActivities.stream()
					.filter(a -> a.status() == ActivityStatus.COMPLETED)
					.sorted(Comparator.comparing(ActivityExportRow::completedOn,
							Comparator.nullsLast(Comparator.naturalOrder())))
					.toList();
				if (!completed.isEmpty()) {
					document.body(this.parts.text("report.section.completedList"));
					completed.stream()
						.limit(LISTED_ACTIVITIES)
						.forEach(a -> document.body(this.parts.activityLine(a, true)));
					if (completed.size() > LISTED_ACTIVITIES) {
						document.body(this.parts.text("report.section.moreCompleted",
								String.valueOf(completed.size() - LISTED_ACTIVITIES)));
					}
				}
				// A group whose activities were all cancelled has nothing carried out to report.
				said = said || ReportParts.anyCarriedOut(groupActivities);
			}
			if (!said) {
				document.note(this.parts.text("report.section.noResults"));
			}
			document.heading(this.parts.text("report.section.difficulties"));
			text(document, narrative == null ? null : narrative.getDifficulties(), "report.section.noDifficulties");
			document.heading(this.parts.text("report.section.proposals"));
			text(document, narrative == null ? null : narrative.getProposals(), "report.section.noProposals");
		}

		document.heading(OfficialDocument.roman(part + 1) + ". "
				+ this.parts.text("report.yearly.indicators", String.valueOf(year)).toUpperCase(Labels.VIETNAMESE));
		List<List<String>> rows = new ArrayList<>();
		int number = 0;
		for (YearReport.GroupSection section : report.groups()) {
			if (section.indicators().isEmpty()) {
				continue;
			}
			rows.add(List.of(section.group().getNumber() + ". " + section.group().getNameVi()));
			for (YearReport.IndicatorLine line : section.indicators()) {
				rows.add(this.parts.indicatorRow(++number, line.indicator(), line.total(), year));
				rows.addAll(this.parts.breakdownRows(line, year));
			}
		}
		if (rows.isEmpty()) {
			document.note(this.parts.text("report.yearly.noIndicators", String.valueOf(year)));
		}
		else {
			document.body(this.parts.text("report.yearly.indicatorsNote"));
			document.table(this.parts.indicatorHeaders(year), ReportParts.INDICATOR_WIDTHS, rows, 3);
		}
		this.parts.closing(document, List.of(this.parts.text("report.to.partyStanding"),
				this.parts.text("report.to.councilStanding"), this.parts.text("report.to.chairs"),
				this.parts.text("report.to.departments"), this.parts.text("report.to.archive")));
		return document.bytes();
	}

	/** The plan's groups; a plan that names none (2021) reports the groups that have something to report. */
	private static List<YearReport.GroupSection> sections(YearReport report, Optional<Plan> plan,
			Map<Integer, List<ActivityExportRow>> byGroup) {
		List<Long> planned = plan.map(p -> p.getGroups().stream().map(CooperationGroup::getId).toList())
			.orElse(List.of());
		return report.groups()
			.stream()
			.filter(s -> planned.isEmpty() ? !s.isEmpty() || byGroup.containsKey(s.group().getNumber())
					: planned.contains(s.group().getId()))
			.toList();
	}

	private void text(OfficialDocument document, String text, String placeholderKey) {
		if (text == null || text.isBlank()) {
			document.note(this.parts.text(placeholderKey));
		}
		else {
			document.body(text);
		}
	}

}
