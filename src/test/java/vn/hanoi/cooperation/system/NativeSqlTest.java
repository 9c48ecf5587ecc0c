package vn.hanoi.cooperation.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for native SQL (issue 16): it goes through JdbcClient with named parameters and rows read by column name,
 * never through JPA native queries whose rows come back as Object[] read by position.
 */
class NativeSqlTest {

	@Test
	void noMainCodeRunsNativeSqlThroughJpa() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<Path> offenders = files.filter(f -> f.toString().endsWith(".java"))
				.filter(NativeSqlTest::runsNativeQueryThroughJpa)
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	private static boolean runsNativeQueryThroughJpa(Path file) {
		try {
			return Files.readString(file).contains("createNativeQuery(");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
