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
			report.append("  psql                     : psql -h localhost -p ")
				.append(database.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1"))
				.append(" -U postgres postgres\n");
		}
		this.featureLines.orderedStream().forEach(lines -> lines.appendTo(report));
		log.info(report.toString());
	}

}
