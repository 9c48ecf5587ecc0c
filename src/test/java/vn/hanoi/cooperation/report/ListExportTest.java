package vn.hanoi.cooperation.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.result.ResultStatus;
import vn.hanoi.cooperation.result.TestResults;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreement, result and province lists as .xlsx and .csv, with each user's read rules. */
@PortalTest
class ListExportTest {

	private static final String MARK = "[export-test] ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	ReportFixtures fixtures;

	@AfterEach
	void removeRecords() {
		fixtures().removeAll();
	}

	@Test
	void agreementsExportWithAFrozenFilteredHeaderAndRealDates() throws Exception {
		fixtures().agreements.create(MARK + "Thỏa thuận Hà Nội – Điện Biên", true, LocalDate.of(2023, 1, 10), null, "11");
		try (XSSFWorkbook workbook = workbook(this.mvc.get().uri("/agreements/export.xlsx?status=IN_FORCE")
			.with(this.accounts.as(Role.COORDINATOR)).exchange())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số hiệu");
			assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
			assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(0));
			Row row = rowWith(sheet, 2, MARK + "Thỏa thuận Hà Nội – Điện Biên");
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Điện Biên");
			assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isTrue();
			assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 1, 10));
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Đang có hiệu lực");
		}
		assertThat(fixtures().exports("agreements xlsx")).isPositive();
	}

	/** The files are in Vietnamese whatever the page's language, and an English page says so before the click. */
	@Test
	void anEnglishPageSaysItsDownloadsAreInVietnamese() throws Exception {
		fixtures().agreements.create(MARK + "Thỏa thuận Hà Nội – Lào Cai", true, LocalDate.of(2023, 1, 10), null, "11");
		MvcTestResult page = this.mvc.get().uri("/agreements?lang=en").with(this.accounts.as(Role.COORDINATOR))
			.exchange();
		assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Download Excel (in Vietnamese)", "Download CSV (in Vietnamese)");
		try (XSSFWorkbook workbook = workbook(this.mvc.get().uri("/agreements/export.xlsx?lang=en")
			.with(this.accounts.as(Role.COORDINATOR)).exchange())) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số hiệu");
		}
	}

	@Test
	void aProvinceExportsOnlyTheAgreementsSharedWithIt() throws Exception {
		fixtures().agreements.create(MARK + "Thỏa thuận ba bên", true, LocalDate.of(2023, 1, 10), null, "11", "12");
		fixtures().agreements.create(MARK + "Không chia sẻ", false, LocalDate.of(2023, 1, 10), null, "11");
		fixtures().agreements.create(MARK + "Của Lai Châu", true, LocalDate.of(2023, 1, 10), null, "12");
		try (XSSFWorkbook workbook = workbook(this.mvc.get().uri("/agreements/export.xlsx")
			.with(this.accounts.as(Role.PROVINCE)).exchange())) {
			Sheet sheet = workbook.getSheetAt(0);
			// Its other partner is not Điện Biên's business.
			assertThat(rowWith(sheet, 2, MARK + "Thỏa thuận ba bên").getCell(3).getStringCellValue()).isEqualTo("Điện Biên");
			assertThat(rowWith(sheet, 2, MARK + "Không chia sẻ")).isNull();
			assertThat(rowWith(sheet, 2, MARK + "Của Lai Châu")).isNull();
		}
	}

	@Test
	void resultsExportAsNumbersAndAsACsvWithAByteOrderMark() throws Exception {
		try (XSSFWorkbook workbook = workbook(this.mvc.get().uri("/results/years/2021/export.xlsx")
			.with(this.accounts.as(Role.LEADER)).exchange())) {
			Row row = rowWith(workbook.getSheetAt(0), 3, "Kinh phí hỗ trợ các địa phương");
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2021);
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("tỷ đồng");
			assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(144);
			assertThat(DateUtil.isCellDateFormatted(row.getCell(13))).isTrue();
			assertThat(row.getCell(14).getStringCellValue()).isEqualTo("Tổng số");
			assertThat(rowWith(workbook.getSheetAt(0), 3, "Sản lượng hàng hóa được kết nối tiêu thụ").getCell(14)
				.getStringCellValue()).isEqualTo("Tổng số, mức tối thiểu (trên)");
		}
		MvcTestResult csv = this.mvc.get().uri("/results/years/2021/export.csv").with(this.accounts.as(Role.COORDINATOR))
			.exchange();
		byte[] body = csv.getResponse().getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("Năm,Nhóm nội dung,Mã chỉ tiêu,Chỉ tiêu,Đơn vị tính")
			.contains("Kinh phí hỗ trợ các địa phương,tỷ đồng,,,,144,")
			.contains(",300000,")
			.contains("06/07/2022");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("filename=\"ket-qua-2021-");
		assertThat(fixtures().exports("results 2021 csv")).isPositive();
	}

	/** 2099 downloaded an empty list, and the security log kept it as an export. */
	@Test
	void aYearTheYearViewDoesNotOfferIsNotFoundForEveryRole() {
		for (Role role : Role.values()) {
			for (int year : new int[] { 2020, 2099 }) {
				for (String format : new String[] { "xlsx", "csv" }) {
					assertThat(this.mvc.get().uri("/results/years/{y}/export." + format, year)
						.with(this.accounts.as(role))).as(role + " " + year + " " + format)
						.hasStatus(404);
				}
			}
			assertThat(this.mvc.get().uri("/results/years/2021/export.csv").with(this.accounts.as(role)))
				.as(role.name())
				.hasStatusOk();
		}
		assertThat(fixtures().exports("results 2020")).isZero();
		assertThat(fixtures().exports("results 2099")).isZero();
	}

	@Test
	void aProvinceExportsOnlyItsOwnApprovedResults() throws Exception {
		fixtures().approvedResult("TM.TUAN_HANG", 2022, "11", "3", "4");
		fixtures().approvedResult("TM.TUAN_HANG", 2022, "12", "5", "6");
		MvcTestResult result = this.mvc.get().uri("/results/years/2022/export.csv")
			.with(this.accounts.as(Role.PROVINCE)).exchange();
		String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).contains("Điện Biên", "Trong đó (một phần của tổng số)").doesNotContain("Lai Châu");
		// A count's unit column says what is counted, as the catalogue names it.
		assertThat(text).contains("\"Số tuần hàng, hội chợ, phiên chợ giới thiệu sản phẩm các địa phương\",sự kiện,")
			.doesNotContain("số lượng");
		assertThat(text.lines().count()).isEqualTo(2);
	}

	/**
	 * Tuyên Quang of January–June 2025 and the Tuyên Quang formed on 1 July are two units of one name: their 2025
	 * rows are told apart in the export and on the entries page; in 2024 the one Tuyên Quang needs no mark.
	 */
	@Test
	void aUnitThatEndedDuringTheYearIsMarkedBesideItsSuccessorOfTheSameName() throws Exception {
		fixtures().approvedResult("TM.TUAN_HANG", 2025, "08", "2008-08-01", "4", "5");
		fixtures().approvedResult("TM.TUAN_HANG", 2025, "08", "2025-07-01", "6", "7");
		fixtures().approvedResult("TM.TUAN_HANG", 2024, "08", "2008-08-01", "3", "3");
		String csv2025 = new String(this.mvc.get().uri("/results/years/2025/export.csv")
			.with(this.accounts.as(Role.COORDINATOR)).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv2025).contains(",Tuyên Quang (đơn vị trước 01/07/2025),").contains(",Tuyên Quang,");
		String csv2024 = new String(this.mvc.get().uri("/results/years/2024/export.csv")
			.with(this.accounts.as(Role.COORDINATOR)).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv2024).contains(",Tuyên Quang,").doesNotContain("đơn vị trước");
		assertThat(this.mvc.get().uri("/results/years/2025/entries?lang=en").with(this.accounts.as(Role.COORDINATOR)))
			.hasStatusOk().bodyText().contains("of which: Tuyen Quang (unit before 01/07/2025)", "of which: Tuyen Quang<");
	}

	/** Sở Công Thương of January–February 2025 and that of 1 March: the export tells them apart as the entries do. */
	@Test
	void aDepartmentThatEndedDuringTheYearIsMarkedBesideItsSuccessorOfTheSameName() throws Exception {
		fixtures().approvedResult("TM.TUAN_HANG", 2025, "11", "4", "5");
		Long former = fixtures().approvedResult("TM.TUAN_HANG", 2025, "12", "6", "7");
		this.jdbc.update("update yearly_results set department_id = (select id from departments where code = 'SCT') "
				+ "where id = ?", former);
		String csv = new String(this.mvc.get().uri("/results/years/2025/export.csv")
			.with(this.accounts.as(Role.COORDINATOR)).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv.lines().filter(line -> line.contains(",Sở Công Thương (đơn vị trước 01/03/2025),"))).hasSize(1);
		assertThat(csv.lines().filter(line -> line.contains(",Sở Công Thương,"))).hasSize(1);
	}

	/** "trên 45.000" on a province row: the year page, the API and the .docx say so, and so do the exports. */
	@Test
	void aBreakdownRowKeepsItsLowerBound() throws Exception {
		Long overFigure = fixtures().approvedResult("TM.TUAN_HANG", 2022, "11", "3", "45000");
		this.jdbc.update("update yearly_results set actual_is_lower_bound = true where id = ?", overFigure);
		fixtures().approvedResult("TM.TUAN_HANG", 2022, "12", "5", "6");
		MvcTestResult csv = this.mvc.get().uri("/results/years/2022/export.csv")
			.with(this.accounts.as(Role.COORDINATOR))
			.exchange();
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text.lines().filter(line -> line.contains(",Điện Biên,"))).singleElement()
			.asString()
			.contains(",45000,")
			.endsWith(",\"Trong đó (một phần của tổng số), mức tối thiểu (trên)\"");
		assertThat(text.lines().filter(line -> line.contains(",Lai Châu,"))).singleElement()
			.asString()
			.endsWith(",Trong đó (một phần của tổng số)");
		try (XSSFWorkbook workbook = workbook(this.mvc.get().uri("/results/years/2022/export.xlsx")
			.with(this.accounts.as(Role.PROVINCE)).exchange())) {
			assertThat(rowWith(workbook.getSheetAt(0), 6, "Điện Biên").getCell(14).getStringCellValue())
				.isEqualTo("Trong đó (một phần của tổng số), mức tối thiểu (trên)");
		}
	}

	/**
	 * The year view's download holds what the page counts: by default ("Chỉ số liệu đã duyệt") approved figures only,
	 * with "Gồm cả số liệu chưa duyệt" the drafts, submitted and returned ones too. It once took every status
	 * whatever the page showed.
	 */
	@Test
	void theYearViewsDownloadFollowsItsApprovedOnlyChoice() throws Exception {
		TestResults results = new TestResults(this.jdbc).year(2023);
		try {
			results.create("TM.TUAN_HANG", 2023, "SCT", null, null, "41", ResultStatus.APPROVED);
			results.create("TM.SAN_LUONG_KET_NOI", 2023, "SCT", null, null, "335000", ResultStatus.SUBMITTED);
			results.create("DL.CHUONG_TRINH", 2023, "SCT", null, null, "17", ResultStatus.DRAFT);
			results.create("DL.DOAN_FAMTRIP", 2023, "SCT", null, null, "9", ResultStatus.RETURNED);
			for (String format : new String[] { "csv", "xlsx" }) {
				assertThat(yearViewDownload("/results/years/2023", format)).contains("status=APPROVED");
				assertThat(yearViewDownload("/results/years/2023?all=true", format)).doesNotContain("APPROVED");
			}
			String approvedOnly = download(yearViewDownload("/results/years/2023", "csv"));
			assertThat(approvedOnly).contains(",41,").doesNotContain("335000", ",17,", ",9,", "Chờ duyệt", "Nháp", "Bị trả lại");
			String everything = download(yearViewDownload("/results/years/2023?all=true", "csv"));
			assertThat(everything).contains(",41,", "335000", "Chờ duyệt", "Nháp", "Bị trả lại");
		}
		finally {
			results.removeAll();
		}
	}

	private String yearViewDownload(String page, String format) throws Exception {
		String html = this.mvc.get().uri(page).with(this.accounts.as(Role.COORDINATOR)).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher link = Pattern.compile("href=\"(/results/years/2023/export\\." + format + "[^\"]*)\"").matcher(html);
		assertThat(link.find()).as(page + " links to its ." + format).isTrue();
		return HtmlUtils.htmlUnescape(link.group(1));
	}

	private String download(String uri) {
		return new String(this.mvc.get().uri(uri).with(this.accounts.as(Role.COORDINATOR)).exchange().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void provincesExportAsAReferenceListAndAProvinceSeesItsOwnUnits() throws Exception {
		try (XSSFWorkbook workbook = workbook(this.mvc.get().uri("/provinces/export.xlsx?period=UNITS_2025")
			.with(this.accounts.as(Role.STAFF)).exchange())) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(34);
			Row hanoi = rowWith(sheet, 0, "01");
			assertThat(hanoi.getCell(1).getStringCellValue()).isEqualTo("Hà Nội");
			assertThat(hanoi.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(hanoi.getCell(8))).isTrue();
		}
		MvcTestResult csv = this.mvc.get().uri("/provinces/export.csv").with(this.accounts.as(Role.PROVINCE)).exchange();
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFMã,Tên,").contains("Điện Biên").doesNotContain("Hà Nội", "Lai Châu");
	}

	/** A title that would run as a formula (its second line once slipped past the guard) opens as text. */
	@Test
	void aCsvCellThatStartsLikeAFormulaOpensAsText() {
		String title = "=HYPERLINK(\"http://evil.example\";\"" + MARK + "Bấm\")\nthứ hai";
		fixtures().agreements.create(title, true, LocalDate.of(2023, 1, 10), null, "11");
		MvcTestResult csv = this.mvc.get().uri("/agreements/export.csv").with(this.accounts.as(Role.COORDINATOR))
			.exchange();
		String text = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\"").doesNotContain(",\"=HYPERLINK");
	}

	private ReportFixtures fixtures() {
		if (this.fixtures == null) {
			this.fixtures = new ReportFixtures(this.jdbc);
		}
		return this.fixtures;
	}

	private static XSSFWorkbook workbook(MvcTestResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith(Downloads.XLSX.toString());
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private static Row rowWith(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(column) != null && text.equals(row.getCell(column).getStringCellValue())) {
				return row;
			}
		}
		return null;
	}

}
