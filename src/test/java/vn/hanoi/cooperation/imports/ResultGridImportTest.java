package vn.hanoi.cooperation.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
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
import vn.hanoi.cooperation.result.ResultGrid;
import vn.hanoi.cooperation.result.ResultGridService;
import vn.hanoi.cooperation.result.TestIndicator;
import vn.hanoi.cooperation.system.DisplayFormats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The results grid goes out to Excel and comes back through the activities' import path: the upload is checked,
 * previewed, and written only on confirmation, every row or none.
 */
@PortalTest
class ResultGridImportTest {

	/** The uploads of this test, removed after each: other tests count the import batches. */
	private static final String FILE_NAME = "ket-qua-grid-import-test.xlsx";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Viewers viewers;

	@Autowired
	ResultGridService grids;

	@Autowired
	MessageSource messages;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DisplayFormats formats;

	@Autowired
	DataSource dataSource;

	String goods;

	String fairs;

	@BeforeEach
	void lastYear() {
		clear();
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, actual, status, approved_at,
				                            approved_by_name)
				values ((select id from indicators where code = 'TM.SAN_LUONG_KET_NOI'), 2025,
				        (select id from departments where code = 'SCT_2025'), 250000, 'APPROVED', now(), 'Điều phối')""");
		this.goods = key("TM.SAN_LUONG_KET_NOI");
		this.fairs = key("TM.TUAN_HANG");
	}

	/** An indicator of the staff's grid without figures, counting "lượt người": the coordinator may change its unit. */
	TestIndicator visitors;

	@AfterEach
	void removeVisitors() {
		if (this.visitors != null) {
			this.visitors.remove();
		}
	}

	@AfterEach
	void clear() {
		this.jdbc.update("delete from import_batches where file_name = ?", FILE_NAME);
		this.jdbc.update("delete from pending_imports where file_name = ?", FILE_NAME);
		this.jdbc.update("delete from import_failures where file_name = ?", FILE_NAME);
		for (int year : new int[] { 2025, 2026 }) {
			this.jdbc.update("delete from yearly_result_changes where result_id in "
					+ "(select id from yearly_results where year = ?)", year);
			this.jdbc.update("delete from yearly_results where year = ?", year);
		}
	}

	@Test
	void theGridsWorkbookComesBackAfterAPreviewAndAConfirmation() throws Exception {
		byte[] filled = fill(export(), this.goods, 300000d, "310.000,5");
		MvcTestResult uploaded = upload(filled);
		String preview = page(uploaded.getResponse().getRedirectedUrl());
		assertThat(preview).contains("Kiểm tra tệp kết quả năm 2026", "Số liệu mới", "310.000,5",
				"Xác nhận ghi 1 số liệu");
		assertThat(count()).as("nothing written before the confirmation").isZero();

		assertThat(this.mvc.post().uri(uploaded.getResponse().getRedirectedUrl()).with(this.accounts.as(Role.STAFF))
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/results/years/2026/grid");
		assertThat(this.jdbc.queryForObject("select actual from yearly_results where year = 2026", BigDecimal.class))
			.isEqualByComparingTo("310000.5");
		assertThat(this.jdbc.queryForObject("select target from yearly_results where year = 2026", BigDecimal.class))
			.isEqualByComparingTo("300000");
		// A second confirmation of the same upload writes nothing more.
		assertThat(this.mvc.post().uri(uploaded.getResponse().getRedirectedUrl()).with(this.accounts.as(Role.STAFF))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void oneBadCellWritesNothingAtAll() throws Exception {
		byte[] filled = fill(fill(export(), this.goods, 300000d, "310.000"), this.fairs, null, "1.2.3");
		MvcTestResult uploaded = upload(filled);
		String preview = page(uploaded.getResponse().getRedirectedUrl());
		assertThat(preview).contains("Tệp có ô không hợp lệ", "Số không hợp lệ").doesNotContain("Xác nhận ghi");
		String again = HtmlUtils.htmlUnescape(this.mvc.post().uri(uploaded.getResponse().getRedirectedUrl())
			.with(this.accounts.as(Role.STAFF)).with(csrf()).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(again).contains("Tệp có ô không hợp lệ");
		assertThat(count()).isZero();
	}

	@Test
	void aConfirmationRefusedAfterTheCheckIsRecordedThoughItsTransactionWroteNothing() throws Exception {
		MvcTestResult uploaded = upload(fill(export(), this.goods, null, "310.000"));
		assertThat(page(uploaded.getResponse().getRedirectedUrl())).contains("Xác nhận ghi 1 số liệu");
		assertThat(failures()).isZero();
		// Someone enters the same figure by hand between the check and the confirmation.
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, actual, status)
				values ((select id from indicators where code = 'TM.SAN_LUONG_KET_NOI'), 2026,
				        (select id from departments where code = 'SCT_2025'), 1, 'DRAFT')""");

		assertThat(this.mvc.post().uri(uploaded.getResponse().getRedirectedUrl()).with(this.accounts.as(Role.STAFF))
			.with(csrf())).hasStatusOk();

		assertThat(count()).as("only the figure entered by hand").isOne();
		assertThat(this.jdbc.queryForMap("""
				select kind, year, reason_vi, department_id = (select id from departments where code = 'SCT_2025') own
				from import_failures where file_name = ?""", FILE_NAME))
			.containsEntry("kind", "RESULTS")
			.containsEntry("year", 2026)
			.containsEntry("own", true)
			.containsEntry("reason_vi", "Có 1 dòng đã được sửa sau khi tải tệp về: tệp không được nhập.");
	}

	/**
	 * A workbook is filled offline, often for days: downloaded while an indicator counted "lượt người" and uploaded
	 * after the coordinator made it "tấn", its 12 were written as 12 tonnes. The workbook carries what each row's
	 * indicator meant, and such a row is refused with both units, asking for a new download (the same file would be
	 * refused every time); as for any refused cell, the file's other rows are not written either.
	 */
	@Test
	void aWorkbookDownloadedBeforeTheUnitChangedIsRefusedAskingForANewDownload() throws Exception {
		this.visitors = TestIndicator.create(this.jdbc, "TEST.GRID_XLSX_LUOT_KHACH");
		byte[] filled = fill(fill(export(), this.visitors.totalKey(), null, "12"), this.goods, null, "310.000");
		this.visitors.change(this.mvc, this.accounts, "TONNE", "SUM");

		String checked = upload(filled).getResponse().getRedirectedUrl();
		String refused = "Không nhận: sau khi tệp này được tải về, chỉ tiêu đã được đổi đơn vị tính, nay tính bằng "
				+ "«tấn» (trước: «lượt người»). Tệp này vẫn ghi đơn vị cũ nên tải lên lại sẽ vẫn bị từ chối: hãy bấm "
				+ "\"Tải Excel\" để tải lại bảng, nhập số liệu theo đơn vị mới vào tệp mới rồi tải lên.";
		assertThat(page(checked)).contains("Tệp có ô không hợp lệ", this.visitors.nameVi(), refused)
			.doesNotContain("Xác nhận ghi");
		assertThat(page(checked + "?lang=en")).contains("Not taken: since this file was downloaded, this indicator's "
				+ "unit was changed; it is now counted in «tonnes» (before: «person-times»).");
		// Confirmed all the same (from a check page opened before the change), it writes nothing.
		assertThat(HtmlUtils.htmlUnescape(this.mvc.post().uri(checked).with(this.accounts.as(Role.STAFF)).with(csrf())
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))).contains(refused);
		assertThat(count()).isZero();
	}

	/**
	 * Checked before the change, then confirmed while the coordinator's edit holds the indicator: the confirmation
	 * waits for the edit, reads the unit it committed and is refused, instead of writing 12 under the new unit.
	 */
	@Test
	void aWorkbookConfirmedWhileTheUnitIsBeingChangedWaitsForTheChangeAndIsRefused() throws Exception {
		this.visitors = TestIndicator.create(this.jdbc, "TEST.GRID_XLSX_LUOT_KHACH");
		String checked = upload(fill(export(), this.visitors.totalKey(), null, "12")).getResponse()
			.getRedirectedUrl();
		assertThat(page(checked)).contains("Xác nhận ghi 1 số liệu");

		MvcTestResult confirmed = this.visitors.sentWhileTheUnitIsBeingChanged(this.dataSource,
				() -> this.mvc.post().uri(checked).with(this.accounts.as(Role.STAFF)).with(csrf()).exchange());
		assertThat(confirmed).hasStatusOk();
		assertThat(HtmlUtils.htmlUnescape(confirmed.getResponse().getContentAsString(StandardCharsets.UTF_8)))
			.contains("nay tính bằng «tấn» (trước: «lượt người»)");
		assertThat(this.visitors.figures()).isZero();
	}

	/**
	 * The unit and aggregation each row's indicator had at the download stay out of sight, in a last column, and a
	 * coordinator's edit that keeps them (here: none but the version) leaves the file's figures welcome.
	 */
	@Test
	void aWorkbookWhoseIndicatorsStillMeanWhatTheyDidIsSaved() throws Exception {
		this.visitors = TestIndicator.create(this.jdbc, "TEST.GRID_XLSX_LUOT_KHACH");
		byte[] exported = export();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			assertThat(book.getSheetAt(0).isColumnHidden(9)).isTrue();
			assertThat(row(book, this.visitors.totalKey()).getCell(9).getStringCellValue())
				.isEqualTo(this.visitors.id() + ":PERSON_TIMES:SUM");
		}
		this.visitors.change(this.mvc, this.accounts, "PERSON_TIMES", "SUM");

		String checked = upload(fill(exported, this.visitors.totalKey(), null, "12")).getResponse()
			.getRedirectedUrl();
		assertThat(page(checked)).contains("Xác nhận ghi 1 số liệu");
		assertThat(this.mvc.post().uri(checked).with(this.accounts.as(Role.STAFF)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.visitors.figures()).isOne();
	}

	/**
	 * A workbook downloaded before workbooks said what their rows meant has nothing to compare: it is taken as it was
	 * (refusing it would turn away every file out being filled in during the upgrade, for a reason that may not hold).
	 */
	@Test
	void aWorkbookDownloadedBeforeWorkbooksCarriedTheUnitIsSavedAsBefore() throws Exception {
		this.visitors = TestIndicator.create(this.jdbc, "TEST.GRID_XLSX_LUOT_KHACH");
		byte[] old;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
				fill(export(), this.visitors.totalKey(), null, "12")))) {
			for (Row row : book.getSheetAt(0)) {
				if (row.getCell(9) != null) {
					row.removeCell(row.getCell(9));
				}
			}
			old = bytes(book);
		}
		this.visitors.change(this.mvc, this.accounts, "TONNE", "SUM");

		String checked = upload(old).getResponse().getRedirectedUrl();
		assertThat(page(checked)).contains("Xác nhận ghi 1 số liệu");
		assertThat(this.mvc.post().uri(checked).with(this.accounts.as(Role.STAFF)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.visitors.figures()).isOne();
	}

	private int failures() {
		return this.jdbc.queryForObject("select count(*) from import_failures where file_name = ?", Integer.class,
				FILE_NAME);
	}

	@Test
	void aFileThatIsNoWorkbookIsRefusedAtUpload() throws Exception {
		MvcTestResult uploaded = upload("không phải Excel".getBytes(StandardCharsets.UTF_8));
		assertThat(uploaded).hasRedirectedUrl("/results/years/2026/grid");
		assertThat(uploaded).flash().containsKey("gridRejection");
	}

	/** A workbook without a single worksheet ended in a 500 here too, and nobody heard of the failed import. */
	@Test
	void aWorkbookWithoutAWorksheetIsRefusedAsNotTheTemplate() throws Exception {
		MvcTestResult uploaded = upload(ActivityImportTest.withoutWorksheets());
		assertThat(uploaded).hasRedirectedUrl("/results/years/2026/grid");
		assertThat(uploaded).flash().containsEntry("gridRejection", "Tệp không có dòng tiêu đề của tệp mẫu.");
		assertThat(this.jdbc.queryForObject("select reason_vi from import_failures where file_name = ?", String.class,
				FILE_NAME)).isEqualTo("Tệp không có dòng tiêu đề của tệp mẫu.");
	}

	/**
	 * Row keys are the same every year and in every department: the 2025 file uploaded on the 2026 page wrote 2025's
	 * figures into 2026. The workbook names its grid, and a file of another grid, or one without the name, is
	 * refused before anything is read.
	 */
	@Test
	void aFileOfAnotherYearOrDepartmentOrWithoutItsGridsNameIsRefused() throws Exception {
		assertThat(gridName(export())).isEqualTo("2026/SCT_2025");
		String refused = "Tệp này không phải bảng kết quả năm 2026 của Sở Công Thương tải từ trang này";
		byte[] lastYear = fill(export("/results/years/2025/grid/export.xlsx", Role.STAFF), this.goods, 1d, "2");
		assertThat(rejection(lastYear)).startsWith(refused);
		Long health = this.jdbc.queryForObject("select id from departments where code = 'SDL_2025'", Long.class);
		byte[] otherDepartment = export("/results/years/2026/grid/export.xlsx?department=" + health, Role.COORDINATOR);
		assertThat(gridName(otherDepartment)).isEqualTo("2026/SDL_2025");
		assertThat(rejection(otherDepartment)).startsWith(refused);
		// A file downloaded before the grid's name was written: its title row is not there.
		byte[] old = fill(export(), this.goods, 1d, "2");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(old))) {
			book.getSheetAt(0).removeRow(book.getSheetAt(0).getRow(0));
			old = bytes(book);
		}
		assertThat(rejection(old)).startsWith(refused).contains("Hãy bấm \"Tải Excel\" để tải lại bảng");
		assertThat(failures()).isEqualTo(3);
		assertThat(count()).isZero();

		// The right file's upload, checked or confirmed at another year's address, is not found there.
		String checked = upload(fill(export(), this.goods, 1d, "2")).getResponse().getRedirectedUrl();
		String elsewhere = checked.replace("/2026/", "/2025/");
		assertThat(this.mvc.get().uri(elsewhere).with(this.accounts.as(Role.STAFF))).hasStatus(404);
		assertThat(this.mvc.post().uri(elsewhere).with(this.accounts.as(Role.STAFF)).with(csrf())).hasStatus(404);
		assertThat(this.jdbc.queryForObject("select count(*) from yearly_results where year = 2025 and target = 1",
				Long.class)).isZero();
	}

	/** A key twice: the later row silently won. A formula: its text was read as a bad number. A date: its serial. */
	@Test
	void aRowTwiceAFormulaWithoutANumberOrADateIsRefusedWithItsCell() throws Exception {
		byte[] exported = export();
		int line = line(exported, this.goods);
		byte[] twice = edit(exported, this.goods, (book, row) -> {
			Row copy = row.getSheet().createRow(row.getSheet().getLastRowNum() + 1);
			copy.createCell(0).setCellValue(this.goods);
			copy.createCell(6).setCellValue(1);
		});
		assertThat(rejection(twice)).startsWith("Dòng " + line + " và dòng ")
			.contains(" của tệp có cùng mã dòng " + this.goods + ": mỗi dòng của bảng chỉ có một lần trong tệp.");

		byte[] text = edit(exported, this.goods, (book, row) -> {
			row.createCell(6).setCellFormula("\"310000\"");
			book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(6));
		});
		assertThat(rejection(text)).startsWith("Ô G" + line + " chứa công thức.");
		byte[] neverComputed = edit(exported, this.goods, (book, row) -> row.createCell(6).setCellFormula("300000+10000"));
		assertThat(rejection(neverComputed)).startsWith("Ô G" + line + " chứa công thức.");

		byte[] date = edit(exported, this.goods, (book, row) -> {
			row.createCell(6).setCellValue(java.time.LocalDate.of(2024, 5, 1));
			org.apache.poi.ss.usermodel.CellStyle style = book.createCellStyle();
			style.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
			row.getCell(6).setCellStyle(style);
		});
		assertThat(rejection(date)).isEqualTo("Ô G" + line + " có định dạng ngày tháng, không phải số liệu. Hãy định dạng ô "
				+ "là số rồi nhập lại số liệu.");
		assertThat(failures()).isEqualTo(4);
		assertThat(count()).isZero();
	}

	/** A total computed in Excel (=SUM…) is read by the number it shows, as a typed one. */
	@Test
	void aFormulaIsReadByTheNumberItComputed() throws Exception {
		byte[] computed = edit(export(), this.goods, (book, row) -> {
			row.createCell(6).setCellFormula("300000+10000.5");
			book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(row.getCell(6));
		});
		String checked = upload(computed).getResponse().getRedirectedUrl();
		assertThat(page(checked)).contains("310000,5", "Xác nhận ghi 1 số liệu");
		assertThat(this.mvc.post().uri(checked).with(this.accounts.as(Role.STAFF)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject("select actual from yearly_results where year = 2026", BigDecimal.class))
			.isEqualByComparingTo("310000.5");
	}

	/**
	 * The workbook said "Số lượng (ghi rõ đơn vị đếm)" for a count, dropped "trên" from lower bounds, showed two rows
	 * "trong đó: Điện Biên" without saying which unit is which, and was named ket-qua-2026-sct-2025.xlsx.
	 */
	@Test
	void theGridsWorkbookWritesUnitsLowerBoundsAndFormerUnitsAsThePageDoes() throws Exception {
		this.jdbc.update("update yearly_results set actual_is_lower_bound = true where year = 2025");
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, actual, actual_is_lower_bound, status)
				values ((select id from indicators where code = 'TM.SAN_LUONG_KET_NOI'), 2026,
				        (select id from departments where code = 'SCT_2025'), 310000, true, 'DRAFT')""");
		MvcTestResult download = this.mvc.get().uri("/results/years/2026/grid/export.xlsx")
			.with(this.accounts.as(Role.STAFF)).exchange();
		assertThat(download.getResponse().getHeader("Content-Disposition"))
			.contains("filename=\"bang-nhap-ket-qua-2026-so-cong-thuong-" + LocalDate.now(this.clock) + ".xlsx\"");
		byte[] workbook = download.getResponse().getContentAsByteArray();
		DataFormatter shown = new DataFormatter(Locale.forLanguageTag("vi"));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Row goods = row(book, this.goods);
			assertThat(goods.getCell(3).getStringCellValue()).isEqualTo("tấn");
			assertThat(row(book, this.fairs).getCell(3).getStringCellValue()).isEqualTo("sự kiện");
			assertThat(shown.formatCellValue(goods.getCell(4))).isEqualTo("trên 250.000");
			assertThat(shown.formatCellValue(goods.getCell(6))).isEqualTo("trên 310.000");
			assertThat(goods.getCell(6).getNumericCellValue()).as("still a number").isEqualTo(310000d);
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
				export("/results/years/2026/grid/export.xlsx?lang=en", Role.STAFF)))) {
			assertThat(row(book, this.fairs).getCell(3).getStringCellValue()).isEqualTo("events");
			assertThat(shown.formatCellValue(row(book, this.goods).getCell(6))).isEqualTo("over 310.000");
		}
		// Sent back unchanged, the figures behind "trên" are the grid's own.
		assertThat(page(upload(workbook).getResponse().getRedirectedUrl()))
			.contains("Tệp không thay đổi số liệu nào so với bảng hiện tại.");

		// In 2025, Điện Biên of the 63 units and Điện Biên of 1 July 2025 are two rows: the former says so.
		this.jdbc.update("""
				insert into yearly_results (indicator_id, year, department_id, province_id, actual, status)
				values ((select id from indicators where code = 'TM.SAN_LUONG_KET_NOI'), 2025,
				        (select id from departments where code = 'SCT_2025'),
				        (select id from provinces where code = '11' and valid_from = date '2008-08-01'), 45000, 'DRAFT')""");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
				export("/results/years/2025/grid/export.xlsx", Role.STAFF)))) {
			List<String> rows = new ArrayList<>();
			book.getSheetAt(0).forEach(row -> rows.add(row.getCell(2) == null ? "" : row.getCell(2).getStringCellValue()));
			assertThat(rows).contains("trong đó: Điện Biên (đơn vị trước 01/07/2025)");
		}
	}

	/** A demo instance's grid carries the mark above everything else, and still comes back in. */
	@Test
	void aDemoInstancesGridSaysSoInItsFirstRowAndStillImports() throws Exception {
		Viewer staff = this.viewers.of(this.accounts.principal(Role.STAFF));
		byte[] demo = this.transactions.execute(status -> {
			ResultGrid grid = this.grids.read(this.grids.departmentOf(staff, null), 2026, staff);
			return ResultGridSpreadsheet.write(grid, this.messages, this.formats, Locale.forLanguageTag("vi"),
					true);
		});
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(demo))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("DỮ LIỆU MẪU – KHÔNG PHẢI VĂN BẢN, SỐ LIỆU CHÍNH THỨC");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026/SCT_2025");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Mã dòng (không sửa)");
		}
		assertThat(page(upload(fill(demo, this.goods, 1d, "2")).getResponse().getRedirectedUrl()))
			.contains("Xác nhận ghi 1 số liệu");
	}

	private static Row row(XSSFWorkbook book, String key) {
		for (Row row : book.getSheetAt(0)) {
			if (key.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + key);
	}

	private String rejection(byte[] content) {
		MvcTestResult uploaded = upload(content);
		assertThat(uploaded).hasRedirectedUrl("/results/years/2026/grid");
		return (String) uploaded.getMvcResult().getFlashMap().get("gridRejection");
	}

	/** The first cell of the workbook: the grid it was written from. */
	private static String gridName(byte[] workbook) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			return book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
		}
	}

	private static byte[] bytes(XSSFWorkbook book) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		book.write(out);
		return out.toByteArray();
	}

	/** A double click on "check the file" sends it twice with the form's one token: one check, one failure. */
	@Test
	void aFileSentTwiceFromTheSameFormIsCheckedOnce() throws Exception {
		assertThat(page("/results/years/2026/grid")).containsPattern(
				"(?s)grid/import\"[^>]*>(?:(?!</form>).)*name=\"_formToken\"");
		byte[] filled = fill(export(), this.fairs, null, "1.2.3");
		String token = UUID.randomUUID().toString();
		String first = upload(filled, token).getResponse().getRedirectedUrl();
		String second = upload(filled, token).getResponse().getRedirectedUrl();

		assertThat(second).as("the second send lands on the first one's check").isEqualTo(first);
		assertThat(this.jdbc.queryForObject("select count(*) from pending_imports where file_name = ?", Integer.class,
				FILE_NAME)).isOne();
		assertThat(failures()).isOne();
	}

	/** Unlike the other files, the grid's workbook is written in the page's language, and its link says no more. */
	@Test
	void theGridsWorkbookSpeaksThePagesLanguage() throws Exception {
		assertThat(page("/results/years/2026/grid?lang=en")).contains(">Download Excel<")
			.doesNotContain("Download Excel (in Vietnamese)");
		MvcTestResult result = this.mvc.get().uri("/results/years/2026/grid/export.xlsx?lang=en")
			.with(this.accounts.as(Role.STAFF)).exchange();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Row key (do not change)");
		}
	}

	/** The grid's workbook takes the department's figures out of the portal: the security log says who, when. */
	@Test
	void aGridDownloadIsInTheSecurityLog() {
		int before = gridExports();
		export();
		assertThat(gridExports()).isEqualTo(before + 1);
	}

	private int gridExports() {
		return this.jdbc.queryForObject("""
				select count(*) from security_events
				where type = 'EXPORT' and detail like 'results grid 2026 SCT_2025 xlsx%'""", Integer.class);
	}

	private byte[] export() {
		return export("/results/years/2026/grid/export.xlsx", Role.STAFF);
	}

	private byte[] export(String url, Role role) {
		MvcTestResult result = this.mvc.get().uri(url).with(this.accounts.as(role)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	/** Types figures into the row with this key, as a user does in Excel: a number cell and a text cell. */
	private static byte[] fill(byte[] workbook, String key, Double target, String actual) throws Exception {
		return edit(workbook, key, (book, row) -> {
			if (target != null) {
				row.createCell(5).setCellValue(target);
			}
			row.createCell(6).setCellValue(actual);
		});
	}

	/** What a user does in Excel to the row with this key. */
	interface Edit {

		void apply(XSSFWorkbook book, Row row);

	}

	private static byte[] edit(byte[] workbook, String key, Edit edit) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			edit.apply(book, row(book, key));
			return bytes(book);
		}
	}

	/** The line of the row with this key in the workbook, as Excel numbers it. */
	private static int line(byte[] workbook, String key) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			return row(book, key).getRowNum() + 1;
		}
	}

	private MvcTestResult upload(byte[] content) {
		return upload(content, null);
	}

	private MvcTestResult upload(byte[] content, String formToken) {
		var request = this.mvc.post().uri("/results/years/2026/grid/import")
			.multipart()
			.file(new MockMultipartFile("file", FILE_NAME, "application/octet-stream", content));
		if (formToken != null) {
			request.param("_formToken", formToken);
		}
		MvcTestResult uploaded = request.with(csrf()).with(this.accounts.as(Role.STAFF)).exchange();
		assertThat(uploaded).hasStatus3xxRedirection();
		return uploaded;
	}

	private String page(String url) throws Exception {
		MvcTestResult result = this.mvc.get().uri(url).with(this.accounts.as(Role.STAFF)).exchange();
		assertThat(result).hasStatusOk();
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String key(String indicator) {
		return this.jdbc.queryForObject("select id from indicators where code = ?", Long.class, indicator) + "-0";
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from yearly_results where year = 2026", Long.class);
	}

}
