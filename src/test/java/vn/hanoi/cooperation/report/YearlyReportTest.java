package vn.hanoi.cooperation.report;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.cooperation.report.WordDocuments.cells;
import static vn.hanoi.cooperation.report.WordDocuments.paragraphs;
import static vn.hanoi.cooperation.report.WordDocuments.parse;
import static vn.hanoi.cooperation.report.WordDocuments.row;
import static vn.hanoi.cooperation.report.WordDocuments.tableText;

/** The yearly report and the province report as Word documents in the administrative format. */
@PortalTest
class YearlyReportTest {

	private static final String MARK = "[report-test] ";

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
	void theYearlyReportIsAnAdministrativeDocumentWithThe2021Figures() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/reports/yearly/2021.docx").with(this.accounts.as(Role.LEADER)).exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("filename=\"bao-cao-ket-qua-nam-2021-");
		try (XWPFDocument document = parse(result)) {
			List<String> paragraphs = paragraphs(document);
			assertThat(paragraphs).contains("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
					"Kết quả thực hiện Kế hoạch hợp tác phát triển giữa thành phố Hà Nội và các địa phương năm 2021",
					"Nơi nhận:", "- Lưu: VT, STC.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
			assertThat(paragraphs).anyMatch(p -> p.matches("Hà Nội, ngày \\d{2} tháng \\d{1,2} năm \\d{4}"));
			assertThat(paragraphs).anyMatch(p -> p.startsWith("Số:") && p.endsWith("/BC-UBND"));
			// The plan of 2021 counts 7 groups without naming them: no part and no table row under 2022's groups.
			assertThat(paragraphs).contains("Năm 2021, Thành phố triển khai hợp tác với các địa phương theo 7 nhóm nội dung.")
				.doesNotContain("1. Kết quả thực hiện", "II. THƯƠNG MẠI", "2. Thương mại")
				.noneMatch(p -> p.startsWith("I. THƯƠNG MẠI") || p.startsWith("14. "))
				.contains("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2021");
			List<String> kinhPhi = row(document, "Kinh phí hỗ trợ các địa phương");
			assertThat(kinhPhi).containsSubsequence("tỷ đồng", "144");
			assertThat(row(document, "Sản lượng hàng hóa được kết nối tiêu thụ")).contains("trên 300.000");
			assertThat(row(document, "Số lượt người được tư vấn việc làm")).contains("2.818");
			assertThat(row(document, "Số lượt người được phỏng vấn")).contains("1.979");
			assertThat(row(document, "Số lao động được tuyển dụng")).contains("803");

			assertTimesNewRomanA4(document);
		}
		assertThat(fixtures().exports("yearly report 2021")).isPositive();
	}

	@Test
	void theReportHasAPartPerGroupOfThePlanAndTheYearsApprovedFigures() throws Exception {
		fixtures().approvedResult("TM.TUAN_HANG", 2022, null, "12", "15");
		fixtures().narrative(2, 2022, MARK + "Tổ chức 15 tuần hàng của các địa phương tại Hà Nội.", null);
		fixtures().activity(MARK + "Tuần hàng Điện Biên", 2, true, LocalDate.of(2022, 6, 12), "11");
		fixtures().activity(MARK + "Hội chợ OCOP", 2, false, null, "12");
		MvcTestResult result = this.mvc.get().uri("/reports/yearly/2022.docx")
			.with(this.accounts.as(Role.COORDINATOR)).exchange();
		try (XWPFDocument document = parse(result)) {
			List<String> paragraphs = paragraphs(document);
			// Plan 188/KH-UBND selects all 15 groups; the indicators come after them as part XVI.
			assertThat(paragraphs.stream().filter(p -> p.matches("^[IVX]+\\. .*"))).hasSize(16);
			String trade = this.jdbc.queryForObject("select name_vi from cooperation_groups where number = 2", String.class);
			assertThat(paragraphs).contains("II. " + trade.toUpperCase(java.util.Locale.forLanguageTag("vi")))
				.anyMatch(p -> p.startsWith("XVI. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022"))
				.contains(MARK + "Tổ chức 15 tuần hàng của các địa phương tại Hà Nội.")
				.anyMatch(p -> p.startsWith("Thực hiện Kế hoạch số 188/KH-UBND ngày 06 tháng 7 năm 2022"))
				.anyMatch(p -> p.startsWith("- " + MARK + "Tuần hàng Điện Biên (") && p.contains("ngày 12 tháng 6 năm 2022"))
				.anyMatch(p -> p.contains("2 hoạt động, trong đó 1 hoạt động đã hoàn thành"))
				// Nothing to say is said as "Không có.", never as a note about who has not reported yet.
				.contains("Không có.")
				.noneMatch(p -> p.contains("chưa báo cáo") || p.contains("chưa có đề xuất") || p.contains("chưa cập nhật"))
				// The figures in the text are the approved results, as in the table, with what they count.
				.contains("- Số tuần hàng, hội chợ, phiên chợ giới thiệu sản phẩm các địa phương: 15 sự kiện, đạt 125% kế hoạch.");
			assertThat(row(document, "Số tuần hàng, hội chợ, phiên chợ giới thiệu sản phẩm các địa phương"))
				.containsSubsequence("sự kiện", "12", "15", "125")
				.doesNotContain("số lượng");
		}
	}

	@Test
	void theReportGivesADepartmentsTotalThenItsBreakdownAndCountsNoCancelledActivity() throws Exception {
		// Sở Công Thương: 310.000 in all, of which Điện Biên 45.000 and Sơn La 61.000.
		fixtures().approvedResult("TM.SAN_LUONG_KET_NOI", 2022, null, "280000", "310000");
		fixtures().approvedResult("TM.SAN_LUONG_KET_NOI", 2022, "11", null, "45000");
		fixtures().approvedResult("TM.SAN_LUONG_KET_NOI", 2022, "14", null, "61000");
		fixtures().activity(MARK + "Tuần hàng Điện Biên", 2, true, LocalDate.of(2022, 6, 12), "11");
		fixtures().activity(MARK + "Hội chợ OCOP", 2, false, null, "12");
		Long cancelled = fixtures().activity(MARK + "Hội chợ đã hủy", 2, false, null, "12");
		Long onlyCancelled = fixtures().activity(MARK + "Hội chợ nông sản đã hủy", 4, false, null, "12");
		this.jdbc.update("update activities set status = 'CANCELLED' where id in (?, ?)", cancelled, onlyCancelled);
		MvcTestResult result = this.mvc.get().uri("/reports/yearly/2022.docx")
			.with(this.accounts.as(Role.COORDINATOR)).exchange();
		try (XWPFDocument document = parse(result)) {
			assertThat(row(document, "Sản lượng hàng hóa được kết nối tiêu thụ")).containsSubsequence("280.000",
					"310.000");
			// Under it, its breakdown: "Trong đó: <first province>", then "- <next>", with unit and actual.
			assertThat(tableText(document)).doesNotContain("416.000")
				.contains("Trong đó: ")
				.containsPattern("(Trong đó: |- )Điện Biên\ntấn\n\n45.000\n")
				.containsPattern("(Trong đó: |- )Sơn La\ntấn\n\n61.000\n");
			// Four activities listed in the year, two carried out.
			assertThat(paragraphs(document)).anyMatch(p -> p.contains("đã triển khai 2 hoạt động, trong đó"))
				.noneMatch(p -> p.contains("4 hoạt động"))
				// Group 4's only activity was cancelled: nothing "carried out" to count there.
				.noneMatch(p -> p.contains("triển khai 0 hoạt động"));
		}
	}

	/** A report of 2099 was a document of nothing, and the security log recorded it as an export. */
	@Test
	void aYearTheYearPagesDoNotOfferHasNoReport() {
		Long dienBien = this.accounts.principal(Role.PROVINCE).getProvinceId();
		for (Role role : Role.values()) {
			for (int year : new int[] { 2020, 2099 }) {
				assertThat(this.mvc.get().uri("/reports/yearly/{y}.docx", year).with(this.accounts.as(role)))
					.as(role + " " + year)
					.hasStatus(404);
				assertThat(this.mvc.get().uri("/reports/provinces/{id}/{y}.docx", dienBien, year)
					.with(this.accounts.as(role))).as(role + " " + year)
					.hasStatus(404);
			}
		}
		assertThat(this.mvc.get().uri("/reports/yearly/2021.docx").with(this.accounts.as(Role.LEADER)))
			.hasStatusOk();
	}

	/**
	 * Điện Biên disputes its 45.000: the report says so where the year view does, beside the province's row and the
	 * total it is counted in, in the table and in the group's text; Sơn La's undisputed row has no mark.
	 */
	@Test
	void aFigureItsProvinceDisputesIsMarkedAsTheYearViewMarksIt() throws Exception {
		fixtures().approvedResult("TM.SAN_LUONG_KET_NOI", 2022, null, "280000", "310000");
		fixtures().dispute(fixtures().approvedResult("TM.SAN_LUONG_KET_NOI", 2022, "11", null, "45000"));
		fixtures().approvedResult("TM.SAN_LUONG_KET_NOI", 2022, "14", null, "61000");
		try (XWPFDocument document = parse(this.mvc.get().uri("/reports/yearly/2022.docx")
			.with(this.accounts.as(Role.COORDINATOR)).exchange())) {
			assertThat(row(document, "Sản lượng hàng hóa được kết nối tiêu thụ"))
				.contains("310.000 (Địa phương không thống nhất)");
			assertThat(tableText(document))
				.containsPattern("(Trong đó: |- )Điện Biên\ntấn\n\n45.000 \\(Địa phương không thống nhất\\)\n")
				.containsPattern("(Trong đó: |- )Sơn La\ntấn\n\n61.000\n");
			assertThat(paragraphs(document)).contains(
					"- Sản lượng hàng hóa được kết nối tiêu thụ: 310.000 tấn (Địa phương không thống nhất), đạt 110,7% kế hoạch.");
		}
	}

	@Test
	void theProvinceReportHoldsOnlyThatProvincesRecords() throws Exception {
		fixtures().activity(MARK + "Tuần hàng Điện Biên", 2, true, LocalDate.of(2022, 6, 12), "11");
		fixtures().activity(MARK + "Việc riêng của Hà Nội với Điện Biên", 2, false, null, "11");
		fixtures().activity(MARK + "Hội chợ Lai Châu", 4, true, null, "12");
		fixtures().agreements.create(MARK + "Thỏa thuận Hà Nội – Điện Biên", true, LocalDate.of(2021, 3, 1), null, "11");
		fixtures().agreements.create(MARK + "Thỏa thuận nội bộ Điện Biên", false, LocalDate.of(2021, 3, 1), null, "11");
		fixtures().agreements.create(MARK + "Thỏa thuận Hà Nội – Lai Châu", true, LocalDate.of(2021, 3, 1), null, "12");
		fixtures().agreements.create(MARK + "Thỏa thuận đã hết hạn", true, LocalDate.of(2019, 3, 1),
				LocalDate.of(2020, 12, 31), "11");
		fixtures().approvedResult("TM.TUAN_HANG", 2022, "11", "3", "4");
		fixtures().approvedResult("TM.TUAN_HANG", 2022, "12", "5", "6");
		Long dienBien = this.accounts.principal(Role.PROVINCE).getProvinceId();

		MvcTestResult own = this.mvc.get().uri("/reports/provinces/{id}/2022.docx", dienBien)
			.with(this.accounts.as(Role.PROVINCE)).exchange();
		assertThat(own.getResponse().getStatus()).isEqualTo(200);
		try (XWPFDocument document = parse(own)) {
			String text = String.join("\n", paragraphs(document)) + "\n" + tableText(document);
			assertThat(text).contains("Kết quả hợp tác phát triển giữa thành phố Hà Nội và tỉnh Điện Biên năm 2022")
				.contains(MARK + "Tuần hàng Điện Biên")
				.contains(MARK + "Thỏa thuận Hà Nội – Điện Biên")
				.doesNotContain(MARK + "Việc riêng của Hà Nội với Điện Biên", MARK + "Hội chợ Lai Châu",
						MARK + "Thỏa thuận nội bộ Điện Biên", MARK + "Thỏa thuận Hà Nội – Lai Châu",
						MARK + "Thỏa thuận đã hết hạn", "Lai Châu");
			assertThat(row(document, "Số tuần hàng, hội chợ, phiên chợ giới thiệu sản phẩm các địa phương"))
				.containsSubsequence("3", "4", "133,3");
			assertTimesNewRomanA4(document);
		}
		// A Hanoi user's copy also lists what is not shared with the province, still about Điện Biên only.
		try (XWPFDocument document = parse(this.mvc.get().uri("/reports/provinces/{id}/2022.docx", dienBien)
			.with(this.accounts.as(Role.LEADER)).exchange())) {
			String text = String.join("\n", paragraphs(document)) + "\n" + tableText(document);
			assertThat(text).contains(MARK + "Việc riêng của Hà Nội với Điện Biên", MARK + "Thỏa thuận nội bộ Điện Biên")
				.doesNotContain(MARK + "Hội chợ Lai Châu", MARK + "Thỏa thuận Hà Nội – Lai Châu");
		}
		Long laiChau = fixtures().provinceId("12", "2008-08-01");
		assertThat(this.mvc.get().uri("/reports/provinces/{id}/2022.docx", laiChau)
			.with(this.accounts.as(Role.PROVINCE)).exchange().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.get().uri("/reports/yearly/2022.docx")
			.with(this.accounts.as(Role.PROVINCE)).exchange().getResponse().getStatus()).isEqualTo(404);
		assertThat(fixtures().exports("province report 11 2022")).isPositive();
	}

	private ReportFixtures fixtures() {
		if (this.fixtures == null) {
			this.fixtures = new ReportFixtures(this.jdbc);
		}
		return this.fixtures;
	}


	private static void assertTimesNewRomanA4(XWPFDocument document) {
		CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
		assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
		assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
		CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
		// Decree 30/2020/NĐ-CP: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm (1 mm = 56.7 twips).
		assertThat(twips(margins.getTop())).isBetween(1134, 1418);
		assertThat(twips(margins.getBottom())).isBetween(1134, 1418);
		assertThat(twips(margins.getLeft())).isBetween(1701, 1985);
		assertThat(twips(margins.getRight())).isBetween(850, 1134);
		List<XWPFRun> runs = new ArrayList<>();
		document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
		cells(document).forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
		assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
		assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
			.filter(r -> !r.text().isEmpty())
			.map(XWPFRun::getFontSizeAsDouble)).allSatisfy(s -> assertThat(s).isBetween(13.0, 14.0));
	}

	private static int twips(Object value) {
		return ((BigInteger) value).intValue();
	}





}
