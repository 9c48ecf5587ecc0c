package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for native SQL (issue 16): a row is read by column name, never by position, so that adding or moving a
 * column in a SELECT cannot silently shift what every later value means.
 */
class RowsByColumnNameTest {

	private static final Pattern READ_BY_POSITION = Pattern
		.compile("\\.get(String|Long|Int|BigDecimal|Timestamp|Object|Boolean|Date|Double)\\(\\d");

	@Test
	void noMainCodeReadsAJdbcRowByPosition() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
				.flatMap(RowsByColumnNameTest::readsByPosition)
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	private static Stream<String> readsByPosition(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return Stream.iterate(0, i -> i < lines.size(), i -> i + 1)
				.filter(i -> READ_BY_POSITION.matcher(lines.get(i)).find())
				.map(i -> file + ":" + (i + 1));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
