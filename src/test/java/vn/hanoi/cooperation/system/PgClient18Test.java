package vn.hanoi.cooperation.system;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without pg_dump 18 the backup test fails the CI build and is skipped elsewhere, never proving less in silence. */
class PgClient18Test {

	@Test
	void withoutPgDump18TheBackupTestFailsInCi() {
		assertThatThrownBy(() -> PgClient18.required(Map.of("CI", "true"), Optional::empty))
			.isInstanceOf(AssertionFailedError.class)
			.hasMessageContaining("pg_dump and pg_restore of PostgreSQL 18")
			.hasMessageContaining("CI=true");
	}

	@Test
	void withoutPgDump18TheBackupTestIsSkippedOutsideCiSayingWhy() {
		assertThatThrownBy(() -> PgClient18.required(Map.of(), Optional::empty))
			.isInstanceOf(TestAbortedException.class)
			.hasMessageContaining("PORTAL_PG_CLIENT")
			.hasMessageContaining("not CI");
	}

	@Test
	void aFoundClientIsUsedWhereverTheTestRuns() {
		Path folder = Path.of("target", "pg-client-18", "bin");
		assertThat(PgClient18.required(Map.of("CI", "true"), () -> Optional.of(folder))).isEqualTo(folder);
	}

}
