package vn.hanoi.cooperation.system;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without pg_dump 18 the backup test fails, on every machine, saying how to get one: it is never skipped. */
class PgClient18Test {

	@Test
	void withoutPgDump18TheBackupTestFailsWhereverItRunsSayingHowToGetOne() {
		assertThatThrownBy(() -> PgClient18.required(Optional::empty)).isInstanceOf(AssertionFailedError.class)
			.hasMessageContaining("pg_dump and pg_restore of PostgreSQL 18")
			.hasMessageContaining(".ci/pg-client-18")
			.hasMessageContaining("PORTAL_PG_CLIENT");
	}

	@Test
	void aFoundClientIsUsed() {
		Path folder = Path.of("target", "pg-client-18", "bin");
		assertThat(PgClient18.required(() -> Optional.of(folder))).isEqualTo(folder);
	}

}
