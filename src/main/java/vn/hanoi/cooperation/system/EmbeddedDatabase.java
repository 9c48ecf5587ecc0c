package vn.hanoi.cooperation.system;

import java.nio.file.Path;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The running embedded PostgreSQL, as connection details for the data source. Its presence as a bean is what
 * "embedded mode" means: demo data and demo accounts exist only then, and only when turned on ({@code demoData},
 * which the README's {@code ./mvnw spring-boot:run} sets and {@code java -jar} does not).
 */
public record EmbeddedDatabase(Path dataDirectory, String jdbcUrl, boolean demoData) implements JdbcConnectionDetails {

	@Override
	public String getUsername() {
		return "postgres";
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getJdbcUrl() {
		return this.jdbcUrl;
	}

}
