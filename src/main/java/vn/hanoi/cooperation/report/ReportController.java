package vn.hanoi.cooperation.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.province.Province;
import vn.hanoi.cooperation.province.Provinces;
import vn.hanoi.cooperation.result.ResultFormValidator;
import vn.hanoi.cooperation.system.NotFoundException;

/**
 * The yearly report of the plan (Hanoi's users) and the report on one partner province (Hanoi's users, and
 * that province's own officers), as Word documents in the administrative format.
 */
@Controller
class ReportController {

	private final YearlyReportDocument yearly;

	private final ProvinceReportDocument provinceReport;

	private final Provinces provinces;

	private final AuditLog auditLog;

	private final Clock clock;

	private final ExportNames names;

	private final ResultFormValidator years;

	ReportController(YearlyReportDocument yearly, ProvinceReportDocument provinceReport, Provinces provinces,
			AuditLog auditLog, Clock clock, ExportNames names, ResultFormValidator years) {
		this.names = names;
		this.years = years;
		this.yearly = yearly;
		this.provinceReport = provinceReport;
		this.provinces = provinces;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The city's report covers every province: a province officer gets the report on their own unit instead. */
	@GetMapping("/reports/yearly/{year}.docx")
	ResponseEntity<byte[]> yearly(@PathVariable int year, Viewer viewer) {
		requireYear(year);
		if (viewer.isProvince()) {
			throw new NotFoundException();
		}
		byte[] document = this.yearly.write(year, viewer, LocalDate.now(this.clock));
		this.auditLog.record(SecurityEventType.EXPORT,
				SecurityDetail.of("yearly report " + year + " docx", "audit.detail.report.yearly", year));
		return Downloads.attachment(document, Downloads.DOCX, this.names.yearlyReport(year));
	}

	@GetMapping("/reports/provinces/{id}/{year}.docx")
	ResponseEntity<byte[]> province(@PathVariable Long id, @PathVariable int year, Viewer viewer) {
		requireYear(year);
		if (viewer.isProvince() && !viewer.provinceLineage().contains(id)) {
			throw new NotFoundException();
		}
		Province province = this.provinces.findById(id)
			.filter(p -> !p.isHanoi())
			.orElseThrow(NotFoundException::new);
		byte[] document = this.provinceReport.write(province, year, viewer, LocalDate.now(this.clock));
		this.auditLog.record(SecurityEventType.EXPORT,
				SecurityDetail.of("province report " + province.getCode() + " " + year + " docx",
						"audit.detail.report.province", province.getNameVi(), year));
		return Downloads.attachment(document, Downloads.DOCX,
				this.names.provinceReport(province, year));
	}

	/** The years the result pages offer, and no others: a report of 2099 would be a page of nothing. */
	private void requireYear(int year) {
		if (!this.years.isOpenYear(year)) {
			throw new NotFoundException();
		}
	}

}
