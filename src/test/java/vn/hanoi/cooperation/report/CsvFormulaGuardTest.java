package vn.hanoi.cooperation.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No cell of a CSV export opens as a formula in a spreadsheet, whatever its lines hold. */
class CsvFormulaGuardTest {

	@Test
	void aFormulaStartIsQuotedEvenWhenTheValueHoldsALineBreak() {
		for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
			String value = start + "HYPERLINK(\"http://evil.example\",\"Bấm\")\nsecond line";
			assertThat(Csv.field(value)).as("value starting with %s", start.replace("\t", "TAB").replace("\r", "CR"))
				.startsWith("\"'" + start);
		}
	}

	@Test
	void aFormulaStartWithoutALineBreakIsQuotedToo() {
		assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.field("\tcmd")).isEqualTo("'\tcmd");
	}

	@Test
	void plainNumbersAndOrdinaryTextStayAsTheyAre() {
		assertThat(Csv.field("-12")).isEqualTo("-12");
		assertThat(Csv.field("-3,5")).isEqualTo("\"-3,5\"");
		assertThat(Csv.field("1.234.567")).isEqualTo("1.234.567");
		assertThat(Csv.field("Hà Nội – Điện Biên")).isEqualTo("Hà Nội – Điện Biên");
		assertThat(Csv.field("a = b")).isEqualTo("a = b");
		assertThat(Csv.field(null)).isEmpty();
	}

	@Test
	void everyCellOfEveryRowGoesThroughTheGuard() {
		byte[] file = Csv.write(List.of(List.of("Tên", "Ghi chú"), List.of("-1\n=cmd|' /C calc'!A0", "=2*3")));
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).contains("\"'-1\n=cmd|' /C calc'!A0\",'=2*3\r\n");
	}

}
