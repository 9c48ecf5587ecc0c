package vn.hanoi.cooperation.system;

import java.nio.file.Path;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The running embedded PostgreSQL, as connection details for the data source. Its presence as a bean is what
 * "embedded mode" means: demo data and demo accounts exist only then, and only when turned on ({@code demoData},
 * which the README's {@code ./mvnw spring-boot:run} sets and {@code java -jar} does not). The superuser's password
 * is the one kept in {@link #passwordFile()}; everything that connects (the pool, Flyway, the session listener's
 * own connection) takes it from here.
 */
public record EmbeddedDatabase(Path dataDirectory, String jdbcUrl, boolean demoData, String password)
		implements JdbcConnectionDetails {

	@Override
	public String getUsername() {
		return "postgres";
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getJdbcUrl() {
		return this.jdbcUrl;
	}

	/** The libpq password file that holds {@link #password()}, for an operator's psql or pg_dump. */
	public Path passwordFile() {
		return EmbeddedPostgresServer.passwordFile(this.dataDirectory);
	}

	/** Without the password, should the record ever be logged. */
	@Override
	public String toString() {
		return "EmbeddedDatabase[dataDirectory=" + this.dataDirectory + ", jdbcUrl=" + this.jdbcUrl + ", demoData="
				+ this.demoData + ", password in " + passwordFile() + "]";
	}

}
