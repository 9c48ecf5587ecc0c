package vn.hanoi.cooperation.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewer;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.activity.ActivityFilter;
import vn.hanoi.cooperation.activity.ActivitySearch;
import vn.hanoi.cooperation.audit.AuditLog;
import vn.hanoi.cooperation.plan.Plans;
import vn.hanoi.cooperation.result.ResultFormValidator;
import vn.hanoi.cooperation.result.ResultFormats;
import vn.hanoi.cooperation.result.ResultYearReport;
import vn.hanoi.cooperation.system.DemoMode;
import vn.hanoi.cooperation.system.DisplayFormats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A demo instance marks every file it produces, so that none passes for an official one; a real instance's
 * files carry no mark. The writers are built here with demo mode on (the shared test context runs without demo
 * records).
 */
@PortalTest
class DemoFilesTest {

	private static final String MARK = "DỮ LIỆU MẪU – KHÔNG PHẢI VĂN BẢN, SỐ LIỆU CHÍNH THỨC";

	@Autowired
	Labels labels;

	@Autowired
	ResultFormats formats;

	@Autowired
	ResultYearReport yearReport;

	@Autowired
	ActivitySearch activities;

	@Autowired
	Plans plans;

	@Autowired
	ListExports listExports;

	@Autowired
	ResultFormValidator years;

	@Autowired
	ActivityWorkbook activityWorkbook;

	@Autowired
	ActivityExports activityExports;

	@Autowired
	DisplayFormats displayFormats;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Viewers viewers;

	@Autowired
	DemoMode demoMode;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	vn.hanoi.cooperation.department.Departments departments;

	@Autowired
	vn.hanoi.cooperation.province.Provinces provinces;

	@Autowired
	vn.hanoi.cooperation.group.CooperationGroups groups;

	@Test
	void theTestInstanceIsNotADemo() {
		assertThat(this.demoMode.active()).isFalse();
	}

	@Test
	void aDemoReportSaysSoOnItsFirstPageAndInTheHeaderOfEveryPage() throws Exception {
		ReportParts parts = new ReportParts(this.labels, this.formats, demo());
		YearlyReportDocument writer = new YearlyReportDocument(this.yearReport, this.activities, this.plans, parts);
		byte[] bytes = this.transactions.execute(s -> writer.write(2021, viewer(), LocalDate.of(2026, 11, 27)));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo(MARK);
			XWPFHeader first = document.getHeaderFooterPolicy().getFirstPageHeader();
			XWPFHeader others = document.getHeaderFooterPolicy().getDefaultHeader();
			assertThat(first.getText()).contains(MARK);
			assertThat(others.getText()).contains(MARK);
		}
		// The same writer on a real instance writes no mark.
		ReportParts real = new ReportParts(this.labels, this.formats, new DemoMark(false, this.labels));
		byte[] official = this.transactions.execute(s -> new YearlyReportDocument(this.yearReport, this.activities,
				this.plans, real).write(2021, viewer(), LocalDate.of(2026, 11, 27)));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(official))) {
			assertThat(document.getParagraphs().get(0).getText()).isNotEqualTo(MARK);
			assertThat(document.getHeaderFooterPolicy().getDefaultHeader().getText()).doesNotContain(MARK);
		}
	}

	@Test
	void aDemoWorkbookSaysSoInItsFirstRowAndItsName() throws Exception {
		ListExportController controller = new ListExportController(this.listExports, this.auditLog, this.clock, demo(), names(),
				this.years);
		ResponseEntity<byte[]> xlsx = controller.provinces(null, null, viewer(),
				new MockHttpServletRequest("GET", "/provinces/export.xlsx"));
		assertThat(fileName(xlsx)).isEqualTo("tinh-thanh-pho-" + today() + "-du-lieu-mau.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(MARK);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mã");
			// The mark and the header stay in view; the filters sit on the header.
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A2:");
		}

		ActivityExportController activityExports = new ActivityExportController(this.activityExports,
				this.activityWorkbook, this.labels, this.displayFormats, demo(), names());
		MockHttpServletResponse activitiesXlsx = new MockHttpServletResponse();
		activityExports.xlsx(ActivityFilter.none(), viewer(), activitiesXlsx);
		assertThat(fileName(activitiesXlsx)).isEqualTo("hoat-dong-" + today() + "-du-lieu-mau.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(activitiesXlsx.getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(MARK);
		}
	}

	/**
	 * The import page says an exported file can be sent back; a demo instance's export was refused ("Cột A phải là
	 * "Mã tham chiếu"…") because its first row is the mark.
	 */
	@Test
	void aDemoActivityExportImportsBackUnchanged() throws Exception {
		String title = "DEMO-IMPORT Tuần hàng nông sản";
		this.jdbc.update("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline, shared_with_provinces)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', date '2022-12-31', false
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT_2025'
				where p.year = 2022""", title);
		try {
			Long department = this.jdbc.queryForObject("select id from departments where code = 'SCT_2025'", Long.class);
			Viewer staff = this.viewers.of(this.accounts.principal(Role.STAFF));
			MockHttpServletResponse exported = new MockHttpServletResponse();
			new ActivityExportController(this.activityExports, this.activityWorkbook, this.labels, this.displayFormats,
					demo(), names())
				.xlsx(new ActivityFilter(2022, null, department, null, null, null, null, null, null), staff, exported);
			byte[] file = exported.getContentAsByteArray();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
				assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(MARK);
				assertThat(workbook.getSheetAt(0).getRow(2).getCell(3).getStringCellValue()).isEqualTo(title);
			}
			MvcTestResult uploaded = this.mvc.post().uri("/activities/import").multipart()
				.file(new MockMultipartFile("file", fileName(exported), "application/octet-stream", file))
				.with(csrf()).with(this.accounts.as(Role.STAFF)).exchange();
			assertThat(uploaded).hasStatus3xxRedirection();
			String preview = HtmlUtils.htmlUnescape(this.mvc.get().uri(uploaded.getResponse().getRedirectedUrl())
				.with(this.accounts.as(Role.STAFF)).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
			assertThat(preview).contains("Mọi dòng đều hợp lệ").contains("Thêm mới: 0 · Cập nhật: 0");
		}
		finally {
			this.jdbc.update("delete from pending_imports");
			this.jdbc.update("delete from import_failures");
			this.jdbc.update("delete from activity_changes where activity_id in (select id from activities where title = ?)",
					title);
			this.jdbc.update("delete from activities where title = ?", title);
		}
	}

	@Test
	void aDemoCsvSaysSoInItsName() throws Exception {
		ListExportController controller = new ListExportController(this.listExports, this.auditLog, this.clock, demo(), names(),
				this.years);
		ResponseEntity<byte[]> csv = controller.provinces(null, null, viewer(),
				new MockHttpServletRequest("GET", "/provinces/export.csv"));
		assertThat(fileName(csv)).isEqualTo("tinh-thanh-pho-" + today() + "-du-lieu-mau.csv");
		// The content stays a plain table a spreadsheet reads back: header first.
		assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).startsWith("\uFEFFMã,");
		ActivityExportController activityExports = new ActivityExportController(this.activityExports,
				this.activityWorkbook, this.labels, this.displayFormats, demo(), names());
		MockHttpServletResponse activitiesCsv = new MockHttpServletResponse();
		activityExports.csv(new ActivityFilter(2024, null, null, null, null, null, null, null, null), viewer(),
				activitiesCsv);
		assertThat(fileName(activitiesCsv)).isEqualTo("hoat-dong-2024-" + today() + "-du-lieu-mau.csv");
	}

	private ExportNames names() {
		return new ExportNames(this.labels, demo(), this.clock, this.departments, this.provinces, this.groups);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private DemoMark demo() {
		return new DemoMark(true, this.labels);
	}

	private Viewer viewer() {
		return this.viewers.of(this.accounts.principal(Role.LEADER));
	}

	private static String fileName(ResponseEntity<byte[]> response) {
		// The plain name, which every browser reads; filename* carries the same words in Vietnamese.
		String header = response.getHeaders().getFirst(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION);
		return header.replaceAll(".*filename=\"([^\"]*)\".*", "$1");
	}

	private static String fileName(MockHttpServletResponse response) {
		return response.getHeader("Content-Disposition").replaceAll(".*filename=\"([^\"]*)\".*", "$1");
	}

}
