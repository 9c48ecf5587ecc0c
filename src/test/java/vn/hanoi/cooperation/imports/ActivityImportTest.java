package vn.hanoi.cooperation.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.cooperation.Concurrently;
import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.TestPlan2025;
import vn.hanoi.cooperation.account.Role;
import vn.hanoi.cooperation.account.Viewers;
import vn.hanoi.cooperation.agreement.TestAgreements;
import vn.hanoi.cooperation.report.ActivityColumn;
import vn.hanoi.cooperation.report.Workbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Excel out and in: the export round-trips, errors are shown per cell and nothing is written in part. */
@PortalTest
class ActivityImportTest {

	private static final String MARK = "IMPORT ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ImportConfirmation confirmation;

	@Autowired
	Viewers viewers;

	@BeforeEach
	void seed() {
		Long id = this.jdbc.queryForObject("""
				insert into activities (plan_id, group_id, lead_department_id, title, description, status, planned_start,
				  deadline, actual_completion, result_summary, budget_planned, budget_spent, shared_with_provinces)
				select p.id, g.id, d.id, ?, 'Mô tả có dấu, và "ngoặc kép"', 'COMPLETED', date '2022-06-01',
				  date '2022-06-30', date '2022-06-28', 'Kết nối tiêu thụ 300 tấn', 1500000000, 1200000000, true
				from plans p join cooperation_groups g on g.number = 4 join departments d on d.code = 'SCT'
				where p.year = 2022 returning id""", Long.class, MARK + "Tuần hàng nông sản Điện Biên");
		this.jdbc.update("""
				insert into activity_partner_provinces (activity_id, province_id)
				select ?, id from provinces where code in ('11', '02') and valid_from = date '2008-08-01'""", id);
		this.jdbc.update("""
				insert into activity_coordinating_departments (activity_id, department_id)
				select ?, id from departments where code in ('SNNPTNT', 'HPA')""", id);
		// Led by the department of its day: Sở Công Thương of 2022, not its 1 March 2025 successor.
		this.jdbc.update("""
				insert into activities (plan_id, group_id, lead_department_id, title, status, deadline)
				select p.id, g.id, d.id, ?, 'IN_PROGRESS', date '2022-12-31'
				from plans p join cooperation_groups g on g.number = 2 join departments d on d.code = 'SCT'
				where p.year = 2022""", MARK + "Hội chợ hàng Việt");
	}

	/** A plan of 2025 for the tests of rows around the mergers, removed after them. */
	TestPlan2025 plan2025;

	@AfterEach
	void clean() {
		this.jdbc.update("delete from activity_changes where activity_id in (select id from activities where title like ?)",
				MARK + "%");
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
		this.jdbc.update("delete from pending_imports");
		this.jdbc.update("delete from import_batches");
		this.jdbc.update("delete from import_failures");
		if (this.plan2025 != null) {
			this.plan2025.remove();
		}
	}

	/** A file without references sent again (back button, a second tab, a colleague's copy) added its rows twice. */
	@Test
	void aFileWithoutReferencesUploadedAgainIsRefusedInsteadOfAddingItsActivitiesTwice() throws Exception {
		byte[] file = template(rows(tradeRow("", MARK + "Tuần hàng không mã"), tradeRow("", MARK + "Hội nghị không mã"),
				tradeRow("", MARK + "Tuần hàng  KHÔNG mã")));
		assertThat(upload(file, Role.STAFF)).contains("Có 1 dòng lỗi")
			.contains("Dòng 4, cột \"Tên hoạt động\": Dòng 2 của tệp đã thêm một hoạt động cùng tên");
		file = template(rows(tradeRow("", MARK + "Tuần hàng không mã"), tradeRow("", MARK + "Hội nghị không mã")));
		assertThat(upload(file, Role.STAFF)).contains("Thêm mới: 2");
		confirm(Role.STAFF);
		assertThat(count()).isEqualTo(4);
		Long first = this.jdbc.queryForObject("select id from activities where title = ?", Long.class,
				MARK + "Tuần hàng không mã");

		assertThat(upload(file, Role.STAFF)).contains("Có 2 dòng lỗi")
			.contains("Dòng 2, cột \"Tên hoạt động\": Đã có hoạt động cùng tên do đơn vị này chủ trì trong kế hoạch năm 2022 (mã HD-"
					+ first + "), có thể từ một lần nhập trước")
			.doesNotContain("Xác nhận ghi dữ liệu");
		this.mvc.post().uri(pendingUrl()).with(csrf()).with(this.accounts.as(Role.STAFF)).exchange();
		assertThat(count()).isEqualTo(4);
	}

	/** "Hà Giang" in an activity of December 2025 was "not in the list of 2025", though it was until 30 June. */
	@Test
	void aProvinceMergedBeforeTheRowsDayIsNamedWithTheUnitItBecame() throws Exception {
		this.plan2025 = new TestPlan2025(this.jdbc);
		byte[] file = template(rows(
				row("", "2025", "2. Thương mại", MARK + "Sau hợp nhất", "", "Ha Giang", "31/12/2025", "Chưa triển khai", "Có"),
				row("", "2025", "2. Thương mại", MARK + "Trước hợp nhất", "", "Hà Giang", "30/06/2025", "Chưa triển khai", "Có")));
		assertThat(upload(file, Role.STAFF)).contains("Có 1 dòng lỗi")
			.contains("Dòng 2, cột \"Địa phương đối tác\": Địa phương \"Hà Giang\" đã hợp nhất vào Tuyên Quang từ ngày "
					+ "01/07/2025: hoạt động tính theo ngày 31/12/2025 ghi tên đơn vị hành chính của ngày đó, tức Tuyên Quang.")
			.doesNotContain("Dòng 3,");
	}

	/**
	 * "Sở Kế hoạch và Đầu tư" in an activity of December 2025 was "not in the plan year's list", though it was until
	 * 28 February, leaving the user to guess that the Sở Tài chính does its work.
	 */
	@Test
	void aDepartmentReorganisedBeforeTheRowsDayIsNamedWithTheOneDoingItsWork() throws Exception {
		this.plan2025 = new TestPlan2025(this.jdbc);
		byte[] file = template(rows(
				row("", "2025", "2. Thương mại", MARK + "Sau sắp xếp", "Sở Kế hoạch và Đầu tư", "Tuyên Quang", "31/12/2025", "Chưa triển khai", "Có"),
				row("", "2025", "2. Thương mại", MARK + "Trước sắp xếp", "Sở Kế hoạch và Đầu tư", "Hà Giang", "28/02/2025", "Chưa triển khai", "Có")));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			sheet.getRow(1).createCell(6).setCellValue("Sở Giao thông vận tải");
			sheet.getRow(2).createCell(6).setCellValue("Sở Giao thông vận tải");
			file = bytes(workbook);
		}
		assertThat(upload(file, Role.COORDINATOR)).contains("Có 1 dòng lỗi")
			.contains("Dòng 2, cột \"Đơn vị chủ trì\": Sở, ngành \"Sở Kế hoạch và Đầu tư\" đã sắp xếp lại từ ngày "
					+ "01/03/2025, nhiệm vụ chuyển về Sở Tài chính: hoạt động tính theo ngày 31/12/2025 ghi sở, ngành "
					+ "của ngày đó, tức Sở Tài chính.")
			.contains("Dòng 2, cột \"Đơn vị phối hợp\": Sở, ngành \"Sở Giao thông vận tải\" đã sắp xếp lại từ ngày "
					+ "01/03/2025, nhiệm vụ chuyển về Sở Xây dựng")
			.doesNotContain("Không có sở, ngành")
			.doesNotContain("Dòng 3,");
	}

	/**
	 * A unit formed later, named in a row dated before it existed ("Sở Nông nghiệp và Môi trường" in February 2025,
	 * "Huế" in June 2025), was "not in the list", leaving the user to guess which units did its work on that day.
	 */
	@Test
	void aUnitFormedAfterTheRowsDayIsNamedWithTheOnesThatDidItsWork() throws Exception {
		this.plan2025 = new TestPlan2025(this.jdbc);
		byte[] file;
		// A department the administrators add later, formed anew: no unit did its work before.
		this.jdbc.update("insert into departments (code, name_vi, name_en, valid_from) values ('TEST_NEW', ?, ?, date '2025-03-01')",
				MARK + "Sở mới lập", "New department");
		try {
			file = template(rows(
					row("", "2025", "2. Thương mại", MARK + "Trước sắp xếp", "Sở Nông nghiệp và Môi trường", "Huế",
							"28/02/2025", "Chưa triển khai", "Có"),
					row("", "2025", "2. Thương mại", MARK + "Sau sắp xếp", "Sở Nông nghiệp và Môi trường", "Huế",
							"31/12/2025", "Chưa triển khai", "Có"),
					row("", "2025", "2. Thương mại", MARK + "Sở mới", MARK + "Sở mới lập", "Thừa Thiên Huế",
							"28/02/2025", "Chưa triển khai", "Có")));
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
				workbook.getSheetAt(0).getRow(1).createCell(6).setCellValue("Sở Dân tộc và Tôn giáo");
				file = bytes(workbook);
			}
			assertThat(upload(file, Role.COORDINATOR)).contains("Có 2 dòng lỗi")
				.contains("Dòng 2, cột \"Đơn vị chủ trì\": Sở, ngành \"Sở Nông nghiệp và Môi trường\" có từ ngày "
						+ "01/03/2025: hoạt động tính theo ngày 28/02/2025 ghi sở, ngành của ngày đó, tức Sở Nông nghiệp "
						+ "và Phát triển nông thôn hoặc Sở Tài nguyên và Môi trường.")
				.contains("Dòng 2, cột \"Đơn vị phối hợp\": Sở, ngành \"Sở Dân tộc và Tôn giáo\" có từ ngày 01/03/2025: "
						+ "hoạt động tính theo ngày 28/02/2025 ghi sở, ngành của ngày đó, tức Ban Dân tộc.")
				.contains("Dòng 2, cột \"Địa phương đối tác\": Địa phương \"Huế\" có từ ngày 01/07/2025: hoạt động "
						+ "tính theo ngày 28/02/2025 ghi tên đơn vị hành chính của ngày đó, tức Thừa Thiên Huế.")
				.contains("Dòng 4, cột \"Đơn vị chủ trì\": Sở, ngành \"" + MARK + "Sở mới lập\" có từ ngày 01/03/2025, "
						+ "sau ngày 28/02/2025 mà hoạt động này tính theo: hãy ghi sở, ngành của ngày đó.")
				.doesNotContain("Không có sở, ngành")
				.doesNotContain("Không có địa phương")
				.doesNotContain("Dòng 3,");
		}
		finally {
			this.jdbc.update("delete from departments where code = 'TEST_NEW'");
		}
	}

	/** A status the importer does not know was reported as "please choose a status", though the cell had one. */
	@Test
	void aStatusThatIsNoneOfTheStatusesIsNamedWithTheOnesThatAre() throws Exception {
		byte[] file = template(rows(row("", "2022", "2. Thương mại", MARK + "Trạng thái lạ", "", "Điện Biên", "30/06/2022",
				"Hoàn tất", "Có")));
		assertThat(upload(file, Role.STAFF)).contains("Có 1 dòng lỗi")
			.contains("Dòng 2, cột \"Trạng thái\": Không có trạng thái \"Hoàn tất\". Hãy ghi một trong các trạng thái: "
					+ "Chưa triển khai, ")
			.doesNotContain("Vui lòng chọn trạng thái");
	}

	/** Typed on a keyboard without Vietnamese, "chua trien khai" and "thuong mai" were refused as unknown. */
	@Test
	void statusesAndGroupsTypedWithoutDiacriticsAreTheOnesThatReadSo() throws Exception {
		byte[] file = template(rows(
				row("", "2022", "thuong mai", MARK + "Gõ không dấu", "", "Dien Bien", "30/06/2022", "chua trien khai", "Có"),
				row("", "2022", " THUONG\u00a0 Mai", MARK + "Gõ không dấu hoa", "", "Điện Biên", "30/06/2022",
						"DANG  THUC HIEN", "co")));
		assertThat(upload(file, Role.STAFF)).contains("Thêm mới: 2").doesNotContain("dòng lỗi");
		confirm(Role.STAFF);
		assertThat(this.jdbc.queryForList("""
				select a.status || ' ' || g.number from activities a join cooperation_groups g on g.id = a.group_id
				where a.title like ? order by a.title""", String.class, MARK + "Gõ không dấu%"))
			.containsExactly("PLANNED 2", "IN_PROGRESS 2");
	}

	/** A department typed without diacritics is the one department it reads as, as a status or a group is. */
	@Test
	void aDepartmentTypedWithoutDiacriticsIsTheOneThatReadsSo() throws Exception {
		byte[] file = template(rows(row("", "2022", "2. Thương mại", MARK + "Sở gõ không dấu", "so cong  thuong",
				"Điện Biên", "30/06/2022", "Chưa triển khai", "Có")));
		assertThat(upload(file, Role.COORDINATOR)).contains("Thêm mới: 1").doesNotContain("dòng lỗi");
		confirm(Role.COORDINATOR);
		assertThat(this.jdbc.queryForObject("""
				select d.name_vi from activities a join departments d on d.id = a.lead_department_id
				where a.title = ?""", String.class, MARK + "Sở gõ không dấu")).isEqualTo("Sở Công Thương");
	}

	/** Only a cell typed wholly without diacritics is read without them: a misplaced one is still refused. */
	@Test
	void aStatusWithoutDiacriticsThatIsNoneOfTheStatusesIsNamedWithTheOnesThatAre() throws Exception {
		byte[] file = template(rows(
				row("", "2022", "thuong mai", MARK + "Không dấu lạ", "", "Điện Biên", "30/06/2022", "hoan tat", "Có"),
				row("", "2022", "thuong mai", MARK + "Dấu sai", "", "Điện Biên", "30/06/2022", "Đang thưc hien", "Có")));
		assertThat(upload(file, Role.STAFF)).contains("Có 2 dòng lỗi")
			.contains("Dòng 2, cột \"Trạng thái\": Không có trạng thái \"hoan tat\". Hãy ghi một trong các trạng thái: "
					+ "Chưa triển khai, Đang thực hiện, ")
			.contains("Dòng 3, cột \"Trạng thái\": Không có trạng thái \"Đang thưc hien\".")
			.doesNotContain("cột \"Nhóm nội dung\"");
	}

	/** Titles are looked up by their normal form: that of every name the importer reads, or a copy slips through. */
	@Test
	void aTitleTypedWithOtherCaseSpacesAndAccentsIsTheTitleAlreadyThere() throws Exception {
		Long id = this.jdbc.queryForObject("select id from activities where title = ?", Long.class,
				MARK + "Tuần hàng nông sản Điện Biên");
		String typed = java.text.Normalizer.normalize(" " + MARK + "tuần  HÀNG\u00a0nông sản Điện Biên\u00a0",
				java.text.Normalizer.Form.NFD);
		byte[] file = template(rows(row("", "2022", "4. Nông nghiệp", typed, "Sở Công Thương", "Điện Biên", "30/06/2022",
				"Chưa triển khai", "Có")));
		assertThat(upload(file, Role.COORDINATOR)).contains("Có 1 dòng lỗi")
			.contains("Đã có hoạt động cùng tên do đơn vị này chủ trì trong kế hoạch năm 2022 (mã HD-" + id + ")");
	}

	/** Two uploads of one file, confirmed at the same moment from two tabs: each saw the other's rows missing. */
	@Test
	void twoUploadsOfOneFileConfirmedAtOnceWriteItsActivitiesOnce() throws Exception {
		byte[] file = template(rows(tradeRow("", MARK + "Hai thẻ cùng tệp"), tradeRow("NEW-REF-2", MARK + "Hai thẻ có mã")));
		List<String> uploads = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			assertThat(upload(file, Role.STAFF)).contains("Thêm mới: 2");
			uploads.add(pendingUrl());
		}
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		List<MvcTestResult> answers = Concurrently.run(uploads.size(), () -> this.mvc.post()
			.uri(uploads.get(next.getAndIncrement())).with(csrf()).with(this.accounts.as(Role.STAFF)).exchange());
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getResponse().getStatus()).isLessThan(500));
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 302).hasSize(1);
		assertThat(count()).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select count(*) from import_batches", Integer.class)).isOne();
	}

	/**
	 * A file without references uploaded twice, the second confirmed while the first is writing: it waits for the
	 * first instead of checking its titles against activities not yet there (the file of the test above also has a
	 * new reference, whose lock alone would make it wait).
	 */
	@Test
	void aSecondUploadOfAFileWithoutReferencesWaitsForTheFirstAndIsRefused() throws Exception {
		byte[] file = template(rows(tradeRow("", MARK + "Hai lần không mã")));
		upload(file, Role.STAFF);
		String first = pendingUrl();
		upload(file, Role.STAFF);
		String again = pendingUrl();
		try (OpenConfirmation writing = new OpenConfirmation(first, Role.STAFF, true)) {
			assertThat(confirmAfter(writing, again, Role.STAFF)).hasStatusOk()
				.bodyText()
				.contains("Đã có hoạt động cùng tên do đơn vị này chủ trì");
		}
		assertThat(titled(MARK + "Hai lần không mã")).isOne();
	}

	/**
	 * Imports of two departments no longer wait for each other: behind one lock for the city, the second waited for
	 * the first, and one cut off by the statement timeout read "database unavailable".
	 */
	@Test
	void anImportForAnotherDepartmentIsConfirmedWhileOneIsStillWriting() throws Exception {
		upload(template(rows(tradeRow("", MARK + "Sở Công Thương đang ghi"))), Role.STAFF);
		String staff = pendingUrl();
		upload(template(rows(agricultureRow("", MARK + "Sở Nông nghiệp ghi cùng lúc"))), Role.COORDINATOR);
		try (OpenConfirmation writing = new OpenConfirmation(staff, Role.STAFF, false)) {
			confirm(Role.COORDINATOR);
			assertThat(writing.end()).as("the staff's import was still open when the coordinator's was done").isTrue();
		}
		assertThat(titled(MARK + "Sở Nông nghiệp ghi cùng lúc")).isOne();
		assertThat(titled(MARK + "Sở Công Thương đang ghi")).isZero();
	}

	/**
	 * Two departments' files giving one new reference, confirmed at once: their titles take different locks, and
	 * without one for the reference the second to write met the unique reference with a 500.
	 */
	@Test
	void oneNewReferenceInTwoDepartmentsFilesConfirmedAtOnceIsWrittenOnce() throws Exception {
		upload(template(rows(tradeRow("CHUNG-01", MARK + "Mã chung, Sở Công Thương"))), Role.STAFF);
		String staff = pendingUrl();
		upload(template(rows(agricultureRow("CHUNG-01", MARK + "Mã chung, Sở Nông nghiệp"))), Role.COORDINATOR);
		String coordinator = pendingUrl();
		try (OpenConfirmation writing = new OpenConfirmation(staff, Role.STAFF, true)) {
			// Written after the staff's: the coordinator's row names the activity the reference now has.
			assertThat(confirmAfter(writing, coordinator, Role.COORDINATOR)).hasRedirectedUrl(coordinator);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from activities where reference = 'CHUNG-01'",
				Integer.class)).isOne();
	}

	@Test
	void twentyConfirmationsAtOnceWriteTheRowsOnceAndTellTheOthersTheyWereImported() throws Exception {
		byte[] file = template(rows(
				row("", "2022", "2. Thương mại", MARK + "Song song chia sẻ", "", "Điện Biên", "30/06/2022", "Chưa triển khai",
						"Có"),
				row("", "2022", "2. Thương mại", MARK + "Song song nội bộ", "", "Điện Biên", "30/06/2022", "Chưa triển khai",
						"Không")));
		assertThat(upload(file, Role.STAFF)).contains("Thêm mới: 2");

		List<MvcTestResult> answers = Concurrently.run(Concurrently.REQUESTS,
				() -> this.mvc.post().uri(pendingUrl()).with(csrf()).with(this.accounts.as(Role.STAFF)).exchange());

		assertThat(answers).allSatisfy(answer -> assertThat(answer.getResponse().getStatus()).isLessThan(500));
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 302)
			.singleElement()
			.satisfies(answer -> assertThat(answer).hasRedirectedUrl(pendingUrl()));
		assertThat(answers).filteredOn(answer -> answer.getResponse().getStatus() == 200)
			.hasSize(Concurrently.REQUESTS - 1)
			.allSatisfy(answer -> assertThat(body(answer)).contains("Tệp này đã được nhập lúc")
				.contains("Đã ghi 2 dòng từ tệp \"hoat-dong.xlsx\": 2 hoạt động mới"));
		assertThat(count()).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select count(*) from import_batches", Integer.class)).isOne();

		// The page after the import says what was written and links to exactly those rows.
		String imported = body(this.mvc.get().uri(pendingUrl()).with(this.accounts.as(Role.STAFF)).exchange());
		assertThat(imported).contains("Đã ghi 2 dòng từ tệp").doesNotContain("đã được nhập lúc");
		String link = imported.replaceAll("(?s).*href=\"(/activities\\?importBatch=[^\"]+)\".*", "$1");
		assertThat(link).startsWith("/activities?importBatch=");
		assertThat(body(this.mvc.get().uri(link).with(this.accounts.as(Role.LEADER)).exchange()))
			.contains("2 hoạt động")
			.contains(MARK + "Song song chia sẻ")
			.contains(MARK + "Song song nội bộ")
			.doesNotContain(MARK + "Hội chợ hàng Việt");
		// The filter keeps the viewer's read scope: Điện Biên sees only the row shared with it.
		assertThat(body(this.mvc.get().uri(link).with(this.accounts.as(Role.PROVINCE)).exchange()))
			.contains(MARK + "Song song chia sẻ")
			.doesNotContain(MARK + "Song song nội bộ");
		// Another account's import is not there to be seen.
		assertThat(this.mvc.get().uri(pendingUrl()).with(this.accounts.as(Role.COORDINATOR))).hasStatus(404);
	}

	@Test
	void aFailedImportWaitsInTheCoordinatorsInboxUntilTheDepartmentImportsSuccessfully() throws Exception {
		assertThat(failedImports()).contains("(0)");
		byte[] wrongYear = template(rows(row("", "2030", "2. Thương mại", MARK + "Năm không có kế hoạch", "", "", "",
				"Chưa triển khai", "")));
		assertThat(upload(wrongYear, Role.STAFF)).contains("Có 1 dòng lỗi");
		// A forged confirmation of the same upload is the same failure, not a second one.
		this.mvc.post().uri(pendingUrl()).with(csrf()).with(this.accounts.as(Role.STAFF)).exchange();
		assertThat(rejection(new byte[0])).contains("Tệp trống");

		String inbox = failedImports();
		assertThat(inbox).contains("Nhập tệp không thành công (2)", "hoat-dong.xlsx", "x.xlsx", "Tệp hoạt động",
				"Cán bộ Sở Công Thương – Sở Công Thương: Có 1 dòng lỗi: tệp không được nhập.",
				"Cán bộ Sở Công Thương – Sở Công Thương: Tệp trống");
		// Nothing else is left of them: no activity, no batch, and the rejected file was never kept.
		assertThat(count()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from import_batches", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from pending_imports", Integer.class)).isOne();

		// The department imports a corrected file: both failures leave the inbox by themselves.
		assertThat(upload(template(rows(row("", "2022", "2. Thương mại", MARK + "Đã sửa năm", "", "Điện Biên",
				"30/06/2022", "Chưa triển khai", "Có"))), Role.STAFF)).contains("Thêm mới: 1");
		confirm(Role.STAFF);
		assertThat(failedImports()).contains("(0)").doesNotContain("hoat-dong.xlsx");
	}

	/** The same refused file sent three times from one form (a double click, a retry) is one failure to read. */
	@Test
	void oneRefusedUploadSentAgainFromTheSameFormIsOneFailure() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from import_failures", Long.class);
		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.post().uri("/activities/import").multipart()
				.file(new MockMultipartFile("file", "trong.xlsx", "application/octet-stream", new byte[0]))
				.param("_formToken", token)
				.with(csrf()).with(this.accounts.as(Role.STAFF))).hasStatusOk().bodyText().contains("Tệp trống");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from import_failures", Long.class)).isEqualTo(before + 1);
	}

	@Test
	void theCoordinatorReadsWhatFailedWhoWhenAndWhyAndDismissesIt() throws Exception {
		assertThat(rejection("%PDF-1.7 not a spreadsheet".getBytes())).contains("không phải Excel");
		Long id = this.jdbc.queryForObject("select id from import_failures", Long.class);
		String url = "/imports/failures/" + id;
		assertThat(failedImports()).contains("href=\"" + url + "\"");

		String page = body(this.mvc.get().uri(url).with(this.accounts.as(Role.COORDINATOR)).exchange());
		assertThat(page).contains("Nhập tệp không thành công", "x.xlsx", "Cán bộ Sở Công Thương",
				"Tệp không phải Excel (.xlsx)", "Đã xử lý, bỏ khỏi danh sách");
		// Only those who act for every department read failures.
		assertThat(this.mvc.get().uri(url).with(this.accounts.as(Role.STAFF))).hasStatus(404);
		assertThat(this.mvc.get().uri(url).with(this.accounts.as(Role.LEADER))).hasStatus(404);
		assertThat(this.mvc.post().uri(url + "/dismiss").with(csrf()).with(this.accounts.as(Role.STAFF)))
			.hasStatus(404);

		assertThat(this.mvc.post().uri(url + "/dismiss").with(csrf()).with(this.accounts.as(Role.COORDINATOR)))
			.hasRedirectedUrl("/my-work")
			.flash()
			.containsEntry("message", "importFailureDismissed");
		assertThat(failedImports()).contains("(0)").doesNotContain(url);
		assertThat(body(this.mvc.get().uri(url).with(this.accounts.as(Role.COORDINATOR)).exchange()))
			.contains("Đã bỏ khỏi danh sách: Điều phối")
			.doesNotContain("Đã xử lý, bỏ khỏi danh sách");
	}

	/** The coordinator inbox's section of failed imports. */
	private String failedImports() throws Exception {
		String inbox = body(this.mvc.get().uri("/my-work").with(this.accounts.as(Role.COORDINATOR)).exchange());
		int start = inbox.indexOf("id=\"inbox-failedImports\"");
		assertThat(start).as("the failed imports section").isNotNegative();
		return inbox.substring(start, inbox.indexOf("</section>", start));
	}

	private static String body(MvcTestResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void anExportedFileImportsBackWithoutChangingAnything() throws Exception {
		byte[] exported = export();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(workbook.getSheetAt(0).getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Tên hoạt động");
			Row first = rowWithTitle(sheet, MARK + "Tuần hàng nông sản Điện Biên");
			assertThat(first.getCell(8).getLocalDateTimeCellValue().toLocalDate()).hasToString("2022-06-01");
			assertThat(first.getCell(13).getNumericCellValue()).isEqualTo(1.5e9);
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Điện Biên; Hà Giang");
		}
		Map<String, Object> before = state();
		String preview = upload(exported, Role.COORDINATOR);
		assertThat(preview).contains("Mọi dòng đều hợp lệ").contains("Thêm mới: 0 · Cập nhật: 0");
		confirm(Role.COORDINATOR);
		assertThat(state()).isEqualTo(before);
	}

	@Test
	void anExportedRowWhoseActivityWasChangedSinceIsRefusedInsteadOfUndoingTheChange() throws Exception {
		byte[] exported = export();
		// A colleague corrects one of the exported activities on the portal.
		this.jdbc.update("update activities set description = 'Sửa trên cổng', version = version + 1 where title = ?",
				MARK + "Tuần hàng nông sản Điện Biên");
		Map<String, Object> before = state();
		String preview = upload(exported, Role.COORDINATOR);
		assertThat(preview).contains("đã được sửa trên cổng sau khi tệp được xuất", "Hãy xuất lại danh sách");
		this.mvc.post().uri(pendingUrl()).with(csrf()).with(this.accounts.as(Role.COORDINATOR)).exchange();
		assertThat(state()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select description from activities where title = ?", String.class,
				MARK + "Tuần hàng nông sản Điện Biên")).isEqualTo("Sửa trên cổng");
		// Exported again, the file imports.
		assertThat(upload(export(), Role.COORDINATOR)).contains("Mọi dòng đều hợp lệ");
	}

	@Test
	void importingTheSameFileTwiceUpdatesInsteadOfDuplicating() throws Exception {
		byte[] file = template(rows(
				row("SCT-2022-01", "2022", "2. Thương mại", MARK + "Tuần hàng Hà Nội – Nghệ An", "", "Điện Biên",
						"30/06/2022", "Đang thực hiện", "Có")));
		assertThat(upload(file, Role.STAFF)).contains("Thêm mới: 1");
		confirm(Role.STAFF);
		assertThat(count()).isEqualTo(3);
		byte[] changed = template(rows(
				row("SCT-2022-01", "2022", "2. Thương mại", MARK + "Tuần hàng Hà Nội – Nghệ An 2022", "", "Điện Biên",
						"30/06/2022", "Đang thực hiện", "Có")));
		assertThat(upload(changed, Role.STAFF)).contains("Cập nhật: 1");
		confirm(Role.STAFF);
		assertThat(count()).isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select title from activities where reference = 'SCT-2022-01'",
				String.class)).isEqualTo(MARK + "Tuần hàng Hà Nội – Nghệ An 2022");
		assertThat(this.jdbc.queryForObject("""
				select d.code from activities a join departments d on d.id = a.lead_department_id
				where a.reference = 'SCT-2022-01'""", String.class)).isEqualTo("SCT_2025");
	}

	/** Names copied from Word or a web page carry no-break spaces: "Điện\u00A0Biên" is still Điện Biên. */
	@Test
	void namesWithNoBreakSpacesAreMatched() throws Exception {
		byte[] file = template(rows(row("", "2022", "2.\u00A0Thương mại", MARK + "Tuần hàng có khoảng trắng lạ", "",
				"\u00A0Điện\u00A0Biên\u00A0", "30/06/2022", "Đang\u00A0thực hiện", "Có")));
		assertThat(upload(file, Role.STAFF)).contains("Thêm mới: 1");
		confirm(Role.STAFF);
		assertThat(this.jdbc.queryForObject("""
				select p.name_vi from activities a join activity_partner_provinces ap on ap.activity_id = a.id
				  join provinces p on p.id = ap.province_id where a.title = ?""", String.class,
				MARK + "Tuần hàng có khoảng trắng lạ")).isEqualTo("Điện Biên");
	}

	/** By its own reference on one row and by HD-<id> on another, one activity was updated twice, the last row winning. */
	@Test
	void oneActivityNamedOnTwoRowsByItsTwoReferencesIsRefusedOnTheSecond() throws Exception {
		Long id = this.jdbc.queryForObject("update activities set reference = 'SCT-2022-HC' where title = ? returning id",
				Long.class, MARK + "Hội chợ hàng Việt");
		byte[] file = template(rows(tradeRow("SCT-2022-HC", MARK + "Hội chợ tên A"),
				tradeRow("HD-" + id, MARK + "Hội chợ tên B")));
		assertThat(upload(file, Role.STAFF)).contains("Có 1 dòng lỗi")
			.contains("Dòng 3, cột \"Mã tham chiếu\": Hoạt động này đã có ở dòng 2 của tệp")
			.doesNotContain("Dòng 2, cột");
		this.mvc.post().uri(pendingUrl()).with(csrf()).with(this.accounts.as(Role.STAFF)).exchange();
		assertThat(this.jdbc.queryForObject("select title from activities where id = ?", String.class, id))
			.isEqualTo(MARK + "Hội chợ hàng Việt");
	}

	/** The error was reported for a column "agreementId" the file does not have, with nothing to say which agreement. */
	@Test
	void partnersThatLeaveOutTheActivitysAgreementAreRefusedInThePartnerColumnNamingTheAgreement() throws Exception {
		TestAgreements agreements = new TestAgreements(this.jdbc);
		try {
			Long agreement = agreements.create(MARK + "Thỏa thuận Hà Nội – Điện Biên", true, "11");
			Long id = this.jdbc.queryForObject("update activities set agreement_id = ? where title = ? returning id",
					Long.class, agreement, MARK + "Tuần hàng nông sản Điện Biên");
			byte[] file = template(rows(row("HD-" + id, "2022", "4", MARK + "Tuần hàng nông sản Điện Biên", "",
					"Hà Giang", "30/06/2022", "Đang thực hiện", "Có")));
			String preview = upload(file, Role.STAFF);
			assertThat(preview).contains("Có 1 dòng lỗi")
				.containsOnlyOnce("Dòng 2, cột")
				.contains("Dòng 2, cột \"Địa phương đối tác\": Hoạt động này thực hiện thỏa thuận \"" + MARK
						+ "Thỏa thuận Hà Nội – Điện Biên\", ký với Điện Biên: địa phương đối tác phải có ít nhất một")
				.doesNotContain("agreementId");
		}
		finally {
			agreements.removeAll();
		}
	}

	@Test
	void aFileWithErrorsShowsEachErrorAndWritesNothing() throws Exception {
		byte[] file = template(rows(
				row("", "2022", "2. Thương mại", MARK + "Dòng đúng", "Sở Công Thương", "Điện Biên", "30/06/2022", "Chưa triển khai", "Không"),
				// The cell's edge spaces (a no-break one from Excel too) are not part of the name the message quotes.
				row("", "2022", " 99. Không có\u00a0", "", "Sở Không Tồn Tại", "Atlantis", "31/02/2022", "Đã hoàn thành", ""),
				row("", "2030", "2. Thương mại", MARK + "Năm không có kế hoạch", "", "", "", "Chưa triển khai", "")));
		String preview = upload(file, Role.COORDINATOR);
		assertThat(preview).contains("Có 2 dòng lỗi")
			.contains("Dòng 3, cột \"Nhóm nội dung\": Không có nhóm nội dung \"99. Không có\" trong kế hoạch năm 2022.")
			.contains("Dòng 3, cột \"Tên hoạt động\": Vui lòng nhập tên hoạt động.")
			.doesNotContain("Dòng 3, cột \"Nhóm nội dung\": Vui lòng chọn nhóm nội dung.")
			.contains("Dòng 3, cột \"Đơn vị chủ trì\": Không có sở, ngành \"Sở Không Tồn Tại\"")
			.contains("Dòng 3, cột \"Địa phương đối tác\": Không có địa phương \"Atlantis\" trong danh mục năm 2022.")
			.contains("Dòng 3, cột \"Hạn hoàn thành\": Ngày không hợp lệ")
			.contains("Dòng 4, cột \"Năm kế hoạch\": Không có kế hoạch của năm này.")
			.doesNotContain("Xác nhận ghi dữ liệu");
		// Even a forged confirmation writes nothing.
		this.mvc.post().uri(pendingUrl()).with(csrf()).with(this.accounts.as(Role.COORDINATOR)).exchange();
		assertThat(count()).isEqualTo(2);
	}

	/** An Excel number 1500000.75 in a budget column was saved as 150 000 075 đồng, and 123.456 as 123 456. */
	@Test
	void aBudgetWithADecimalPartIsRefusedOnItsRowInsteadOfReadAsMoreDigits() throws Exception {
		byte[] file = template(rows(tradeRow("", MARK + "Kinh phí lẻ"), tradeRow("", MARK + "Kinh phí nhỏ lẻ"),
				tradeRow("", MARK + "Kinh phí gõ lẻ"), tradeRow("", MARK + "Kinh phí chẵn")));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = workbook.getSheetAt(0);
			sheet.getRow(1).createCell(13).setCellValue(1500000.75);
			sheet.getRow(2).createCell(14).setCellValue(123.456);
			sheet.getRow(3).createCell(13).setCellValue("1.500.000,5");
			sheet.getRow(4).createCell(13).setCellValue(1500000d);
			sheet.getRow(4).createCell(14).setCellValue("1.200.000");
			file = bytes(workbook);
		}
		String preview = upload(file, Role.STAFF);
		String notWhole = ": Kinh phí tính bằng đồng, không có phần lẻ";
		assertThat(preview).contains("Có 3 dòng lỗi")
			.contains("Dòng 2, cột \"Kinh phí dự kiến (đồng)\"" + notWhole)
			.contains("Dòng 3, cột \"Kinh phí đã sử dụng (đồng)\"" + notWhole)
			.contains("Dòng 4, cột \"Kinh phí dự kiến (đồng)\"" + notWhole)
			.doesNotContain("Dòng 5,");
		this.mvc.post().uri(pendingUrl()).with(csrf()).with(this.accounts.as(Role.STAFF)).exchange();
		assertThat(count()).isEqualTo(2);
	}

	@Test
	void malformedFilesAreRefusedWithAClearMessage() throws Exception {
		assertThat(rejection("%PDF-1.7 not a spreadsheet".getBytes())).contains("không phải Excel");
		byte[] ole2 = new byte[512];
		ole2[0] = (byte) 0xD0;
		ole2[1] = (byte) 0xCF;
		ole2[2] = 0x11;
		ole2[3] = (byte) 0xE0;
		assertThat(rejection(ole2)).contains("đặt mật khẩu hoặc là định dạng Excel cũ");
		assertThat(rejection(new byte[0])).contains("Tệp trống");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(rows())))) {
			Row row = workbook.getSheetAt(0).createRow(1);
			row.createCell(3).setCellFormula("1+1");
			assertThat(rejection(bytes(workbook))).contains("Ô D2 chứa công thức");
		}
		assertThat(rejection(zipBomb())).contains("giải nén ra lớn bất thường");
		assertThat(count()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from pending_imports", Integer.class)).isZero();
	}

	/**
	 * Below a demo instance's mark (its exports import back, see DemoFilesTest) the header is checked as ever; a
	 * line of text above the header that is no such mark is still no header.
	 */
	@Test
	void aWrongHeaderIsRefusedBelowADemoMarkAndAHeaderBelowAnotherLineIsNoHeader() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			int header = Workbooks.mark(sheet, Workbooks.styles(workbook), "DỮ LIỆU MẪU – KHÔNG PHẢI VĂN BẢN, SỐ LIỆU CHÍNH THỨC",
					ActivityColumn.values().length);
			headerAndRow(sheet, header, "Tên");
			assertThat(rejection(bytes(workbook))).contains("Cột D phải là \"Tên hoạt động\"");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("Danh sách hoạt động");
			headerAndRow(sheet, 1, ActivityColumn.TITLE.header());
			assertThat(rejection(bytes(workbook))).contains("Cột A phải là \"Mã tham chiếu\"");
		}
		assertThat(count()).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from pending_imports", Integer.class)).isZero();
	}

	/** The export's header at {@code index}, column D named {@code title}, and one row of a new activity below. */
	private static void headerAndRow(Sheet sheet, int index, String title) {
		Row header = sheet.createRow(index);
		for (ActivityColumn column : ActivityColumn.values()) {
			header.createCell(column.ordinal())
				.setCellValue(column == ActivityColumn.TITLE ? title : column.header());
		}
		Row row = sheet.createRow(index + 1);
		row.createCell(ActivityColumn.YEAR.ordinal()).setCellValue("2022");
		row.createCell(ActivityColumn.TITLE.ordinal()).setCellValue(MARK + "Dưới dòng tiêu đề khác");
	}

	/** A workbook without a single worksheet ended in a 500, and nobody heard of the failed import. */
	@Test
	void aWorkbookWithoutAWorksheetIsRefusedAsNotTheTemplate() throws Exception {
		assertThat(rejection(withoutWorksheets())).contains("Tệp không có dòng tiêu đề của tệp mẫu.");
		assertThat(this.jdbc.queryForObject("select reason_vi from import_failures where kind = 'ACTIVITIES'",
				String.class)).isEqualTo("Tệp không có dòng tiêu đề của tệp mẫu.");
		assertThat(this.jdbc.queryForObject("select count(*) from pending_imports", Integer.class)).isZero();
	}

	/** An .xlsx package that Excel would not open but POI reads: a workbook with no sheet at all. */
	static byte[] withoutWorksheets() throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			return bytes(workbook);
		}
	}

	/**
	 * A sheet of 110 MB that compresses only 50 times: under POI's ratio alarm but over its 100 MB record limit,
	 * where POI threw a runtime exception and the user got a 500.
	 */
	@Test
	void aZipBombUnderPoisRatioAlarmGetsTheUploadPagesMessage() throws Exception {
		java.util.Random noise = new java.util.Random(14);
		byte[] sheetPadding = new byte[1024 * 1024];
		byte[] bomb = withSheet(template(rows()), zip -> {
			for (int megabyte = 0; megabyte < 110; megabyte++) {
				for (int i = 0; i < sheetPadding.length; i++) {
					sheetPadding[i] = i % 100 == 0 ? (byte) ('a' + noise.nextInt(26)) : (byte) ' ';
				}
				zip.write(sheetPadding);
			}
		});
		assertThat(bomb.length).isLessThan(5 * 1024 * 1024);
		assertThat(rejection(bomb)).contains("giải nén ra lớn bất thường");
		assertThat(this.jdbc.queryForObject("select count(*) from pending_imports", Integer.class)).isZero();
	}

	@Test
	void aFileDeclaredAsAnotherTypeIsRefused() throws Exception {
		byte[] file = template(rows(row("", "2022", "2. Thương mại", MARK + "Khai sai loại", "", "", "", "Đang thực hiện",
				"Có")));
		assertThat(rejection(file, "hoat-dong.xlsx", "text/html")).contains("không phải Excel");
		assertThat(rejection(file, "hoat-dong.xlsm", "application/octet-stream")).contains("không phải Excel");
		assertThat(rejection(file, "hoat-dong.xlsx", "application/vnd.ms-excel.sheet.macroEnabled.12"))
			.contains("không phải Excel");
		assertThat(this.jdbc.queryForObject("select count(*) from pending_imports", Integer.class)).isZero();
	}

	@Test
	void theCsvStartsWithAByteOrderMarkAndKeepsItsDiacritics() {
		MvcTestResult result = this.mvc.get().uri("/activities/export.csv?year=2022&q=import")
			.with(this.accounts.as(Role.LEADER)).exchange();
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		assertThat(text).startsWith("Mã tham chiếu,Năm kế hoạch,Nhóm nội dung,Tên hoạt động")
			.contains(MARK + "Tuần hàng nông sản Điện Biên")
			.contains("\"Mô tả có dấu, và \"\"ngoặc kép\"\"\"")
			.contains("28/06/2022");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from security_events where type = 'EXPORT' and detail like 'activities csv%'",
				Integer.class)).isPositive();
	}

	@Test
	void aProvinceExportsOnlyWhatIsSharedWithIt() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/activities/export.xlsx")
			.with(this.accounts.as(Role.PROVINCE)).exchange();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Row row = rowWithTitle(workbook.getSheetAt(0), MARK + "Tuần hàng nông sản Điện Biên");
			// Its other partner, Hà Giang, is not Điện Biên's business.
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Điện Biên");
			assertThat(rowWithTitle(workbook.getSheetAt(0), MARK + "Hội chợ hàng Việt")).isNull();
		}
	}

	private byte[] export() {
		return this.mvc.get().uri("/activities/export.xlsx?year=2022&q=import").with(this.accounts.as(Role.COORDINATOR))
			.exchange().getResponse().getContentAsByteArray();
	}

	private String lastPending;

	private String upload(byte[] content, Role role) throws Exception {
		MvcTestResult uploaded = this.mvc.post().uri("/activities/import")
			.multipart()
			.file(new MockMultipartFile("file", "hoat-dong.xlsx", "application/octet-stream", content))
			.with(csrf()).with(this.accounts.as(role)).exchange();
		assertThat(uploaded).hasStatus3xxRedirection();
		this.lastPending = uploaded.getResponse().getRedirectedUrl();
		this.lastRole = role;
		return HtmlUtils.htmlUnescape(this.mvc.get().uri(this.lastPending).with(this.accounts.as(role)).exchange()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private Role lastRole;

	private void confirm(Role role) {
		assertThat(this.mvc.post().uri(this.lastPending).with(csrf()).with(this.accounts.as(role)))
			.hasRedirectedUrl(this.lastPending);
	}

	private String pendingUrl() {
		return this.lastPending;
	}

	private String rejection(byte[] content) throws Exception {
		return rejection(content, "x.xlsx", "application/octet-stream");
	}

	private String rejection(byte[] content, String name, String declaredType) throws Exception {
		MvcTestResult result = this.mvc.post().uri("/activities/import")
			.multipart()
			.file(new MockMultipartFile("file", name, declaredType, content))
			.with(csrf()).with(this.accounts.as(Role.STAFF)).exchange();
		assertThat(result).hasStatusOk();
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private byte[] template(List<String[]> rows) throws Exception {
		byte[] template = this.mvc.get().uri("/activities/import/template.xlsx").with(this.accounts.as(Role.STAFF))
			.exchange().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			assertThat(workbook.getSheetName(2)).isEqualTo("Hướng dẫn");
			assertThat(workbook.getSheetAt(0).getDataValidations()).isNotEmpty();
			Sheet sheet = workbook.getSheetAt(0);
			for (int i = 0; i < rows.size(); i++) {
				Row row = sheet.createRow(i + 1);
				String[] values = rows.get(i);
				int[] columns = { 0, 1, 2, 3, 5, 7, 9, 10, 15 };
				for (int c = 0; c < columns.length; c++) {
					if (!values[c].isEmpty()) {
						row.createCell(columns[c]).setCellValue(values[c]);
					}
				}
			}
			return bytes(workbook);
		}
	}

	private static List<String[]> rows(String[]... rows) {
		return java.util.Arrays.asList(rows);
	}

	/** As {@link #tradeRow}, of agriculture and led by the Sở Nông nghiệp (for the coordinator to upload). */
	private static String[] agricultureRow(String reference, String title) {
		return row(reference, "2022", "4. Nông nghiệp", title, "Sở Nông nghiệp và Phát triển nông thôn", "Điện Biên",
				"30/06/2022", "Chưa triển khai", "Có");
	}

	private int titled(String title) {
		return this.jdbc.queryForObject("select count(*) from activities where title = ?", Integer.class, title);
	}

	/** A confirmation sent while another is writing: its answer once it waited for a lock and the other ended. */
	private MvcTestResult confirmAfter(OpenConfirmation writing, String pendingUrl, Role role) throws Exception {
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<MvcTestResult> answer = thread.submit(() -> this.mvc.post().uri(pendingUrl).with(csrf())
				.with(this.accounts.as(role)).exchange());
			waitForWaiting();
			assertThat(writing.end()).isTrue();
			return answer.get(2, TimeUnit.MINUTES);
		}
		finally {
			thread.shutdownNow();
		}
	}

	/** Until a statement waits for a lock (or 30 s, after which the test's own checks fail). */
	private void waitForWaiting() throws InterruptedException {
		long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.jdbc.queryForObject("select count(*) from pg_locks where not granted", Integer.class) == 0
				&& System.nanoTime() < giveUpAt) {
			Thread.sleep(20);
		}
	}

	/** A confirmation whose transaction, once its rows are written, stays open (its locks held) until ended. */
	private final class OpenConfirmation implements AutoCloseable {

		private final CountDownLatch written = new CountDownLatch(1);

		private final CountDownLatch ended = new CountDownLatch(1);

		private final AtomicBoolean endedInTime = new AtomicBoolean();

		private final ExecutorService thread = Executors.newSingleThreadExecutor();

		private final Future<?> running;

		OpenConfirmation(String pendingUrl, Role role, boolean commit) throws Exception {
			UUID id = UUID.fromString(pendingUrl.substring(pendingUrl.lastIndexOf('/') + 1));
			this.running = this.thread.submit(() -> ActivityImportTest.this.transactions.executeWithoutResult(status -> {
				assertThat(ActivityImportTest.this.confirmation.confirm(id,
						ActivityImportTest.this.viewers.of(ActivityImportTest.this.accounts.principal(role)),
						Locale.forLanguageTag("vi"))).isInstanceOf(ImportConfirmation.Outcome.Imported.class);
				this.written.countDown();
				try {
					this.endedInTime.set(this.ended.await(2, TimeUnit.MINUTES));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				if (!commit) {
					status.setRollbackOnly();
				}
			}));
			if (!this.written.await(2, TimeUnit.MINUTES)) {
				this.running.get(0, TimeUnit.SECONDS);
			}
		}

		/** Commits or rolls back; whether it was still open then, rather than given up on after two minutes. */
		boolean end() throws Exception {
			this.ended.countDown();
			this.running.get(2, TimeUnit.MINUTES);
			return this.endedInTime.get();
		}

		@Override
		public void close() {
			this.ended.countDown();
			this.thread.shutdownNow();
		}

	}

	/** A 2022 trade activity with Điện Biên, not started, shared: what a row needs and no more. */
	private static String[] tradeRow(String reference, String title) {
		return row(reference, "2022", "2. Thương mại", title, "", "Điện Biên", "30/06/2022", "Chưa triển khai", "Có");
	}

	/** Reference, year, group, title, lead department, partner provinces, deadline, status, shared. */
	private static String[] row(String... values) {
		return values;
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	/** A real workbook whose sheet is inflated with megabytes of nothing: the ratio gives it away. */
	private byte[] zipBomb() throws Exception {
		byte[] nothing = " ".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
		return withSheet(template(rows()), zip -> {
			for (int i = 0; i < 40; i++) {
				zip.write(nothing);
			}
		});
	}

	interface Padding {

		void writeTo(ZipOutputStream zip) throws java.io.IOException;

	}

	/** The workbook again, with padding written into its first sheet's data (built here, never committed). */
	private static byte[] withSheet(byte[] workbook, Padding padding) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int data = xml.indexOf("<sheetData>") + "<sheetData>".length();
					zip.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
					padding.writeTo(zip);
					content = xml.substring(data).getBytes(StandardCharsets.UTF_8);
				}
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static Row rowWithTitle(Sheet sheet, String title) {
		for (Row row : sheet) {
			if (row.getCell(3) != null && title.equals(row.getCell(3).getStringCellValue())) {
				return row;
			}
		}
		return null;
	}

	private Map<String, Object> state() {
		return this.jdbc.queryForMap("""
				select count(*) activities, sum(version) versions, string_agg(title || coalesce(description, '')
				  || coalesce(budget_planned::text, '') || status, '|' order by id) content,
				  (select count(*) from activity_changes) changes
				from activities where title like ?""", MARK + "%");
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from activities where title like ?", Long.class, MARK + "%");
	}

}
