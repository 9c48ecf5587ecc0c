package vn.hanoi.cooperation.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever ran {@code ./mvnw spring-boot:run} where the portal is, where its data lives and how to log in. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

	private final ObjectProvider<StartupLines> featureLines;

	StartupReport(ObjectProvider<EmbeddedDatabase> embeddedDatabase, ObjectProvider<StartupLines> featureLines) {
		this.embeddedDatabase = embeddedDatabase;
		this.featureLines = featureLines;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		StringBuilder report = new StringBuilder("\n\n  Hanoi cooperation portal is ready");
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			report.append(" at http://localhost:").append(web.getWebServer().getPort());
		}
		report.append('\n');
		EmbeddedDatabase database = this.embeddedDatabase.getIfAvailable();
		if (database != null) {
			report.append("  Embedded PostgreSQL data : ").append(database.dataDirectory()).append('\n');
			report.append("  JDBC URL                 : ").append(database.jdbcUrl()).append("  (user postgres)\n");
			// The file's name, never the password: whoever may read the file may connect, and nobody else.
			report.append("  Password file            : ").append(database.passwordFile()).append('\n');
			report.append("  psql                     : PGPASSFILE=").append(shellWord(database.passwordFile().toString()))
				.append(" psql -h localhost -p ")
				.append(database.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"))
				.append(" -U postgres postgres\n");
		}
		this.featureLines.orderedStream().forEach(lines -> lines.appendTo(report));
		log.info(report.toString());
	}

	/** A path as one word of a shell command, quoted when it holds a blank or another special character. */
	static String shellWord(String path) {
		return path.matches("[A-Za-z0-9_./+:@%=,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
	}

}
