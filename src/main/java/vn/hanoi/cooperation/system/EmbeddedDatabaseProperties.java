package vn.hanoi.cooperation.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL that serves the portal when no {@code spring.datasource.url} is set.
 *
 * @param dataDirectory where the database files live; kept across restarts
 * @param port the port to listen on when free (0: any free port)
 * @param demoData whether demo records and demo accounts are loaded
 */
@ConfigurationProperties("portal.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, boolean demoData) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "postgres");
		}
	}

}
