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
				ActivityExports.MAXIMUM_ROWS);
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
		// A plan that does not name its groups (2021) is reported as a whole, never under another year's groups.
		boolean groupsNamed = plan.map(p -> !p.getGroups().isEmpty()).orElse(false);
		plan.filter(p -> !groupsNamed && p.getReportedGroupCount() != null)
			.ifPresent(p -> document.body(this.parts.text("report.yearly.unnamedGroups", String.valueOf(year),
					p.getReportedGroupCount())));
		if (ReportParts.anyCarriedOut(yearActivities)) {
			document.body(this.parts.text("report.yearly.overview", String.valueOf(year),
					this.parts.counts(yearActivities)));
		}

		int part = 0;
		if (groupsNamed) {
			for (YearReport.GroupSection section : sections(report, plan.get())) {
				part++;
				groupPart(document, part, section, byGroup.getOrDefault(section.group().number(), List.of()), year);
			}
		}
		else if (!yearActivities.isEmpty()) {
			part++;
			document.heading(OfficialDocument.roman(part) + ". "
					+ this.parts.text("report.yearly.tasks").toUpperCase(Labels.VIETNAMESE));
			completedList(document, yearActivities);
		}

		List<List<String>> rows = new ArrayList<>();
		int number = 0;
		for (YearReport.GroupSection section : report.groups()) {
			// An indicator with no figure this year nor the year before has no row: an empty line says nothing.
			List<YearReport.IndicatorLine> lines = section.indicators()
				.stream()
				.filter(line -> ReportParts.worthARow(line.total()))
				.toList();
			if (lines.isEmpty()) {
				continue;
			}
			if (groupsNamed) {
				rows.add(List.of(section.group().number() + ". " + section.group().names().nameVi()));
			}
			for (YearReport.IndicatorLine line : lines) {
				rows.add(this.parts.indicatorRow(++number, line.indicator(), line.total(), year));
				rows.addAll(this.parts.breakdownRows(line, year));
			}
		}
		// A year without approved figures has no part on them: nothing is said rather than a placeholder.
		if (!rows.isEmpty()) {
			document.heading(OfficialDocument.roman(part + 1) + ". "
					+ this.parts.text("report.yearly.indicators", String.valueOf(year)).toUpperCase(Labels.VIETNAMESE));
			document.body(this.parts.text("report.yearly.indicatorsNote"));
			document.table(this.parts.indicatorHeaders(year), ReportParts.INDICATOR_WIDTHS, rows, 3);
		}
		this.parts.closing(document, List.of(this.parts.text("report.to.partyStanding"),
				this.parts.text("report.to.councilStanding"), this.parts.text("report.to.chairs"),
				this.parts.text("report.to.departments"), this.parts.text("report.to.archive")));
		return document.bytes();
	}

	/**
	 * A group's part: its approved figures in words, the narrative, the activities; then difficulties and
	 * proposals, or "Không có." where there are none.
	 */
	private void groupPart(OfficialDocument document, int part, YearReport.GroupSection section,
			List<ActivityExportRow> groupActivities, int year) {
		YearReport.Narrative narrative = section.narrative();
		document.heading(OfficialDocument.roman(part) + ". "
				+ section.group().names().nameVi().toUpperCase(Labels.VIETNAMESE));
		document.heading(this.parts.text("report.section.results"));
		boolean said = figures(document, section.indicators());
		if (narrative != null && narrative.achievements() != null && !narrative.achievements().isBlank()) {
			document.body(narrative.achievements());
			said = true;
		}
		// A group whose activities were all cancelled has nothing carried out to count.
		if (ReportParts.anyCarriedOut(groupActivities)) {
			document.body(this.parts.text("report.section.activities", this.parts.counts(groupActivities)));
			completedList(document, groupActivities);
			said = true;
		}
		if (!said) {
			document.body(this.parts.text("report.section.none"));
		}
		document.heading(this.parts.text("report.section.difficulties"));
		text(document, narrative == null ? null : narrative.difficulties());
		document.heading(this.parts.text("report.section.proposals"));
		text(document, narrative == null ? null : narrative.proposals());
	}

	/** The group's approved figures as sentences, computed from the results: the text never differs from the table. */
	private boolean figures(OfficialDocument document, List<YearReport.IndicatorLine> indicators) {
		List<String> sentences = indicators.stream()
			.filter(line -> line.total().actual() != null)
			.map(line -> this.parts.figureSentence(line.indicator(), line.total()))
			.toList();
		if (sentences.isEmpty()) {
			return false;
		}
		document.body(this.parts.text("report.section.figures"));
		sentences.forEach(document::body);
		return true;
	}

	private void completedList(OfficialDocument document, List<ActivityExportRow> activities) {
		List<ActivityExportRow> completed = activities.stream()
			.filter(a -> a.status() == ActivityStatus.COMPLETED)
			.sorted(Comparator.comparing(ActivityExportRow::completedOn, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		if (completed.isEmpty()) {
			return;
		}
		document.body(this.parts.text("report.section.completedList"));
		completed.stream().limit(LISTED_ACTIVITIES).forEach(a -> document.body(this.parts.activityLine(a, true)));
		if (completed.size() > LISTED_ACTIVITIES) {
			document.body(this.parts.text("report.section.moreCompleted",
					completed.size() - LISTED_ACTIVITIES));
		}
	}

	/** The plan's groups, in their order. */
	private static List<YearReport.GroupSection> sections(YearReport report, Plan plan) {
		List<Long> planned = plan.getGroups().stream().map(CooperationGroup::getId).toList();
		return report.groups().stream().filter(s -> planned.contains(s.group().id())).toList();
	}

	private void text(OfficialDocument document, String text) {
		if (text == null || text.isBlank()) {
			document.body(this.parts.text("report.section.none"));
		}
		else {
			document.body(text);
		}
	}

}
