package vn.hanoi.cooperation.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity exports are written to the response as they are produced (README, "Performance": 50,000 activities
 * with -Xmx256m): no length known in advance, the workbook through SXSSF (its strings written inline, row by row,
 * instead of a shared-strings table built in memory), and still a well-formed file with every row.
 */
@PortalTest
class ActivityExportStreamTest {

	private static final String MARK = "streamexport";

	private static final int ROWS = 1_500;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void insertActivities() {
		this.jdbc.update("""
				insert into activities (plan_id, group_id, lead_department_id, title, description, status, deadline,
				                        shared_with_provinces)
				select p.id, g.id, d.id, ? || ' hoạt động số ' || n, 'Mô tả, có dấu phẩy và "ngoặc kép" ' || n,
				       'IN_PROGRESS', date '2022-01-01' + (n % 300), true
				  from generate_series(1, ?) n
				  join plans p on p.year = 2022
				  join cooperation_groups g on g.number = 1 + n % 15
				  join departments d on d.code = 'SYT'""", MARK, ROWS);
	}

	@AfterEach
	void removeActivities() {
		this.jdbc.update("delete from activities where title like ?", MARK + "%");
	}

	@Test
	void theWorkbookIsStreamedAndHoldsEveryRow() throws Exception {
		MockHttpServletResponse response = export("xlsx");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Length")).as("a streamed body has no length known in advance").isNull();
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã tham chiếu");
			assertThat(sheet.getLastRowNum()).as("the header and every activity").isEqualTo(ROWS);
			XSSFCell title = sheet.getRow(ROWS).getCell(ActivityColumn.TITLE.ordinal());
			assertThat(title.getStringCellValue()).startsWith(MARK + " hoạt động số ");
			assertThat(title.getCTCell().getT()).as("SXSSF writes each string in its row, not in a table kept in memory")
				.isEqualTo(STCellType.INLINE_STR);
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		}
	}

	@Test
	void theCsvIsStreamedAndHoldsEveryRow() throws Exception {
		MockHttpServletResponse response = export("csv");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Length")).as("a streamed body has no length known in advance").isNull();
		byte[] body = response.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(ROWS + 1);
		assertThat(lines[0]).startsWith("Mã tham chiếu,Năm kế hoạch,");
		assertThat(text).contains("\"Mô tả, có dấu phẩy và \"\"ngoặc kép\"\" 1500\"");
	}

	private MockHttpServletResponse export(String format) {
		return this.mvc.get()
			.uri("/activities/export." + format + "?year=2022&q=" + MARK)
			.with(this.accounts.as(Role.LEADER))
			.exchange()
			.getResponse();
	}

}
