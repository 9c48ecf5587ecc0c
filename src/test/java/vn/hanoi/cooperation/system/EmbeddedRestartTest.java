package vn.hanoi.cooperation.system;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What one run of the embedded database writes is still there after a restart on the same directory. */
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

	private static JdbcTemplate jdbc(EmbeddedPostgres postgres) {
		return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(),
				EmbeddedPostgresServer.jdbcUrl(postgres), "postgres", ""));
	}

}
