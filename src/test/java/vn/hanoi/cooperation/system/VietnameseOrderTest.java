package vn.hanoi.cooperation.system;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.hanoi.cooperation.PortalTest;
import vn.hanoi.cooperation.TestAccounts;
import vn.hanoi.cooperation.account.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists read in Vietnamese dictionary order, never by code point: Hà Tĩnh before Huế, Cà Mau before Cao Bằng,
 * the Đ- names right after the D- names, in Java and in SQL alike.
 */
@PortalTest
class VietnameseOrderTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void javaSortsNamesAsTheDictionary() {
		List<String> names = new ArrayList<>(List.of("Huế", "Hà Tĩnh", "Cao Bằng", "Cà Mau", "Điện Biên", "Duy Tiên",
				"Đà Nẵng", "Gia Lai", "Hải Phòng", "Bạc Liêu", "Bà Rịa - Vũng Tàu"));
		names.sort(VietnameseOrder.NAMES);
		assertThat(names).containsExactly("Bà Rịa - Vũng Tàu", "Bạc Liêu", "Cà Mau", "Cao Bằng", "Duy Tiên", "Đà Nẵng",
				"Điện Biên", "Gia Lai", "Hà Tĩnh", "Hải Phòng", "Huế");
	}

	@Test
	void theDatabaseSortsNamesAsJavaDoes() {
		for (String day : List.of("2008-08-01", "2025-07-01")) {
			List<String> sql = this.jdbc.queryForList(
					"select name_vi from provinces where valid_from = ?::date order by name_vi", String.class, day);
			List<String> java = new ArrayList<>(sql);
			java.sort(VietnameseOrder.NAMES);
			assertThat(sql).isEqualTo(java);
		}
		List<String> units = this.jdbc.queryForList(
				"select name_vi from provinces where valid_from = date '2025-07-01' order by name_vi", String.class);
		assertThat(units).containsSubsequence("Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Điện Biên", "Đồng Tháp",
				"Gia Lai", "Hà Tĩnh", "Hải Phòng", "Huế");
		List<String> departments = this.jdbc.queryForList("select name_vi from departments order by name_vi", String.class);
		List<String> java = new ArrayList<>(departments);
		java.sort(VietnameseOrder.NAMES);
		assertThat(departments).isEqualTo(java);
	}

	@Test
	void thePartnerCheckboxesAndTheImportTemplateListProvincesInVietnameseOrder() throws Exception {
		// The plan of 2022 offers the 63 units of the time.
		String form = this.mvc.get().uri("/activities/new?year=2022").with(this.accounts.as(Role.STAFF)).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(form.indexOf(">Hà Tĩnh<")).isPositive().isLessThan(form.indexOf(">Hòa Bình<"));
		assertThat(form.indexOf(">Cà Mau<")).isPositive().isLessThan(form.indexOf(">Cao Bằng<"));
		assertThat(form.indexOf(">Điện Biên<")).isPositive().isLessThan(form.indexOf(">Gia Lai<"));

		byte[] template = this.mvc.get().uri("/activities/import/template.xlsx").with(this.accounts.as(Role.STAFF))
			.exchange().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			List<String> provinces = new ArrayList<>();
			for (Row row : workbook.getSheet("Danh mục")) {
				if (row.getCell(2) != null) {
					provinces.add(row.getCell(2).getStringCellValue());
				}
			}
			assertThat(provinces).containsSubsequence("Cà Mau", "Cao Bằng", "Đà Nẵng", "Điện Biên", "Gia Lai",
					"Hà Tĩnh", "Huế");
		}
	}

}
