package vn.hanoi.cooperation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.activity.ActivityExportRow;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.activity.ActivitySearch;
import vn.hanoi.cooperation.agreement.Agreement;
import vn.hanoi.cooperation.agreement.AgreementRow;
import vn.hanoi.cooperation.agreement.AgreementService;
import vn.hanoi.cooperation.agreement.AgreementStatus;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.result.ResultYearReport;
import vn.hanoi.cooperation.result.YearReport;

/**
 * What Hanoi and one partner province (with the units merged into it) did together in a year: the agreements
 * in force, the activities by group, and the approved figures that concern the province. Everything is read
 * with the viewer's own read rules, so a province officer's copy holds only what is shared with them.
 */
@Component
class ProvinceReportDocument {

	private final Provinces provinces;

	private final AgreementService agreements;

	private final ActivitySearch activities;

	private final ResultYearReport yearReport;

	private final ReportParts parts;

	ProvinceReportDocument(Provinces provinces, AgreementService agreements, ActivitySearch activities,
			ResultYearReport yearReport, ReportParts parts) {
		this.provinces = provinces;
		this.agreements = agreements;
		this.activities = activities;
		this.yearReport = yearReport;
		this.parts = parts;
	}

	@Transactional(readOnly = true)
	byte[] write(Province province, int year, Viewer viewer, LocalDate today) {
		List<Long> lineage = this.provinces.findLineageIds(province.getId());
		String partner = lowerFirst(fullName(province));
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		List<AgreementRow> inForce = this.agreements.findInvolving(lineage, viewer)
			.stream()
			.filter(row -> inForce(row.agreement(), first, last))
			.toList();
		List<ActivityExportRow> shared = this.activities.findForExport(
				new ActivityFilter(year, null, null, province.getId(), null, null, null, null, null), viewer, today,
				ActivityExports.MAXIMUM_ROWS);
		// A former unit's figures of the year are its own, as entered; on the year's map they are its successor's.
		YearReport report = this.yearReport.build(year, viewer, false, ProvincePeriod.forUnitInYear(province, year));

		OfficialDocument document = new OfficialDocument();
		this.parts.heading(document, today);
		document.title(this.parts.text("report.kind"),
				this.parts.text("report.province.title", partner, String.valueOf(year)));
		List<Province> predecessors = this.provinces.findBySuccessorIdOrderByNameVi(province.getId());
		document.body(this.parts.text("report.province.basis", partner, String.valueOf(year)));
		// Only a unit formed from several says so; one that kept its territory (Điện Biên) has no merger to tell.
		if (predecessors.size() > 1) {
			document.body(this.parts.text("report.province.merged", fullName(province),
					this.parts.prose(predecessors.stream().map(p -> lowerFirst(fullName(p))).toList())));
		}
		// A former unit's report holds its figures up to its last day: the reader is told whose the rest are. In a
		// year after its last it has no figures of its own, and the whole year is its successor's.
		if (province.endedBeforeEndOf(year) && province.getSuccessor() != null) {
			LocalDate lastDay = province.getValidTo();
			String successor = lowerFirst(fullName(province.getSuccessor()));
			document.body(lastDay.getYear() < year
					? this.parts.text("report.province.formerUnitLater", fullName(province), day(lastDay),
							day(lastDay.plusDays(1)), successor, String.valueOf(year))
					: this.parts.text("report.province.formerUnit", fullName(province), day(lastDay),
							day(lastDay.plusDays(1)), successor, partner));
		}

		document.heading("I. " + this.parts.text("report.province.agreements").toUpperCase(Labels.VIETNAMESE));
		// A status as it stood at the end of the report's year (or today, for the current year).
		LocalDate statusDay = today.isBefore(last) ? today : last;
		if (inForce.isEmpty()) {
			document.body(this.parts.text("report.province.noAgreements", String.valueOf(year)));
		}
		else {
			List<List<String>> rows = new ArrayList<>();
			int number = 0;
			for (AgreementRow row : inForce) {
				Agreement a = row.agreement();
				rows.add(List.of(String.valueOf(++number), a.getTitle(),
						a.getDocumentNumber() == null ? "" : a.getDocumentNumber(), day(a.getSignedOn()),
						period(a), this.parts.text(AgreementStatus.of(a.getSignedOn(), a.getValidFrom(), a.getValidTo(),
								a.getTerminatedOn(), statusDay).messageKey())));
			}
			document.table(List.of(this.parts.text("report.table.number"), this.parts.text("report.agreement.title"),
					this.parts.text("report.agreement.number"), this.parts.text("report.agreement.signedOn"),
					this.parts.text("report.agreement.period"), this.parts.text("report.agreement.statusOn", day(statusDay))),
					new int[] { 600, 3455, 1300, 1200, 1600, 1200 }, rows, 99);
		}

		document.heading("II. " + this.parts.text("report.province.activities").toUpperCase(Labels.VIETNAMESE));
		if (shared.isEmpty()) {
			document.body(this.parts.text("report.province.noActivities", String.valueOf(year)));
		}
		else {
			document.body(this.parts.text("report.province.activityOverview", String.valueOf(year),
					this.parts.counts(shared)));
			Map<String, List<ActivityExportRow>> byGroup = shared.stream()
				.collect(Collectors.groupingBy(a -> a.groupNumber() + ". " + a.groupName(), LinkedHashMap::new,
						Collectors.toList()));
			int number = 0;
			for (Map.Entry<String, List<ActivityExportRow>> group : byGroup.entrySet()) {
				String name = group.getKey().substring(group.getKey().indexOf(' ') + 1);
				document.heading(++number + ". " + name);
				group.getValue().forEach(a -> document.body(this.parts.activityLine(a, false)));
			}
		}

		document.heading("III. " + this.parts.text("report.province.results").toUpperCase(Labels.VIETNAMESE));
		List<List<String>> rows = new ArrayList<>();
		int number = 0;
		for (YearReport.GroupSection section : report.groups()) {
			List<List<String>> groupRows = new ArrayList<>();
			for (YearReport.IndicatorLine line : section.indicators()) {
				for (YearReport.ProvinceLine provinceLine : line.provinces()) {
					if (lineage.contains(provinceLine.provinceId())) {
						// A merged unit's own figures are named, so that the reader sees whose they are.
						List<String> row = new ArrayList<>(
								this.parts.indicatorRow(++number, line.indicator(), provinceLine.figures(), year));
						if (!provinceLine.nameVi().equals(province.getNameVi())) {
							row.set(1, row.get(1) + " (" + provinceLine.nameVi() + ")");
						}
						groupRows.add(row);
					}
				}
			}
			if (!groupRows.isEmpty()) {
				rows.add(List.of(section.group().number() + ". " + section.group().names().nameVi()));
				rows.addAll(groupRows);
			}
		}
		if (rows.isEmpty()) {
			document.body(this.parts.text("report.section.none"));
		}
		else {
			document.table(this.parts.indicatorHeaders(year), ReportParts.INDICATOR_WIDTHS, rows, 3);
		}
		this.parts.closing(document, List.of(this.parts.text("report.to.partyStanding"),
				this.parts.text("report.to.chairs"), this.parts.text("report.to.province", partner),
				this.parts.text("report.to.departments"), this.parts.text("report.to.archive")));
		return document.bytes();
	}

	/** In force on at least one day of the year. */
	static boolean inForce(Agreement a, LocalDate first, LocalDate last) {
		LocalDate start = a.getValidFrom() != null ? a.getValidFrom() : a.getSignedOn();
		return start != null && !start.isAfter(last) && (a.getValidTo() == null || !a.getValidTo().isBefore(first))
				&& (a.getTerminatedOn() == null || a.getTerminatedOn().isAfter(first));
	}

	private String period(Agreement a) {
		LocalDate start = a.getValidFrom() != null ? a.getValidFrom() : a.getSignedOn();
		return a.getValidTo() == null ? this.parts.text("report.agreement.from", day(start))
				: day(start) + " – " + day(a.getValidTo());
	}

	private static String day(LocalDate day) {
		return day == null ? "" : day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	/** "Tỉnh Tuyên Quang", "Thành phố Huế": the unit's full name as a sentence starts with it. */
	private static String fullName(Province province) {
		String name = province.getNameViFull() == null ? province.getNameVi() : province.getNameViFull();
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Labels.VIETNAMESE) + name.substring(1);
	}

	private static String lowerFirst(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Labels.VIETNAMESE) + name.substring(1);
	}

}
