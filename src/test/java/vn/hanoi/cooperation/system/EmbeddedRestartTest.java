package vn.hanoi.cooperation.system;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one run of the embedded database writes is still there after a restart on the same directory, and after a
 * power cut: the server flushes every commit to disk. Only a throwaway server (the tests' own) skips that.
 */
class EmbeddedRestartTest {

	@Test
	void dataSurvivesARestartOnTheSameDirectory() throws Exception {
		Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(),
				"restart-postgres-");
		try {
			JdbcTemplate first = jdbc(EmbeddedPostgresServer.startOrGet(directory, 0));
			first.execute("create table notes (body text not null)");
			first.update("insert into notes (body) values (?)", "Hội nghị xúc tiến đầu tư Hà Nội – Điện Biên");
			EmbeddedPostgresServer.stop(directory);

			JdbcTemplate second = jdbc(EmbeddedPostgresServer.startOrGet(directory, 0));
			assertThat(second.queryForList("select body from notes", String.class))
				.containsExactly("Hội nghị xúc tiến đầu tư Hà Nội – Điện Biên");
		}
		finally {
			EmbeddedPostgresServer.stop(directory);
		}
	}

	@Test
	void theEmbeddedServerFlushesEveryCommitAndOnlyAThrowawayOneDoesNot() throws Exception {
		Path durable = freshDirectory();
		Path throwaway = freshDirectory();
		try {
			JdbcTemplate portal = jdbc(EmbeddedPostgresServer.startOrGet(durable, 0));
			assertThat(portal.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(portal.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(portal.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
			JdbcTemplate tests = jdbc(EmbeddedPostgresServer.startOrGetThrowaway(throwaway, 0));
			assertThat(tests.queryForObject("show fsync", String.class)).isEqualTo("off");
			assertThat(tests.queryForObject("show synchronous_commit", String.class)).isEqualTo("off");
		}
		finally {
			EmbeddedPostgresServer.stop(durable);
			EmbeddedPostgresServer.stop(throwaway);
		}
	}

	private static Path freshDirectory() throws Exception {
		return Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "durable-postgres-");
	}

	private static JdbcTemplate jdbc(EmbeddedPostgres postgres) {
		return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
				EmbeddedPostgresServer.jdbcUrl(postgres), "postgres", EmbeddedPostgresServer.password(postgres)));
	}

}
