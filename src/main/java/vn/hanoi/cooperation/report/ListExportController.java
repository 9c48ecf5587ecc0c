package vn.hanoi.cooperation.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.agreement.AgreementFilter;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.audit.SecurityDetail;
import vn.hanoi.cooperation.audit.SecurityEventType;
import vn.hanoi.cooperation.province.ProvincePeriod;
import vn.hanoi.cooperation.province.Region;
import vn.hanoi.cooperation.result.ResultFormValidator;
import vn.hanoi.cooperation.result.ResultStatus;
import vn.hanoi.cooperation.system.NotFoundException;

/** The agreement, yearly result and province lists as .xlsx or .csv, each download in the security log. */
@Controller
class ListExportController {

	private final ListExports exports;

	private final AuditLog auditLog;

	private final Clock clock;

	private final DemoMark demo;

	private final ExportNames names;

	private final ResultFormValidator years;

	ListExportController(ListExports exports, AuditLog auditLog, Clock clock, DemoMark demo, ExportNames names,
			ResultFormValidator years) {
		this.years = years;
		this.demo = demo;
		this.names = names;
		this.exports = exports;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@GetMapping({ "/agreements/export.xlsx", "/agreements/export.csv" })
	ResponseEntity<byte[]> agreements(@ModelAttribute("filter") AgreementFilter filter, Viewer viewer,
			jakarta.servlet.http.HttpServletRequest request) {
		ExportTable table = this.exports.agreements(filter, viewer, LocalDate.now(this.clock));
		String query = request.getQueryString() == null ? "" : " " + request.getQueryString();
		return send(table, extension -> this.names.agreements(filter, extension), request, "agreements", query, "audit.detail.export.agreements");
	}

	@GetMapping({ "/results/years/{year}/export.xlsx", "/results/years/{year}/export.csv" })
	ResponseEntity<byte[]> results(@PathVariable int year, @RequestParam(required = false) ResultStatus status,
			@RequestParam(required = false) String scope, Viewer viewer,
			jakarta.servlet.http.HttpServletRequest request) {
		// The years the year view offers: 2099 downloaded an empty list, logged as an export.
		if (!this.years.isOpenYear(year)) {
			throw new NotFoundException();
		}
		ExportTable table = this.exports.results(year, status, "all".equals(scope), viewer);
		return send(table, extension -> this.names.results(year, status, "all".equals(scope), extension), request, "results " + year, status == null ? "" : " " + status,
				"audit.detail.export.results", year);
	}

	@GetMapping({ "/provinces/export.xlsx", "/provinces/export.csv" })
	ResponseEntity<byte[]> provinces(@RequestParam(required = false) Region region,
			@RequestParam(required = false) ProvincePeriod period, Viewer viewer,
			jakarta.servlet.http.HttpServletRequest request) {
		ExportTable table = this.exports.provinces(region, period, viewer);
		return send(table, extension -> this.names.provinces(region, period, extension), request, "provinces", "", "audit.detail.export.provinces");
	}

	private ResponseEntity<byte[]> send(ExportTable table, java.util.function.Function<String, ExportFileName> fileName, jakarta.servlet.http.HttpServletRequest request,
			String what, String detail, String key, Object... subject) {
		boolean csv = request.getRequestURI().endsWith(".csv");
		String format = csv ? "csv" : "xlsx";
		Object[] arguments = new Object[3 + subject.length];
		arguments[0] = format;
		arguments[1] = table.size();
		arguments[2] = detail;
		System.arraycopy(subject, 0, arguments, 3, subject.length);
		this.auditLog.record(SecurityEventType.EXPORT, SecurityDetail.of(
				what + " " + format + ", " + table.size() + " rows" + detail, key, arguments));
		return csv ? Downloads.attachment(table.csv(), Downloads.CSV, fileName.apply("csv"))
				: Downloads.attachment(table.xlsx(this.demo.line()), Downloads.XLSX, fileName.apply("xlsx"));
	}

}
