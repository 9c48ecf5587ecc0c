package vn.hanoi.cooperation.report;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.cooperation.report.WordDocuments.cells;
import static vn.hanoi.cooperation.report.WordDocuments.paragraphs;
import static vn.hanoi.cooperation.report.WordDocuments.parse;
import static vn.hanoi.cooperation.report.WordDocuments.row;
import static vn.hanoi.cooperation.report.WordDocuments.tableText;

/** The yearly and the province report read as a document a department head signs (Decree 30/2020/NĐ-CP). */
@PortalTest
class OfficialReportTest {

	private static final String MARK = "[official-report] ";

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
	void pagesAfterTheFirstAreNumberedInTheMiddleOfTheHeaderAndTheSignerHasRoomToSign() throws Exception {
		try (XWPFDocument document = yearly(2022)) {
			assertThat(document.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
			XWPFHeaderFooterPolicy headers = document.getHeaderFooterPolicy();
			XWPFHeader pages = headers.getDefaultHeader();
			assertThat(pages.getParagraphs()).anySatisfy(p -> {
				assertThat(p.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
				assertThat(p.getCTP().xmlText()).contains("PAGE");
			});
			assertThat(headers.getFirstPageHeader()).isNotNull();
			assertThat(headers.getFirstPageHeader()._getHdrFtr().xmlText()).doesNotContain("PAGE");

			XWPFTableCell signature = signatureCell(document);
			List<XWPFParagraph> lines = signature.getParagraphs();
			assertThat(lines.stream().map(XWPFParagraph::getText)).containsSubsequence("TM. ỦY BAN NHÂN DÂN",
					"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
			XWPFParagraph name = lines.get(lines.size() - 1);
			assertThat(lines.get(lines.size() - 2).getText()).isEqualTo("PHÓ CHỦ TỊCH");
			// About 3 cm for the signature and the seal above the signer's name, which is bold.
			assertThat(name.getSpacingBefore()).isGreaterThanOrEqualTo(1400);
			assertThat(name.getRuns()).allSatisfy(r -> assertThat(r.isBold()).isTrue());
		}
	}

	@Test
	void countsNeverSayNoughtAndPartnersReadAsAVietnameseSentence() throws Exception {
		// Completed after its deadline (31/12/2022), with partners Phú Thọ, Hà Tĩnh and Bạc Liêu.
		fixtures().activity(MARK + "Tuần hàng ba tỉnh", 2, true, LocalDate.of(2023, 2, 1), "25", "42", "95");
		fixtures().activity(MARK + "Hội chợ hai tỉnh", 2, true, LocalDate.of(2023, 2, 2), "42", "25");
		try (XWPFDocument document = yearly(2022)) {
			List<String> paragraphs = paragraphs(document);
			assertThat(paragraphs).noneMatch(p -> p.contains("(0 đúng hạn)") || p.contains("0 hoạt động"))
				.anyMatch(p -> p.contains("2 hoạt động, trong đó 2 hoạt động đã hoàn thành sau thời hạn"))
				.anyMatch(p -> p.startsWith("- " + MARK + "Tuần hàng ba tỉnh (")
						&& p.contains("; phối hợp với Bạc Liêu, Hà Tĩnh và Phú Thọ; "))
				.anyMatch(p -> p.startsWith("- " + MARK + "Hội chợ hai tỉnh (")
						&& p.contains("; phối hợp với Hà Tĩnh và Phú Thọ; "))
				.noneMatch(p -> p.contains("Hà Tĩnh; Phú Thọ"));
		}
	}

	@Test
	void onlyAMergedUnitSaysWhatItWasFormedFrom() throws Exception {
		Long dienBien = fixtures().provinceId("11", "2025-07-01");
		Long tuyenQuang = fixtures().provinceId("08", "2025-07-01");
		try (XWPFDocument document = province(dienBien, 2025)) {
			assertThat(String.join("\n", paragraphs(document))).doesNotContain("hợp nhất");
		}
		try (XWPFDocument document = province(tuyenQuang, 2025)) {
			assertThat(paragraphs(document)).contains("Tỉnh Tuyên Quang hình thành trên cơ sở hợp nhất tỉnh Hà Giang và "
					+ "tỉnh Tuyên Quang theo Nghị quyết số 202/2025/QH15 của Quốc hội; báo cáo bao gồm cả kết quả hợp tác "
					+ "với các đơn vị hành chính trước khi hợp nhất.");
		}
	}

	@Test
	void anAgreementsStatusIsItsStatusInTheReportsYear() throws Exception {
		fixtures().agreements.create(MARK + "Thỏa thuận 2021–2025", true, LocalDate.of(2021, 3, 1),
				LocalDate.of(2025, 12, 31), "11");
		fixtures().agreements.create(MARK + "Thỏa thuận hết hạn giữa năm", true, LocalDate.of(2021, 3, 1),
				LocalDate.of(2025, 6, 30), "11");
		Long dienBien = fixtures().provinceId("11", "2025-07-01");
		try (XWPFDocument document = province(dienBien, 2025)) {
			// Today (after 2025) the first is expired; in the 2025 report it was in force to the year's last day.
			assertThat(row(document, MARK + "Thỏa thuận 2021–2025")).last().isEqualTo("Đang có hiệu lực");
			assertThat(row(document, MARK + "Thỏa thuận hết hạn giữa năm")).last().isEqualTo("Hết hiệu lực");
			assertThat(tableText(document)).contains("Tình trạng tại ngày 31/12/2025");
		}
	}

	@Test
	void theIndicatorTableHasNoEmptyRowAndItsPercentColumnHoldsNumbers() throws Exception {
		fixtures().approvedResult("TM.TUAN_HANG", 2022, null, "12", "15");
		try (XWPFDocument document = yearly(2022)) {
			assertThat(row(document, "Số tuần hàng, hội chợ, phiên chợ giới thiệu sản phẩm các địa phương"))
				.endsWith("12", "15", "125", "");
			assertThat(tableText(document)).contains("Tỷ lệ so với kế hoạch (%)")
				.doesNotContain("Số tin, bài tuyên truyền về hợp tác giữa Hà Nội và các địa phương");
		}
	}

	@Test
	void aFormerUnitsReportHoldsItsOwnFiguresOfTheYearAndItsSuccessorsTheMergedOnes() throws Exception {
		// Hà Giang's January–June 2025 as entered, and Tuyên Quang's of July 2025 from then on.
		fixtures().approvedResult("TM.TUAN_HANG", 2025, "02", "2008-08-01", "4", "5");
		fixtures().approvedResult("TM.TUAN_HANG", 2025, "08", "2025-07-01", "6", "7");
		String fairs = "Số tuần hàng, hội chợ, phiên chợ giới thiệu sản phẩm các địa phương";
		try (XWPFDocument document = province(fixtures().provinceId("02", "2008-08-01"), 2025)) {
			assertThat(row(document, fairs).subList(3, 6)).containsExactly("4", "5", "125");
			assertThat(paragraphs(document)).contains("Tỉnh Hà Giang là đơn vị hành chính đến hết ngày 30/06/2025, "
					+ "từ ngày 01/07/2025 thuộc tỉnh Tuyên Quang; kết quả các chỉ tiêu trong báo cáo này là số liệu của "
					+ "tỉnh Hà Giang đến hết ngày 30/06/2025, số liệu từ ngày 01/07/2025 nêu trong báo cáo về tỉnh "
					+ "Tuyên Quang.");
		}
		try (XWPFDocument document = province(fixtures().provinceId("08", "2025-07-01"), 2025)) {
			assertThat(row(document, fairs).subList(3, 6)).containsExactly("10", "12", "120");
			assertThat(String.join("\n", paragraphs(document))).doesNotContain("là đơn vị hành chính đến hết ngày");
		}
		// The year view keeps counting Hà Giang on Tuyên Quang, in either language.
		assertThat(provinceRows(2025, "vi")).contains("Tuyên Quang 10 12 120%").noneMatch(r -> r.contains("Hà Giang"));
		assertThat(provinceRows(2025, "en")).contains("Tuyen Quang 10 12 120%").noneMatch(r -> r.contains("Ha Giang"));
	}

	@Test
	void aFormerUnitsReportForAYearAfterItEndedSendsTheReaderToItsSuccessorsReport() throws Exception {
		// Hà Giang ended on 30 June 2025: its report on 2026 said it held Hà Giang's figures "up to 30/06/2025", of a
		// year Hà Giang never saw. Tuyên Quang's 2026 figures are in Tuyên Quang's report, and the reader is sent there.
		fixtures().approvedResult("TM.TUAN_HANG", 2026, "08", "2025-07-01", "6", "7");
		String fairs = "Số tuần hàng, hội chợ, phiên chợ giới thiệu sản phẩm các địa phương";
		try (XWPFDocument document = province(fixtures().provinceId("02", "2008-08-01"), 2026)) {
			assertThat(paragraphs(document)).contains("Tỉnh Hà Giang là đơn vị hành chính đến hết ngày 30/06/2025, "
					+ "từ ngày 01/07/2025 thuộc tỉnh Tuyên Quang; số liệu năm 2026 nêu trong báo cáo về tỉnh Tuyên Quang.");
			assertThat(String.join("\n", paragraphs(document))).doesNotContain("là số liệu của tỉnh Hà Giang");
			assertThat(tableText(document)).doesNotContain(fairs);
		}
		try (XWPFDocument document = province(fixtures().provinceId("08", "2025-07-01"), 2026)) {
			assertThat(row(document, fairs).subList(3, 5)).containsExactly("6", "7");
			assertThat(String.join("\n", paragraphs(document))).doesNotContain("là đơn vị hành chính đến hết ngày");
		}
	}

	/** The year view's breakdown rows ("trong đó") as a reader reads them: name, target, actual, share of target. */
	private List<String> provinceRows(int year, String language) throws Exception {
		String page = this.mvc.get()
			.uri("/results/years/{year}?lang={language}", year, language)
			.with(this.accounts.as(Role.LEADER))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return java.util.regex.Pattern.compile("<tr[^>]*class=\"province-row[^\"]*\"[^>]*>(.*?)</tr>",
				java.util.regex.Pattern.DOTALL)
			.matcher(org.springframework.web.util.HtmlUtils.htmlUnescape(page))
			.results()
			.map(m -> m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim())
			.map(r -> r.split(" —", 2)[0])
			.toList();
	}

	private XWPFDocument yearly(int year) throws Exception {
		return parse(this.mvc.get().uri("/reports/yearly/{year}.docx", year).with(this.accounts.as(Role.LEADER)).exchange());
	}

	private XWPFDocument province(Long id, int year) throws Exception {
		return parse(this.mvc.get().uri("/reports/provinces/{id}/{year}.docx", id, year)
			.with(this.accounts.as(Role.LEADER))
			.exchange());
	}

	private ReportFixtures fixtures() {
		if (this.fixtures == null) {
			this.fixtures = new ReportFixtures(this.jdbc);
		}
		return this.fixtures;
	}





	private static XWPFTableCell signatureCell(XWPFDocument document) {
		return cells(document).stream()
			.filter(c -> c.getText().contains("TM. ỦY BAN NHÂN DÂN"))
			.findFirst()
			.orElseThrow();
	}


}
