package vn.hanoi.cooperation.result;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.PortalUser;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.hanoi.cooperation.TestAccounts.as;

/**
 * 2025, the year of the department mergers: Sở NN&PTNT and Sở TN&MT (until 28/02/2025) and their successor Sở Nông
 * nghiệp và Môi trường each enter their own figures of the year, through the single form or the grid, and the city
 * adds their flows and lets the successor's running total cover theirs (README "A running total across the 2025
 * department mergers"). Entering the README's example was refused as a duplicate of the predecessor's total.
 */
@PortalTest
class MergerYearEntryTest {

	/** A running total (LAST). */
	private static final String CHAINS = "NN.CHUOI_LIEN_KET";

	private static final String CHAINS_NAME = "Số chuỗi liên kết sản xuất, tiêu thụ nông sản an toàn (lũy kế)";

	/** A flow (SUM). */
	private static final String GOODS = "TM.SAN_LUONG_KET_NOI";

	private static final String GOODS_NAME = "Sản lượng hàng hóa được kết nối tiêu thụ";

	private static final String DUPLICATE = "Chỉ tiêu này đã có số liệu của cùng đơn vị và địa phương trong năm";

	/** The uploads of this test, removed after each. */
	private static final String FILE_NAME = "ket-qua-merger-year-entry-test.xlsx";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	TestResults results;

	@BeforeEach
	void claimYears() {
		this.results = new TestResults(this.jdbc).year(2025);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from pending_imports where file_name = ?", FILE_NAME);
		this.jdbc.update("delete from import_failures where file_name = ?", FILE_NAME);
		this.results.removeAll();
	}

	@Test
	void theCoordinatorEntersEachDepartmentsOwn2025TotalAndTheCityReadsTheReadmesFigures() {
		PortalUser coordinator = this.accounts.principal(Role.COORDINATOR);
		for (String indicator : List.of(CHAINS, GOODS)) {
			for (Long id : List.of(enter(coordinator, indicator, "SNNPTNT", "6", "5"),
					enter(coordinator, indicator, "STNMT", "4", "3"),
					enter(coordinator, indicator, "SNNMT_2025", "", "8"))) {
				step(coordinator, "/results/" + id + "/submit", id);
				step(coordinator, "/results/" + id + "/approve", id);
			}
		}
		String year = TestPages.text(this.mvc.get().uri("/results/years/2025").with(this.accounts.as(Role.LEADER))
			.exchange());
		// The running total: targets 6 + 4 (the successor has none), the successor's stock of 31/12 covers theirs.
		assertThat(ResultScenarioTest.row(year, CHAINS_NAME)).contains(">10<", ">8<").doesNotContain(">16<");
		// The flow: January-February and March-December add up.
		assertThat(ResultScenarioTest.row(year, GOODS_NAME)).contains(">10<", ">16<");

		// A second total of the same department, province, indicator and year is still refused.
		assertThat(TestPages.text(post(coordinator, CHAINS, "STNMT", "", "7"))).contains(DUPLICATE);
		assertThat(TestPages.text(post(coordinator, CHAINS, "SNNMT_2025", "", "9"))).contains(DUPLICATE);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from yearly_results r join indicators i on i.id = r.indicator_id
				where r.year = 2025 and i.code = ?""", Long.class, CHAINS)).isEqualTo(3);
	}

	/** In 2025 the form offered two "Sở Công Thương": the one that ended says until when. */
	@Test
	void theFormsDepartmentListSaysWhichDepartmentEndedAndWhen() {
		String form = TestPages.text(this.mvc.get().uri("/results/new?year=2025")
			.with(this.accounts.as(Role.COORDINATOR))
			.exchange());
		assertThat(form).containsOnlyOnce(">Sở Công Thương (đến 28/02/2025)</option>")
			.containsOnlyOnce(">Sở Công Thương</option>")
			.contains(">Sở Nông nghiệp và Phát triển nông thôn (đến 28/02/2025)</option>",
					">Sở Nông nghiệp và Môi trường</option>");
		assertThat(TestPages.text(this.mvc.get().uri("/results/new?year=2025&lang=en")
			.with(this.accounts.as(Role.COORDINATOR))
			.exchange())).contains("(until 28/02/2025)</option>");
	}

	/**
	 * The successor's staff open their 2025 grid after both predecessors reported: the row is theirs and empty, the
	 * predecessors' figures beside it with their names; saving writes the successor's own total and leaves theirs.
	 */
	@Test
	void theSuccessorsStaffEnterTheirOwnTotalInTheGridBesideTheirPredecessorsFigures() {
		Long agriculture = this.results.create(CHAINS, 2025, "SNNPTNT", null, "6", "5", ResultStatus.APPROVED);
		Long environment = this.results.create(CHAINS, 2025, "STNMT", null, "4", "3", ResultStatus.DRAFT);
		PortalUser staff = this.accounts.staffOf("SNNMT_2025");
		String key = this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, CHAINS) + "-0";

		String grid = grid(staff, "");
		assertThat(grid).containsPattern("name=\"target_" + key + "\"[^>]* value=\"\"")
			.containsPattern("name=\"actual_" + key + "\"[^>]* value=\"\"")
			.contains("name=\"version_" + key + "\" value=\"-1\"")
			.contains("Sở Nông nghiệp và Phát triển nông thôn (đến 28/02/2025): 6",
					"Sở Nông nghiệp và Phát triển nông thôn (đến 28/02/2025): 5",
					"Sở Tài nguyên và Môi trường (đến 28/02/2025): 4",
					"Sở Tài nguyên và Môi trường (đến 28/02/2025): 3")
			.contains("đã hợp nhất vào Sở Nông nghiệp và Môi trường");
		assertThat(grid(staff, "?lang=en")).contains(
				"Department of Agriculture and Rural Development (DARD) (until 28/02/2025): 5");

		assertThat(this.mvc.post().uri("/results/years/2025/grid").with(as(staff)).with(csrf())
			.param("action", "save").param("actual_" + key, "8").param("version_" + key, "-1"))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForMap("""
				select r.target, r.actual, r.status from yearly_results r join departments d on d.id = r.department_id
				where r.year = 2025 and d.code = 'SNNMT_2025' and r.province_id is null""")).containsEntry("target", null)
			.containsEntry("status", "DRAFT")
			.hasEntrySatisfying("actual", a -> assertThat((BigDecimal) a).isEqualByComparingTo("8"));
		assertThat(figures(agriculture)).containsEntry("status", "APPROVED")
			.hasEntrySatisfying("target", t -> assertThat((BigDecimal) t).isEqualByComparingTo("6"))
			.hasEntrySatisfying("actual", a -> assertThat((BigDecimal) a).isEqualByComparingTo("5"));
		assertThat(figures(environment)).containsEntry("status", "DRAFT")
			.hasEntrySatisfying("actual", a -> assertThat((BigDecimal) a).isEqualByComparingTo("3"));
		assertThat(grid(staff, "")).containsPattern("name=\"actual_" + key + "\"[^>]* value=\"8\"")
			.contains("Sở Nông nghiệp và Phát triển nông thôn (đến 28/02/2025): 5");
	}

	/**
	 * The page shows Sở NN&PTNT's and Sở TN&MT's figures under the successor's cells; its "Tải Excel" left them out,
	 * so the file read the successor's 8 alone. Each is now a line of its own under the row, named with its end, its
	 * figures in the target and actual columns; the successor's own line is unchanged, and the file sent back as it
	 * came changes nothing.
	 */
	@Test
	void theSuccessorsWorkbookCarriesItsPredecessorsFiguresOnLinesOfTheirOwn() throws Exception {
		Long agriculture = this.results.create(CHAINS, 2025, "SNNPTNT", null, "6", "5", ResultStatus.APPROVED);
		Long environment = this.results.create(CHAINS, 2025, "STNMT", null, "4", "3", ResultStatus.DRAFT);
		this.results.lowerBound(environment);
		Long own = this.results.create(CHAINS, 2025, "SNNMT_2025", null, null, "8", ResultStatus.DRAFT);
		PortalUser staff = this.accounts.staffOf("SNNMT_2025");
		String key = this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, CHAINS) + "-0";
		DataFormatter shown = new DataFormatter();

		byte[] workbook = workbook(staff, "");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Row row = lineOf(book, key);
			assertThat(row.getCell(5)).as("the successor has no target of its own").isNull();
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(8d);
			Row first = book.getSheetAt(0).getRow(row.getRowNum() + 1);
			Row second = book.getSheetAt(0).getRow(row.getRowNum() + 2);
			assertThat(shown.formatCellValue(first.getCell(0))).as("no key: never read back").isEmpty();
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Tổng số – số riêng của Sở Nông nghiệp và "
					+ "Phát triển nông thôn (đến 28/02/2025), chỉ để xem, không nhập lại từ tệp");
			assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(6d);
			assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(5d);
			assertThat(shown.formatCellValue(second.getCell(0))).isEmpty();
			assertThat(second.getCell(2).getStringCellValue())
				.startsWith("Tổng số – số riêng của Sở Tài nguyên và Môi trường (đến 28/02/2025)");
			assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(4d);
			assertThat(shown.formatCellValue(second.getCell(6))).isEqualTo("trên 3");
			assertThat(shown.formatCellValue(book.getSheetAt(0).getRow(row.getRowNum() + 3).getCell(2)))
				.doesNotContain("số riêng của");
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook(staff, "?lang=en")))) {
			Row first = book.getSheetAt(0).getRow(lineOf(book, key).getRowNum() + 1);
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Total – own figure of Department of "
					+ "Agriculture and Rural Development (DARD) (until 28/02/2025), shown only, not read back from the file");
			assertThat(shown.formatCellValue(first.getCell(6))).isEqualTo("5");
		}

		// Sent back as it came, the predecessors' lines are not taken for the successor's figures.
		MvcTestResult uploaded = this.mvc.post().uri("/results/years/2025/grid/import")
			.multipart()
			.file(new MockMultipartFile("file", FILE_NAME, "application/octet-stream", workbook))
			.with(csrf())
			.with(as(staff))
			.exchange();
		assertThat(uploaded).hasStatus3xxRedirection();
		assertThat(TestPages.text(this.mvc.get().uri(uploaded.getResponse().getRedirectedUrl()).with(as(staff))
			.exchange())).contains("Tệp không thay đổi số liệu nào so với bảng hiện tại.");
		assertThat(figures(own)).containsEntry("target", null)
			.hasEntrySatisfying("actual", a -> assertThat((BigDecimal) a).isEqualByComparingTo("8"));
		assertThat(figures(agriculture)).hasEntrySatisfying("actual",
				a -> assertThat((BigDecimal) a).isEqualByComparingTo("5"));
	}

	/**
	 * Once each department has its own 2025 row, the successor's 2026 grid added them up beside each running total:
	 * "Thực hiện 2025" read 13 where the year view and the city read 8. Its own stock holds its predecessors'.
	 */
	@Test
	void nextYearsGridShowsTheSuccessorsOwnRunningTotalAsLastYearsFigure() {
		this.results.year(2026);
		this.results.create(CHAINS, 2025, "SNNPTNT", null, "6", "5", ResultStatus.APPROVED);
		this.results.create(CHAINS, 2025, "SNNMT_2025", null, null, "8", ResultStatus.APPROVED);
		this.results.create(GOODS, 2025, "SCT", null, null, "300", ResultStatus.APPROVED);
		this.results.create(GOODS, 2025, "SCT_2025", null, null, "700", ResultStatus.APPROVED);
		String agriculture = TestPages.text(this.mvc.get().uri("/results/years/2026/grid")
			.with(as(this.accounts.staffOf("SNNMT_2025"))).exchange());
		assertThat(lastYearOf(agriculture, CHAINS)).isEqualTo("8");
		// A flow of the two adds up.
		String trade = TestPages.text(this.mvc.get().uri("/results/years/2026/grid")
			.with(as(this.accounts.staffOf("SCT_2025"))).exchange());
		assertThat(lastYearOf(trade, GOODS)).isEqualTo("1.000");
	}

	/**
	 * Sở Nông nghiệp và Môi trường was formed on 1 March 2025: its 2024 grid showed empty cells beside Sở NN&PTNT's
	 * figures and saved 2024 rows for a department that did not exist, which the city then added to its
	 * predecessor's. The grid is view-only and says why; the single form refuses its staff the year too.
	 */
	@Test
	void aDepartmentEntersNothingForAYearBeforeItWasFormed() {
		this.results.year(2024);
		this.results.create(CHAINS, 2024, "SNNPTNT", null, "6", "5", ResultStatus.APPROVED);
		PortalUser staff = this.accounts.staffOf("SNNMT_2025");
		String key = this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, CHAINS) + "-0";
		String grid = TestPages.text(this.mvc.get().uri("/results/years/2024/grid").with(as(staff)).exchange());
		assertThat(grid).contains("Sở Nông nghiệp và Môi trường được thành lập từ ngày 01/03/2025: số liệu năm 2024")
			.contains("Sở Nông nghiệp và Phát triển nông thôn (đến 28/02/2025): 5")
			// Not the merger year's hint that the cells take the department's own figures.
			.doesNotContain("name=\"actual_" + key + "\"", "grid-predecessors");
		assertThat(this.mvc.post().uri("/results/years/2024/grid").with(as(staff)).with(csrf())
			.param("action", "save").param("actual_" + key, "8").param("version_" + key, "-1")).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/results/new")
			.with(as(staff))
			.with(csrf())
			.param("year", "2024")
			.param("indicatorId", this.jdbc.queryForObject("select id from indicators where code = ?", Long.class,
					CHAINS).toString())
			.param("provinceId", "")
			.param("actual", "8")).hasStatusOk()
			.bodyText()
			.contains("được thành lập từ ngày 01/03/2025");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from yearly_results r join departments d on d.id = r.department_id
				where r.year = 2024 and d.code = 'SNNMT_2025'""", Integer.class)).isZero();
	}

	/** The "Thực hiện" of last year in the grid's total row of the indicator with this code. */
	private static String lastYearOf(String grid, String code) {
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("(?s)" + code + " – .*?<td class=\"text-end text-muted\">([^<]*)</td>")
			.matcher(grid);
		assertThat(row.find()).as(code).isTrue();
		return row.group(1);
	}

	private Long enter(PortalUser coordinator, String indicator, String department, String target, String actual) {
		MvcTestResult result = post(coordinator, indicator, department, target, actual);
		assertThat(result).as(department).hasStatus3xxRedirection();
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).matches("/results/\\d+");
		return Long.valueOf(url.substring("/results/".length()));
	}

	private MvcTestResult post(PortalUser coordinator, String indicator, String department, String target,
			String actual) {
		return this.mvc.post()
			.uri("/results/new")
			.with(as(coordinator))
			.with(csrf())
			.param("year", "2025")
			.param("indicatorId",
					String.valueOf(this.jdbc.queryForObject("select id from indicators where code = ?", Long.class,
							indicator)))
			.param("departmentId",
					String.valueOf(this.jdbc.queryForObject("select id from departments where code = ?", Long.class,
							department)))
			.param("provinceId", "")
			.param("target", target)
			.param("actual", actual)
			.exchange();
	}

	private void step(PortalUser user, String uri, Long id) {
		assertThat(this.mvc.post().uri(uri).with(as(user)).with(csrf())
			.param("version", String.valueOf(this.results.version(id)))).hasStatus3xxRedirection()
			.flash()
			.doesNotContainKey("refusal");
	}

	private String grid(PortalUser staff, String query) {
		return TestPages.text(this.mvc.get().uri("/results/years/2025/grid" + query).with(as(staff)).exchange());
	}

	private byte[] workbook(PortalUser staff, String query) {
		MvcTestResult result = this.mvc.get().uri("/results/years/2025/grid/export.xlsx" + query).with(as(staff))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	/** The workbook's line of the grid row with this key. */
	private static Row lineOf(XSSFWorkbook book, String key) {
		for (Row row : book.getSheetAt(0)) {
			if (row.getCell(0) != null && key.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
				return row;
			}
		}
		throw new AssertionError("no row " + key);
	}

	private Map<String, Object> figures(Long id) {
		return this.jdbc.queryForMap("select target, actual, status from yearly_results where id = ?", id);
	}

}
