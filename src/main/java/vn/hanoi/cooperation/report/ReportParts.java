package vn.hanoi.cooperation.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.hanoi.cooperation.activity.ActivityExportRow;
import vn.hanoi.cooperation.activity.ActivityStatus;
import vn.hanoi.cooperation.activity.DeadlineStatus;
import vn.hanoi.cooperation.result.FigureLine;
import vn.hanoi.cooperation.result.ResultFormats;
import vn.hanoi.cooperation.result.YearReport;

/** What the yearly and the province report share: the heading, the indicator table, counts and the closing. */
@Component
class ReportParts {

	static final int[] INDICATOR_WIDTHS = { 700, 3055, 1100, 1100, 1200, 1000, 1200 };

	private final Labels labels;

	private final ResultFormats figures;

	private final DemoMark demo;

	ReportParts(Labels labels, ResultFormats figures, DemoMark demo) {
		this.labels = labels;
		this.figures = figures;
		this.demo = demo;
	}

	String text(String key, Object... arguments) {
		return this.labels.message(key, arguments);
	}

	/** The first page's heading; a demo instance's document says first that it holds demo records. */
	void heading(OfficialDocument document, LocalDate today) {
		String mark = this.demo.line();
		if (mark != null) {
			document.demoMark(mark);
		}
		document.heading(text("report.body.above"), text("report.body"), text("report.number"), text("report.nation"),
				text("report.motto"), text("report.placeAndDate", OfficialDocument.dayInWords(today)));
	}

	List<String> indicatorHeaders(int year) {
		return List.of(text("report.table.number"), text("report.table.indicator"), text("report.table.unit"),
				text("report.table.target"), text("report.table.actual"), text("report.table.percent"),
				text("report.table.previous", String.valueOf(year - 1)));
	}

	/** Whether a line has anything for the table: a target, an actual or the year before's figure. */
	static boolean worthARow(FigureLine line) {
		return line.target() != null || line.actual() != null || line.previous() != null;
	}

	/**
	 * One line of the indicator table: "trên 300.000" when the figure is a lower bound, and the year view's mark when
	 * a partner province disputes it.
	 */
	List<String> indicatorRow(int number, YearReport.IndicatorFacts indicator, FigureLine line, int year) {
		List<String> row = new ArrayList<>();
		row.add(String.valueOf(number));
		row.add(indicator.names().nameVi());
		row.add(this.labels.unit(indicator.unitOfMeasure()));
		row.add(this.figures.of(line.target()));
		row.add(disputed(bounded(this.figures.of(line.actual()), line.actual() != null && line.lowerBound()),
				line.actual() != null && line.disputed()));
		// The column's header says "(%)": the cells hold the number alone.
		row.add(this.figures.of(line.percentOfTarget()));
		String previous = bounded(this.figures.of(line.previous()), line.previous() != null && line.previousLowerBound());
		if (line.previous() != null && line.previousYear() != null && line.previousYear() != year - 1) {
			previous = previous + " " + text("report.table.inYear", String.valueOf(line.previousYear()));
		}
		row.add(previous);
		return row;
	}

	/** "- Sản lượng hàng hóa được kết nối tiêu thụ: trên 310.000 tấn, đạt 110,7% kế hoạch." */
	String figureSentence(YearReport.IndicatorFacts indicator, FigureLine line) {
		String figure = disputed(bounded(
				this.labels.figure(indicator.unitOfMeasure(), line.actual()), line.lowerBound()), line.disputed());
		return line.percentOfTarget() == null ? text("report.section.figure", indicator.names().nameVi(), figure)
				: text("report.section.figureOfTarget", indicator.names().nameVi(), figure,
						this.figures.percent(line.percentOfTarget()));
	}

	/** The rows under an indicator's total: its breakdown by province ("Trong đó: …"), never added to it. */
	List<List<String>> breakdownRows(YearReport.IndicatorLine line, int year) {
		List<List<String>> rows = new ArrayList<>();
		for (YearReport.ProvinceLine province : line.provinces()) {
			List<String> row = indicatorRow(0, line.indicator(), province.figures(), year);
			row.set(0, "");
			row.set(1, text(rows.isEmpty() ? "report.table.ofWhich" : "report.table.ofWhichNext", province.nameVi()));
			rows.add(row);
		}
		return rows;
	}

	private String bounded(String figure, boolean lowerBound) {
		return lowerBound ? text("report.lowerBound", figure) : figure;
	}

	/** "45.000 (Địa phương không thống nhất)": the reader of the report is told what the year view tells. */
	private String disputed(String figure, boolean disputed) {
		return disputed ? text("report.disputed", figure, text("results.disputed")) : figure;
	}

	/** Whether any of the activities was carried out, so that {@link #counts} has something to count. */
	static boolean anyCarriedOut(List<ActivityExportRow> activities) {
		return activities.stream().anyMatch(a -> a.status().countsAsCarriedOut());
	}

	/**
	 * "N hoạt động: X đã hoàn thành (Y đúng hạn), Z trong hạn, V chưa bắt đầu, W quá hạn", of the activities
	 * carried out: cancelled ones are listed, never counted.
	 */
	String counts(List<ActivityExportRow> listed) {
		List<ActivityExportRow> activities = listed.stream().filter(a -> a.status().countsAsCarriedOut()).toList();
		long completed = activities.stream().filter(a -> a.status() == ActivityStatus.COMPLETED).count();
		long overdue = activities.stream().filter(a -> a.deadlineStatus() == DeadlineStatus.OVERDUE).count();
		long open = activities.stream()
			.filter(a -> a.deadlineStatus() == DeadlineStatus.ON_TRACK || a.deadlineStatus() == DeadlineStatus.NO_DEADLINE)
			.count();
		long notStarted = activities.stream().filter(a -> a.deadlineStatus() == DeadlineStatus.NOT_STARTED).count();
		// Only the counts that are not zero: "2 hoạt động, trong đó 2 hoạt động đã hoàn thành (2 đúng hạn)".
		List<String> counts = new ArrayList<>();
		if (completed > 0) {
			counts.add(completed(activities, completed));
		}
		if (open > 0) {
			counts.add(text("report.count.open", open));
		}
		if (notStarted > 0) {
			counts.add(text("report.count.notStarted", notStarted));
		}
		if (overdue > 0) {
			counts.add(text("report.count.overdue", overdue));
		}
		String total = text("report.count.total", activities.size());
		return counts.isEmpty() ? total : text("report.count.of", total, String.join(", ", counts));
	}

	/**
	 * "2 hoạt động đã hoàn thành đúng hạn" when all were on time, "(1 đúng hạn, 1 sau thời hạn)" when not: never
	 * a count of nought.
	 */
	private String completed(List<ActivityExportRow> activities, long completed) {
		long onTime = activities.stream().filter(a -> a.deadlineStatus() == DeadlineStatus.COMPLETED_ON_TIME).count();
		long late = activities.stream().filter(a -> a.deadlineStatus() == DeadlineStatus.COMPLETED_LATE).count();
		if (onTime == completed) {
			return text("report.count.completedOnTime", completed);
		}
		if (late == completed) {
			return text("report.count.completedLate", completed);
		}
		List<String> kinds = new ArrayList<>();
		if (onTime > 0) {
			kinds.add(text("report.count.onTime", onTime));
		}
		if (late > 0) {
			kinds.add(text("report.count.late", late));
		}
		return kinds.isEmpty() ? text("report.count.completed", completed)
				: text("report.count.completedOf", completed, String.join(", ", kinds));
	}

	String activityLine(ActivityExportRow a, boolean withPartners) {
		StringBuilder line = new StringBuilder("- ").append(a.title()).append(" (").append(a.leadDepartment());
		if (withPartners && a.partnerProvinces() != null && !a.partnerProvinces().isBlank()) {
			line.append("; ").append(text("report.partners", prose(List.of(a.partnerProvinces().split("; ")))));
		}
		line.append("; ");
		if (a.status() == ActivityStatus.COMPLETED && a.completedOn() != null) {
			line.append(text("report.completedOn", OfficialDocument.dayInWords(a.completedOn())));
		}
		else {
			line.append(this.labels.status(a.status()).toLowerCase(Labels.VIETNAMESE));
			if (a.deadlineStatus() == DeadlineStatus.OVERDUE) {
				line.append(", ").append(this.labels.deadline(a.deadlineStatus()).toLowerCase(Labels.VIETNAMESE));
			}
		}
		return line.append(").").toString();
	}

	/** "A", "A và B", "A, B và C": a list as a Vietnamese sentence writes it. */
	String prose(List<String> items) {
		if (items.size() <= 1) {
			return items.isEmpty() ? "" : items.get(0);
		}
		return text("report.list.and", String.join(", ", items.subList(0, items.size() - 1)),
				items.get(items.size() - 1));
	}

	/** The signature block leaves the signer's name line empty: the Văn phòng types who signs. */
	void closing(OfficialDocument document, List<String> recipients) {
		document.closing(text("report.recipients"), recipients,
				List.of(text("report.sign.onBehalf"), text("report.sign.for"), text("report.sign.title")), "");
	}

}
